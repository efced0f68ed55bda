package dk.kk.registry.infra.http;

import dk.kk.registry.shared.common.ListPage;
import dk.kk.registry.shared.common.Money;
import dk.kk.registry.shared.common.UncertainValue;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Any list page as CSV for Danish Excel: UTF-8 with a byte-order mark, {@code ;} between fields, a header row; lists
 * are joined with commas. By default in Danish: headings from {@code csv.<ItemType>.<field>} or {@code csv.<field>} in
 * {@code messages.properties}
 * (the field name where none is given), money and every exact decimal with a decimal comma, no thousands separator
 * and never rounded; a code with a UI label ({@code <field>.<CODE>}, e.g. {@code category.HEALTH}) is written as its
 * label, and the code follows in a column of its own ({@code Kategori (kode)}) for programs. With {@code lang=en}
 * the table is the one programs have always read: the API's field names (the English {@code csv.<field>}), codes and
 * a decimal point. Dates stay ISO either way.
 */
class CsvPageConverter extends AbstractHttpMessageConverter<ListPage<?>> {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private static final Locale DANISH = Locale.forLanguageTag("da");

    private final MessageSource messages;

    CsvPageConverter(MessageSource messages) {
        super(TEXT_CSV);
        this.messages = messages;
    }

    /**
     * Danish unless the request says {@code lang=en}, as the UI's pages and charts choose; a UI page's export (outside
     * {@code /api/}) also follows the language the user chose for the UI. The API ignores the UI's cookie.
     */
    private static boolean english() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return false;
        }
        String lang = attributes.getRequest().getParameter("lang");
        if (lang != null) {
            return "en".equalsIgnoreCase(lang);
        }
        return !attributes.getRequest().getRequestURI().startsWith("/api/")
                && "en".equals(LocaleContextHolder.getLocale().getLanguage());
    }

    @Override
    protected boolean supports(Class<?> type) {
        return ListPage.class.isAssignableFrom(type);
    }

    @Override
    protected ListPage<?> readInternal(Class<? extends ListPage<?>> type, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("CSV is only written", input);
    }

    @Override
    protected void writeInternal(ListPage<?> page, HttpOutputMessage output) throws IOException {
        output.getHeaders().setContentType(TEXT_CSV);
        Writer writer = new OutputStreamWriter(output.getBody(), StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        List<?> items = page.items();
        Class<?> itemType = itemType(page, items);
        if (itemType != null && itemType.isRecord()) {
            boolean english = english();
            Locale locale = english ? Locale.ENGLISH : DANISH;
            RecordComponent[] columns = itemType.getRecordComponents();
            boolean[] coded = new boolean[columns.length];
            List<String> header = new ArrayList<>();
            for (int i = 0; i < columns.length; i++) {
                String name = columns[i].getName();
                String heading = messages.getMessage(
                        "csv." + itemType.getSimpleName() + "." + name,
                        null,
                        messages.getMessage("csv." + name, null, name, locale),
                        locale);
                header.add(cell(heading, false));
                coded[i] = !english && (columns[i].getType().isEnum() || CODED_TEXT.contains(name));
                if (coded[i]) {
                    header.add(cell(heading + " (kode)", false));
                }
            }
            writer.write(String.join(";", header));
            writer.write("\r\n");
            for (Object item : items) {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < columns.length; i++) {
                    if (i > 0) {
                        line.append(';');
                    }
                    Object value = value(columns[i], item);
                    if (coded[i]) {
                        String code = value == null ? "" : value.toString();
                        String label = code.isEmpty() ? "" : label(columns[i], code, locale);
                        line.append(cell(label, false)).append(';').append(cell(code, false));
                    } else {
                        line.append(cell(value, !english));
                    }
                }
                writer.write(line.append("\r\n").toString());
            }
        }
        writer.flush();
    }

    /**
     * A code's label: by its enumeration's name ({@code organisationKind.POLICE}), else by the column's name
     * ({@code kind.AREA_BASED}), else the code itself.
     */
    private String label(RecordComponent column, String code, Locale locale) {
        String byColumn = messages.getMessage(column.getName() + "." + code, null, code, locale);
        if (!column.getType().isEnum()) {
            return byColumn;
        }
        String type = column.getType().getSimpleName();
        return messages.getMessage(
                Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + code, null, byColumn, locale);
    }

    /** The items' type, from the page record's declaration, so that an empty page still has its header row. */
    private static Class<?> itemType(ListPage<?> page, List<?> items) {
        if (page.getClass().isRecord()) {
            for (RecordComponent component : page.getClass().getRecordComponents()) {
                if (component.getName().equals("items")
                        && component.getGenericType() instanceof ParameterizedType list
                        && list.getActualTypeArguments()[0] instanceof Class<?> type) {
                    return type;
                }
            }
        }
        return items.isEmpty() ? null : items.get(0).getClass();
    }

    /** Excel runs a cell starting with = + - @ as a formula; a negative number is left as the number it is. */
    static boolean startsAFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        if (first == '-') {
            return !NUMBER.matcher(text).matches();
        }
        return first == '=' || first == '+' || first == '@';
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-\\d+([.,]\\d+)?");

    private static Object value(RecordComponent column, Object item) {
        try {
            return column.getAccessor().invoke(item);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Text columns holding a code the UI labels, beside the enum-typed ones. */
    private static final Set<String> CODED_TEXT = Set.of("perResidentStatus", "dataStatus");

    private static String decimal(BigDecimal number, boolean comma) {
        String plain = number.toPlainString();
        return comma ? plain.replace('.', ',') : plain;
    }

    /**
     * A range or a bound as a cell: "67–72", "<60", ">5", "~20" (about); an open side of a range left empty ("67–"); a
     * range derived from an approximate value "~47–52".
     */
    private static String uncertain(UncertainValue value, boolean comma) {
        return switch (value.form()) {
            case EXACT -> decimal(value.exactValue(), comma);
            case BELOW -> "<" + decimal(value.high(), comma);
            case ABOVE -> ">" + decimal(value.low(), comma);
            case ABOUT -> "~" + decimal(value.low(), comma);
            case RANGE ->
                (value.isApproximate() ? "~" : "")
                        + (value.low() == null ? "" : decimal(value.low(), comma)) + "–"
                        + (value.high() == null ? "" : decimal(value.high(), comma));
        };
    }

    private static String cell(Object value, boolean decimalComma) {
        String text;
        if (value == null) {
            text = "";
        } else if (value instanceof Money money) {
            text = decimal(money.amount(), decimalComma);
        } else if (value instanceof BigDecimal number) {
            text = decimal(number, decimalComma);
        } else if (value instanceof UncertainValue uncertain) {
            text = uncertain(uncertain, decimalComma);
        } else if (value instanceof Collection<?> collection) {
            text = collection.stream().map(String::valueOf).collect(Collectors.joining(", "));
        } else {
            text = value.toString();
        }
        if (startsAFormula(text)) {
            text = "'" + text;
        }
        if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
