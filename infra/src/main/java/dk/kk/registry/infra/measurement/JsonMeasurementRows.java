package dk.kk.registry.infra.measurement;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;

/**
 * Measurements in JSON, read with Jackson's streaming parser one element at a time: a single object, or an array of
 * them. An element that cannot be bound is reported on its own, and the reader goes on with the next one.
 */
public final class JsonMeasurementRows implements MeasurementSource {

    static final String PERIOD_FORMS = "a year such as 2017, or {\"from\": \"2017-01-01\", \"to\": \"2017-12-31\"}";

    /** What a client may send for one measurement; the period is read by hand because it has two forms. */
    record Input(String indicator, String area, JsonNode period, BigDecimal value, BigDecimal numerator,
            BigDecimal denominator, String source, String qualityNote, String reason) {
    }

    /** Opens the body again for each pass. */
    public interface Body {
        InputStream open() throws IOException;
    }

    private final ObjectReader trees;
    private final ObjectReader inputs;
    private final Body body;

    public JsonMeasurementRows(ObjectMapper mapper, Body body) {
        // Decimals stay as written: "1.40" is not rounded to 1.4 on its way to the event.
        this.trees = mapper.reader().with(JsonNodeFactory.withExactBigDecimals(true))
                .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);
        this.inputs = mapper.readerFor(Input.class);
        this.body = body;
    }

    /** The first token of the body, to tell a single measurement from an array of them. */
    public static JsonToken firstToken(ObjectMapper mapper, InputStream in) throws IOException {
        try (JsonParser parser = mapper.getFactory().createParser(in)) {
            return parser.nextToken();
        } catch (JsonProcessingException e) {
            throw unreadable(e);
        }
    }

    /** Reads a body that holds one measurement object and nothing after it. */
    public ReadRow single() throws IOException {
        try (InputStream in = body.open(); JsonParser parser = trees.getFactory().createParser(in)) {
            parser.nextToken();
            JsonNode node = trees.readTree(parser);
            if (parser.nextToken() != null) {
                throw new UnreadableBody("body", "the body holds more than one JSON value");
            }
            return read(0, node);
        } catch (JsonProcessingException e) {
            throw unreadable(e);
        }
    }

    @Override
    public Cursor open() throws IOException {
        InputStream in = body.open();
        JsonParser parser;
        try {
            parser = trees.getFactory().createParser(in);
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                in.close();
                throw new UnreadableBody("body", "expected an array of measurements");
            }
        } catch (JsonProcessingException e) {
            in.close();
            throw unreadable(e);
        }
        return new Cursor() {
            private long index;

            @Override
            public ReadRow next() throws IOException {
                try {
                    JsonToken token = parser.nextToken();
                    if (token == JsonToken.END_ARRAY) {
                        if (parser.nextToken() != null) {
                            throw new UnreadableBody("body", "the body holds more after the array");
                        }
                        return null;
                    }
                    if (token == null) {
                        throw new UnreadableBody("body", "the array is not closed");
                    }
                    return read(index++, trees.readTree(parser));
                } catch (JsonProcessingException e) {
                    throw unreadable(e);
                }
            }

            @Override
            public void close() throws IOException {
                parser.close();
                in.close();
            }
        };
    }

    @Override
    public String field(long index, String field) {
        return "[" + index + "]" + (field == null || field.isEmpty() ? "" : "." + field);
    }

    private ReadRow read(long index, JsonNode node) {
        if (node == null || !node.isObject()) {
            return ReadRow.unreadable(index, List.of(RowError.input("", "a measurement is a JSON object")));
        }
        Input input;
        try {
            input = inputs.readValue(node);
        } catch (JsonMappingException e) {
            return ReadRow.unreadable(index, List.of(RowError.input(path(e), message(e))));
        } catch (IOException e) {
            return ReadRow.unreadable(index, List.of(RowError.input("", "is not a measurement")));
        }
        LocalDate[] period;
        try {
            period = period(input.period());
        } catch (UnreadableBody e) {
            return ReadRow.unreadable(index, List.of(RowError.input(e.field(), e.getMessage())));
        }
        return ReadRow.of(index, new MeasurementRow(input.indicator(), input.area(), period[0], period[1],
                input.value(), input.numerator(), input.denominator(), input.source(), input.qualityNote(),
                input.reason()));
    }

    private static LocalDate[] period(JsonNode period) {
        if (period == null || period.isNull()) {
            return new LocalDate[2];
        }
        if (period.isIntegralNumber() && period.canConvertToInt() && period.intValue() >= 1
                && period.intValue() <= 9999) {
            int year = period.intValue();
            return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
        }
        if (!period.isObject()) {
            throw new UnreadableBody("period", "period must be " + PERIOD_FORMS);
        }
        for (Iterator<String> names = period.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!name.equals("from") && !name.equals("to")) {
                throw new UnreadableBody("period." + name, "unknown field '" + name + "'; period must be "
                        + PERIOD_FORMS);
            }
        }
        return new LocalDate[] {date(period, "from"), date(period, "to")};
    }

    private static LocalDate date(JsonNode period, String name) {
        JsonNode node = period.get(name);
        if (node == null || node.isNull()) {
            throw new UnreadableBody("period." + name, "period." + name + " is required");
        }
        try {
            if (!node.isTextual()) {
                throw new DateTimeParseException("not text", node.toString(), 0);
            }
            return LocalDate.parse(node.textValue());
        } catch (DateTimeParseException e) {
            throw new UnreadableBody("period." + name, "'" + node.asText() + "' is not a valid date; expected a "
                    + "date YYYY-MM-DD");
        }
    }

    private static UnreadableBody unreadable(JsonProcessingException e) {
        var location = e.getLocation();
        String where = location == null ? "" : " at line " + location.getLineNr() + ", column "
                + location.getColumnNr();
        return new UnreadableBody("body", "the body is not valid JSON" + where);
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String message(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + unknown.getPropertyName() + "'";
        }
        if (e instanceof InvalidFormatException format) {
            return "'" + format.getValue() + "' is not a valid value" + expected(format.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatched) {
            return "has the wrong type" + expected(mismatched.getTargetType());
        }
        return "is not valid";
    }

    private static String expected(Class<?> type) {
        if (type == BigDecimal.class) {
            return "; expected a decimal number";
        }
        if (type == String.class) {
            return "; expected text";
        }
        return "";
    }
}
