package dk.kk.registry.query.common;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.common.UncertainValue;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * JSON of read-model documents: ISO dates, uncertain dates as their notation ({@code "2018"}, {@code "../2011-09"}),
 * money as decimal text, an uncertain value as decimal text when exact (so documents written before values could be
 * ranges read as they did) and as its form and bounds otherwise, tolerant of fields added later.
 *
 * <p>Written the same by every process: a set is written in a fixed order (its elements' natural order, else their
 * JSON's) and a map by its keys, since a set or map read from JSON, or made by {@code Set.copyOf}, iterates in an
 * order that differs from one JVM to the next, and a read model rebuilt elsewhere (a restart, a restore, another
 * instance) must equal the one written here.
 */
public final class ReadModelJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setDefaultPropertyInclusion(
                    JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS));

    static {
        MAPPER.configOverride(BigDecimal.class).setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
        MAPPER.registerModule(new SimpleModule("read-model-uncertain-dates")
                .addSerializer(Set.class, new InFixedOrder())
                .addSerializer(UncertainDate.class, ToStringSerializer.instance)
                .addDeserializer(UncertainDate.class, new FromStringDeserializer<>(UncertainDate.class) {
                    @Override
                    protected UncertainDate _deserialize(String value, DeserializationContext context) {
                        return UncertainDate.parse(value);
                    }
                })
                .addSerializer(UncertainValue.class, new StdSerializer<>(UncertainValue.class) {
                    @Override
                    public void serialize(UncertainValue value, JsonGenerator json, SerializerProvider provider)
                            throws IOException {
                        if (value.isExact()) {
                            json.writeString(value.exactValue().toPlainString());
                            return;
                        }
                        json.writeStartObject();
                        json.writeStringField("form", value.form().name());
                        if (value.low() != null) {
                            json.writeStringField("low", value.low().toPlainString());
                        }
                        if (value.high() != null) {
                            json.writeStringField("high", value.high().toPlainString());
                        }
                        json.writeEndObject();
                    }
                })
                .addDeserializer(UncertainValue.class, new StdDeserializer<>(UncertainValue.class) {
                    @Override
                    public UncertainValue deserialize(JsonParser parser, DeserializationContext context)
                            throws IOException {
                        JsonNode node = parser.readValueAsTree();
                        if (!node.isObject()) {
                            return UncertainValue.exact(new BigDecimal(node.asText()));
                        }
                        return StoredValues.value(
                                UncertainValue.Form.valueOf(node.get("form").asText()),
                                decimal(node.get("low")),
                                decimal(node.get("high")));
                    }
                }));
    }

    /** A set as an array in a fixed order: its elements' natural order where they have one, else their JSON's. */
    @SuppressWarnings("rawtypes")
    private static final class InFixedOrder extends StdSerializer<Set> {

        InFixedOrder() {
            super(Set.class);
        }

        @Override
        public void serialize(Set set, JsonGenerator json, SerializerProvider provider) throws IOException {
            List<Object> elements = new ArrayList<>(set);
            elements.sort(Comparator.nullsFirst(naturallyOrdered(elements) ? NATURAL : BY_JSON));
            json.writeStartArray(set, elements.size());
            for (Object element : elements) {
                provider.defaultSerializeValue(element, json);
            }
            json.writeEndArray();
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final Comparator<Object> NATURAL = (a, b) -> ((Comparable) a).compareTo(b);

    private static final Comparator<Object> BY_JSON = Comparator.comparing(ReadModelJson::write);

    /** Whether the elements have one natural order among them: all comparable, of one class (or one enumeration). */
    private static boolean naturallyOrdered(List<Object> elements) {
        Class<?> kind = null;
        for (Object element : elements) {
            if (element == null) {
                continue;
            }
            Class<?> its = element instanceof Enum<?> constant ? constant.getDeclaringClass() : element.getClass();
            if (!(element instanceof Comparable<?>) || (kind != null && kind != its)) {
                return false;
            }
            kind = its;
        }
        return true;
    }

    private static BigDecimal decimal(JsonNode node) {
        return node == null || node.isNull() ? null : new BigDecimal(node.asText());
    }

    private ReadModelJson() {}

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write a read-model document", e);
        }
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not read a read-model document as " + type.getSimpleName(), e);
        }
    }

    /** The value read as another type with the same fields, as its JSON would be read. */
    public static <T> T convert(Object value, Class<T> type) {
        return MAPPER.convertValue(value, type);
    }

    public static Object tree(String json) {
        try {
            return MAPPER.readValue(json, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not read a stored payload", e);
        }
    }
}
