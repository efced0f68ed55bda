package dk.kk.registry.infra.eventstore.upcasting;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Reads a {@code MeasurementCorrectedEvent} of revision 1 as revision 2: the corrected value, a decimal string, is
 * the exact value it always was; revision 2 may hold a range or a bound in the same field.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class MeasurementCorrectedEventUpcaster extends NextRevisionUpcaster {

    static final String TYPE = "dk.kk.registry.shared.measurement.MeasurementCorrectedEvent";

    MeasurementCorrectedEventUpcaster() {
        super(TYPE, "1", "2");
    }

    @Override
    ObjectNode upcast(ObjectNode payload) {
        return payload.deepCopy();
    }
}
