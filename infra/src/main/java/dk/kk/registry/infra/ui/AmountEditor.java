package dk.kk.registry.infra.ui;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Reads an amount of kroner as people type it: {@code 1.250.000,50} or {@code 1250000,50} in Danish,
 * {@code 1,250,000.50} in English, and a plain {@code 1250000.50} in either. Shows it as the hint beside the field
 * writes an amount ({@code 1.250.000,00} in Danish, {@code 1,250,000.00} in English), every decimal kept, so that what
 * comes back is read as the same amount.
 */
class AmountEditor extends PropertyEditorSupport {

    private static final Pattern DANISH = Pattern.compile("-?\\d{1,3}(\\.\\d{3})*(,\\d+)?|-?\\d+(,\\d+)?");
    private static final Pattern ENGLISH = Pattern.compile("-?\\d{1,3}(,\\d{3})*(\\.\\d+)?|-?\\d+(\\.\\d+)?");

    @Override
    public void setAsText(String text) {
        if (text == null || text.isBlank()) {
            setValue(null);
            return;
        }
        String typed = text.strip().replace(" ", "").replace("\u00a0", "").replaceFirst("(?i)(kr\\.?|dkk)$", "");
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        String plain;
        if (!english && DANISH.matcher(typed).matches()) {
            plain = typed.replace(".", "").replace(',', '.');
        } else if (ENGLISH.matcher(typed).matches()) {
            plain = typed.replace(",", "");
        } else {
            throw new IllegalArgumentException("not an amount: " + text);
        }
        setValue(new BigDecimal(plain));
    }

    @Override
    public String getAsText() {
        Object value = getValue();
        if (!(value instanceof BigDecimal amount)) {
            return "";
        }
        return UiFormat.exactAmount(amount);
    }
}
