package dk.kk.registry.query.common;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dk.kk.registry.shared.common.UncertainDate;
import java.math.BigDecimal;

/**
 * JSON of read-model documents: ISO dates, uncertain dates as their notation ({@code "2018"}, {@code "../2011-09"}),
 * money as decimal text, tolerant of fields added later.
 */
public final class ReadModelJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS));

    static {
        MAPPER.configOverride(BigDecimal.class).setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
        MAPPER.registerModule(new SimpleModule("read-model-uncertain-dates")
                .addSerializer(UncertainDate.class, ToStringSerializer.instance)
                .addDeserializer(UncertainDate.class, new FromStringDeserializer<>(UncertainDate.class) {
                    @Override
                    protected UncertainDate _deserialize(String value, DeserializationContext context) {
                        return UncertainDate.parse(value);
                    }
                }));
    }

    private ReadModelJson() {
    }

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
