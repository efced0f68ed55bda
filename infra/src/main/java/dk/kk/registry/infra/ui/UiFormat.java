package dk.kk.registry.infra.ui;

import dk.kk.registry.shared.common.Money;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How pages show dates, instants and money, in the user's language; templates call it as {@code @uiFormat}. Instants
 * are shown in Copenhagen time, the registry's users' time.
 */
@Component("uiFormat")
public class UiFormat {

    public static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    public String date(LocalDate date) {
        return date == null ? "" : date.format(DateTimeFormatter.ofPattern(danish() ? "d/M yyyy" : "d MMM yyyy",
                locale()));
    }

    public String instant(Instant instant) {
        return instant == null ? "" : instant.atZone(COPENHAGEN).format(DateTimeFormatter.ofPattern(
                danish() ? "d/M yyyy 'kl.' HH:mm" : "d MMM yyyy HH:mm", locale()));
    }

    /** An instant as a {@code datetime-local} input wants it, in Copenhagen time. */
    public String instantInput(Instant instant) {
        return instant == null ? "" : instant.atZone(COPENHAGEN).toLocalDateTime()
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
    }

    public String money(Money money) {
        return money == null ? "" : amount(money.amount()) + " kr.";
    }

    public String amount(BigDecimal amount) {
        return amount == null ? "" : format(amount, 2);
    }

    /** An amount with thousands separators and at least two decimals, none of its own dropped: for a form's field. */
    static String exactAmount(BigDecimal amount) {
        return format(amount, Math.max(2, amount.scale()));
    }

    private static String format(BigDecimal amount, int maximumDecimals) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(
                danish() ? Locale.forLanguageTag("da") : Locale.UK));
        format.setMaximumFractionDigits(maximumDecimals);
        return format.format(amount);
    }

    /** Ids (of areas, organisations) shown by their names where known, joined by commas. */
    public String names(Collection<String> ids, Map<String, String> names) {
        return ids == null ? "" : ids.stream().map(id -> name(id, names)).collect(Collectors.joining(", "));
    }

    public String name(String id, Map<String, String> names) {
        return id == null ? "" : names.getOrDefault(id, id);
    }

    private static boolean danish() {
        return !"en".equals(locale().getLanguage());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
