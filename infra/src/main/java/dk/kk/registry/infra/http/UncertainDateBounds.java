package dk.kk.registry.infra.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import dk.kk.registry.shared.common.UncertainDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Beside every uncertain date an answer gives, its first and last possible day (API.md, "Uncertain time"): a field
 * {@code plannedStart: "../2011-09"} is followed by {@code plannedStartEarliest: null} (open towards the past) and
 * {@code plannedStartLatest: "2011-09-30"}. The date itself stays the string it always was, so a client that knows
 * only exact days reads {@code "2018-05-14"} as before. Answers only: the API reads no bounds, the events carry none.
 */
public final class UncertainDateBounds extends BeanSerializerModifier {

    public static final String EARLIEST = "Earliest";
    public static final String LATEST = "Latest";

    static SimpleModule module() {
        return new SimpleModule("registry-uncertain-date-bounds").setSerializerModifier(new UncertainDateBounds());
    }

    @Override
    public List<BeanPropertyWriter> changeProperties(
            SerializationConfig config, BeanDescription description, List<BeanPropertyWriter> properties) {
        if (properties.stream().noneMatch(UncertainDateBounds::isDate)) {
            return properties;
        }
        List<BeanPropertyWriter> withBounds = new ArrayList<>();
        for (BeanPropertyWriter property : properties) {
            withBounds.add(property);
            if (isDate(property)) {
                withBounds.add(new Bound(property, EARLIEST, UncertainDate::earliest));
                withBounds.add(new Bound(property, LATEST, UncertainDate::latest));
            }
        }
        return withBounds;
    }

    private static boolean isDate(BeanPropertyWriter property) {
        return property.getType().hasRawClass(UncertainDate.class);
    }

    /** One bound of the date the base property holds; absent where the date is, null where it is unbounded. */
    private static final class Bound extends BeanPropertyWriter {

        private final transient Function<UncertainDate, LocalDate> bound;

        Bound(BeanPropertyWriter date, String suffix, Function<UncertainDate, LocalDate> bound) {
            super(date, PropertyName.construct(date.getName() + suffix));
            this.bound = bound;
        }

        @Override
        public void serializeAsField(Object bean, JsonGenerator json, SerializerProvider provider) throws Exception {
            UncertainDate date = (UncertainDate) get(bean);
            json.writeFieldName(getName());
            LocalDate day = date == null ? null : bound.apply(date);
            if (day == null) {
                json.writeNull();
            } else {
                json.writeString(day.toString());
            }
        }
    }
}
