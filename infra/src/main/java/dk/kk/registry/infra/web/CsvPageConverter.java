package dk.kk.registry.infra.web;

import dk.kk.registry.shared.common.Money;
import dk.kk.registry.shared.common.ListPage;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Any list page as CSV for Danish Excel: UTF-8 with a byte-order mark, {@code ;} between fields, a header row from
 * the items' field names; lists are joined with commas and money is written as its decimal amount.
 */
class CsvPageConverter extends AbstractHttpMessageConverter<ListPage<?>> {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    CsvPageConverter() {
        super(TEXT_CSV);
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
            RecordComponent[] columns = itemType.getRecordComponents();
            writer.write(java.util.Arrays.stream(columns).map(RecordComponent::getName)
                    .collect(Collectors.joining(";")));
            writer.write("\r\n");
            for (Object item : items) {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < columns.length; i++) {
                    if (i > 0) {
                        line.append(';');
                    }
                    line.append(cell(value(columns[i], item)));
                }
                writer.write(line.append("\r\n").toString());
            }
        }
        writer.flush();
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

    private static String cell(Object value) {
        String text;
        if (value == null) {
            text = "";
        } else if (value instanceof Money money) {
            text = money.amount().toPlainString();
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
