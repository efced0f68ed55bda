package dk.kk.registry.infra.imports;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import dk.kk.registry.infra.http.AdmissibleText;
import dk.kk.registry.infra.http.BadInput;
import dk.kk.registry.infra.http.CitationInput;
import dk.kk.registry.infra.http.DateRange;
import dk.kk.registry.shared.common.Citation;
import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.common.UncertainValue;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Measurements in JSON, read with Jackson's streaming parser one element at a time: a single object, or an array of
 * them. Each element is read as a small tree and its fields taken by hand, which is several times faster than data
 * binding and reports every wrong field of a row, not just the first; the reader then goes on with the next row.
 */
public final class JsonMeasurementRows implements MeasurementSource {

    static final String PERIOD_FORMS = "a year such as 2017, {\"from\": \"2017-01-01\", \"to\": \"2017-12-31\"}, "
            + "or a date as the source states it (EDTF) such as \"2017\", \"2017?\", \"2017~\", \"2016/2017\" or \"../2024-11\" (no later than November 2024)";
    static final String VALUE_FORMS = "a decimal such as \"0.6\", a range {\"from\": \"67\", \"to\": \"72\"}, or a "
            + "bound {\"below\": \"60\"} or {\"above\": \"5\"}";

    /** What a client may send for one measurement. */
    static final Set<String> FIELDS = Set.of(
            "indicator", "area", "period", "value", "numerator", "denominator", "source", "qualityNote", "reason");

    private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");
    private static final int MAX_DECIMAL_TEXT = 64;

    /** Opens the body again for each pass. */
    public interface Body {
        InputStream open() throws IOException;
    }

    private final ObjectReader trees;
    private final Body body;

    public JsonMeasurementRows(ObjectMapper mapper, Body body) {
        // Decimals stay as written: "1.40" is not rounded to 1.4 on its way to the event.
        // Rows are read one at a time from inside the array, so what follows a row is the next row, not trailing text.
        this.trees = mapper.reader()
                .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
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
        try (InputStream in = body.open();
                JsonParser parser = trees.getFactory().createParser(in)) {
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
        List<RowError> errors = new ArrayList<>(0);
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            String violation = AdmissibleText.violation(name);
            if (violation != null) {
                errors.add(RowError.input(AdmissibleText.escaped(name), "the field name " + violation));
            } else if (!FIELDS.contains(name)) {
                errors.add(RowError.input(name, "unknown field '" + name + "'"));
            }
        }
        String indicator = text(node, "indicator", errors);
        String area = text(node, "area", errors);
        UncertainValue value = value(node, "value", errors);
        BigDecimal numerator = decimal(node, "numerator", errors);
        BigDecimal denominator = decimal(node, "denominator", errors);
        Citation citation = null;
        String source = null;
        if (node.path(CitationInput.FIELD).isObject()) {
            try {
                citation = CitationInput.read(node.get(CitationInput.FIELD));
            } catch (BadInput e) {
                errors.add(RowError.input(e.field(), e.getMessage()));
            }
        } else {
            source = text(node, "source", errors);
        }
        String qualityNote = text(node, "qualityNote", errors);
        String reason = text(node, "reason", errors);
        LocalDate[] period = new LocalDate[2];
        UncertainDate stated = null;
        try {
            JsonNode periodNode = node.get("period");
            if (periodNode != null && periodNode.isTextual()) {
                stated = stated(periodNode.textValue());
                period = new LocalDate[] {stated.earliest(), stated.latest()};
            } else {
                period = period(periodNode);
            }
        } catch (UnreadableBody e) {
            errors.add(RowError.input(e.field(), e.getMessage()));
        }
        if (!errors.isEmpty()) {
            return ReadRow.unreadable(index, errors);
        }
        return ReadRow.of(
                index,
                new MeasurementRow(
                        indicator,
                        area,
                        period[0],
                        period[1],
                        stated,
                        value,
                        numerator,
                        denominator,
                        source,
                        qualityNote,
                        reason),
                citation);
    }

