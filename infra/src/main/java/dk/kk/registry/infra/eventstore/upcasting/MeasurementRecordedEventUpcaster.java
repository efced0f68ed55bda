package dk.kk.registry.infra.eventstore.upcasting;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Reads a {@code MeasurementRecordedEvent} of revision 1 (an exact value over an exact period) as revision 2: its
 * value, a decimal string, is the exact value it always was, and its period is exactly periodFrom to periodTo (no
 * period stated apart).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class MeasurementRecordedEventUpcaster extends NextRevisionUpcaster {

    static final String TYPE = "dk.kk.registry.shared.measurement.MeasurementRecordedEvent";

    MeasurementRecordedEventUpcaster() {
        super(TYPE, "1", "2");
    }

    @Override
    ObjectNode upcast(ObjectNode payload) {
        ObjectNode measurement = payload.deepCopy();
        measurement.putNull("period");
        return measurement;
    }
}
