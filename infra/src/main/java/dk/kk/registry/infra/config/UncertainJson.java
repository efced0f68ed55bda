package dk.kk.registry.infra.config;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.common.UncertainValue;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.function.BiFunction;

/**
 * Uncertain dates and values as JSON, for events and the API alike: a date is its EDTF text ({@code "2018"},
 * {@code "../2011-09"}, {@code "unknown"}), so an exact day stays {@code "2018-05-14"}; a value is a decimal string when
 * exact ({@code "0.6"}) and an object otherwise ({@code {"from": "67", "to": "72"}}, {@code {"below": "60"}},
 * {@code {"above": "5"}}, {@code {"about": "20"}} for "ca. 20"), so a value recorded exactly reads as it always did. A
 * range derived from an approximate value is written with {@code "approximate": true}; only answers carry it, a source's
 * approximate value is always a point.
 */
public final class UncertainJson {

    private UncertainJson() {}

    /** A module whose refusals are made by {@code refusal} (the API's names the field; the events' is plain). */
    public static SimpleModule module(BiFunction<JsonParser, String, JsonMappingException> refusal) {
        return new SimpleModule("registry-uncertain")
                .addSerializer(UncertainDate.class, new DateWriter())
                .addDeserializer(UncertainDate.class, new DateReader(refusal))
                .addSerializer(UncertainValue.class, new ValueWriter())
                .addDeserializer(UncertainValue.class, new ValueReader(refusal));
    }

    /** For the event store: refusals as Jackson's own mapping errors. */
    public static SimpleModule forEvents() {
        return module((parser, message) -> JsonMappingException.from(parser, message));
    }

    static final class DateWriter extends JsonSerializer<UncertainDate> {

        @Override
        public void serialize(UncertainDate date, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeString(date.notation());
        }
    }

    static final class DateReader extends JsonDeserializer<UncertainDate> {

        private final BiFunction<JsonParser, String, JsonMappingException> refusal;

        DateReader(BiFunction<JsonParser, String, JsonMappingException> refusal) {
            this.refusal = refusal;
        }

        @Override
        public UncertainDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                throw refusal.apply(
                        parser,
                        "expected a date as a string: YYYY-MM-DD, YYYY-MM, YYYY, an interval "
                                + "such as 2011/2014, ../2011-09 or 2018/.., with ? or ~, or \"unknown\"");
            }
            try {
                return UncertainDate.parse(parser.getText());
            } catch (IllegalArgumentException e) {
                throw refusal.apply(parser, e.getMessage());
            }
        }

        @Override
        public UncertainDate getNullValue(DeserializationContext context) {
            return null;
        }
    }

    static final class ValueWriter extends JsonSerializer<UncertainValue> {

        @Override
        public void serialize(UncertainValue value, JsonGenerator json, SerializerProvider provider)
                throws IOException {
            switch (value.form()) {
                case EXACT -> json.writeString(value.exactValue().toPlainString());
                case BELOW -> {
                    json.writeStartObject();
                    json.writeStringField("below", value.high().toPlainString());
                    json.writeEndObject();
                }
                case ABOVE -> {
                    json.writeStartObject();
                    json.writeStringField("above", value.low().toPlainString());
                    json.writeEndObject();
                }
                case ABOUT -> {
                    json.writeStartObject();
                    json.writeStringField("about", value.low().toPlainString());
                    json.writeEndObject();
                }
                case RANGE -> {
                    json.writeStartObject();
                    if (value.low() != null) {
                        json.writeStringField("from", value.low().toPlainString());
                    }
                    if (value.high() != null) {
                        json.writeStringField("to", value.high().toPlainString());
                    }
                    if (value.isApproximate()) {
                        json.writeBooleanField("approximate", true);
                    }
                    json.writeEndObject();
                }
            }
        }
    }

    static final class ValueReader extends JsonDeserializer<UncertainValue> {

        private static final String SHAPES = "a value is a decimal string such as \"0.6\", a range "
                + "{\"from\": \"67\", \"to\": \"72\"}, a bound {\"below\": \"60\"} / {\"above\": \"60\"} or an "
                + "approximate value {\"about\": \"20\"}";

        private final BiFunction<JsonParser, String, JsonMappingException> refusal;

        ValueReader(BiFunction<JsonParser, String, JsonMappingException> refusal) {
            this.refusal = refusal;
        }

        @Override
        public UncertainValue deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.VALUE_STRING
                    || token == JsonToken.VALUE_NUMBER_INT
                    || token == JsonToken.VALUE_NUMBER_FLOAT) {
                return UncertainValue.exact(decimal(parser, parser.getText()));
            }
            if (token != JsonToken.START_OBJECT) {
                throw refusal.apply(parser, SHAPES);
            }
            BigDecimal from = null;
            BigDecimal to = null;
            BigDecimal below = null;
            BigDecimal above = null;
            BigDecimal about = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.VALUE_NULL) {
                    continue;
                }
                if (value != JsonToken.VALUE_STRING
                        && value != JsonToken.VALUE_NUMBER_INT
                        && value != JsonToken.VALUE_NUMBER_FLOAT) {
                    throw refusal.apply(parser, "'" + field + "' is a decimal string; " + SHAPES);
                }
                BigDecimal number = decimal(parser, parser.getText());
                switch (field) {
                    case "from" -> from = number;
                    case "to" -> to = number;
                    case "below" -> below = number;
                    case "above" -> above = number;
                    case "about" -> about = number;
                    default -> throw refusal.apply(parser, "unknown field '" + field + "' in a value; " + SHAPES);
                }
            }
            int forms = (from != null || to != null ? 1 : 0)
                    + (below != null ? 1 : 0)
                    + (above != null ? 1 : 0)
                    + (about != null ? 1 : 0);
            if (forms != 1) {
                throw refusal.apply(parser, SHAPES);
            }
            try {
                if (about != null) {
                    return UncertainValue.about(about);
                }
                return below != null
                        ? UncertainValue.below(below)
                        : above != null ? UncertainValue.above(above) : UncertainValue.range(from, to);
            } catch (IllegalArgumentException e) {
                throw refusal.apply(parser, e.getMessage());
            }
        }

        private BigDecimal decimal(JsonParser parser, String text) throws JsonMappingException {
            String value = text.strip();
            if (value.length() > 40) {
                throw refusal.apply(parser, "a value has at most 40 characters");
            }
            try {
                BigDecimal number = new BigDecimal(value);
                if (Math.abs(number.scale()) > 20) {
                    throw refusal.apply(parser, "'" + value + "' has too many decimals or too large an exponent");
                }
                return number;
            } catch (NumberFormatException e) {
                throw refusal.apply(parser, "'" + value + "' is not a decimal number");
            }
        }
    }
}