    private static String text(JsonNode row, String field, List<RowError> errors) {
        JsonNode node = row.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            errors.add(RowError.input(field, "has the wrong type; expected text"));
            return null;
        }
        String violation = AdmissibleText.violation(node.textValue());
        if (violation != null) {
            errors.add(RowError.input(field, violation));
            return null;
        }
        return AdmissibleText.nfc(node.textValue());
    }

    /** A decimal as a JSON number or, as API.md prefers, a decimal string; exactly as written either way. */
    private static BigDecimal decimal(JsonNode row, String field, List<RowError> errors) {
        JsonNode node = row.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isIntegralNumber() || node.isBigDecimal()) {
            return node.decimalValue();
        }
        if (node.isTextual()
                && node.textValue().length() <= MAX_DECIMAL_TEXT
                && DECIMAL.matcher(node.textValue()).matches()) {
            return new BigDecimal(node.textValue());
        }
        errors.add(RowError.input(
                field,
                (node.isValueNode() ? "'" + node.asText() + "' is not a valid value" : "has the wrong type")
                        + "; expected a decimal number"));
        return null;
    }

    /**
     * A value as API.md's shapes give it: a decimal (string or number), or an object with {@code from} and/or
     * {@code to}, or exactly one of {@code below} and {@code above}; each bound a decimal as above.
     */
    private static UncertainValue value(JsonNode row, String field, List<RowError> errors) {
        JsonNode node = row.get(field);
        if (node == null || node.isNull() || !node.isObject()) {
            BigDecimal exact = decimal(row, field, errors);
            return exact == null ? null : UncertainValue.exact(exact);
        }
        List<RowError> own = new ArrayList<>(0);
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!Set.of("from", "to", "below", "above").contains(name)) {
                own.add(RowError.input(
                        field + "." + AdmissibleText.escaped(name),
                        "unknown field '" + AdmissibleText.escaped(name) + "'; a value is " + VALUE_FORMS));
            }
        }
        BigDecimal from = decimal(node, "from", own);
        BigDecimal to = decimal(node, "to", own);
        BigDecimal below = decimal(node, "below", own);
        BigDecimal above = decimal(node, "above", own);
        own.replaceAll(
                e -> e.field().startsWith(field + ".") ? e : RowError.input(field + "." + e.field(), e.message()));
        if (own.isEmpty()) {
            int forms = (from != null || to != null ? 1 : 0) + (below != null ? 1 : 0) + (above != null ? 1 : 0);
            if (forms != 1) {
                own.add(RowError.input(field, "a value is one of " + VALUE_FORMS));
            } else if (from != null && to != null && from.compareTo(to) > 0) {
                own.add(RowError.input(
                        field,
                        "a range's 'from' (" + from.toPlainString() + ") exceeds its 'to' (" + to.toPlainString()
                                + ")"));
            } else {
                return below != null
                        ? UncertainValue.below(below)
                        : above != null ? UncertainValue.above(above) : UncertainValue.range(from, to);
            }
        }
        errors.addAll(own);
        return null;
    }

    /**
     * A period as its source states it in EDTF; it needs a last possible day, and may lack a first ("../2024-11": no
     * later than the document that reports the figure).
     */
    private static UncertainDate stated(String text) {
        UncertainDate date;
        try {
            date = UncertainDate.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UnreadableBody(
                    "period",
                    "'" + AdmissibleText.escaped(text) + "' is not a period: " + e.getMessage() + "; period must be "
                            + PERIOD_FORMS);
        }
        if (date.latest() == null) {
            throw new UnreadableBody(
                    "period", "a measurement's period needs a last possible day; '" + date.notation() + "' has none");
        }
        return date;
    }

    private static LocalDate[] period(JsonNode period) {
        if (period == null || period.isNull()) {
            return new LocalDate[2];
        }
        if (period.isIntegralNumber()
                && period.canConvertToInt()
                && period.intValue() >= 1
                && period.intValue() <= 9999) {
            int year = period.intValue();
            return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
        }
        if (!period.isObject()) {
            throw new UnreadableBody("period", "period must be " + PERIOD_FORMS);
        }
        for (Iterator<String> names = period.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("from") && !name.equals("to")) {
                throw new UnreadableBody(
                        "period." + name, "unknown field '" + name + "'; period must be " + PERIOD_FORMS);
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
            return DateRange.check(LocalDate.parse(node.textValue()));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new UnreadableBody(
                    "period." + name,
                    "'" + node.asText() + "' is not a valid date; expected a " + "date YYYY-MM-DD " + DateRange.DATES);
        }
    }

    private static UnreadableBody unreadable(JsonProcessingException e) {
        var location = e.getLocation();
        String where =
                location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        return new UnreadableBody("body", "the body is not valid JSON" + where);
    }
}
