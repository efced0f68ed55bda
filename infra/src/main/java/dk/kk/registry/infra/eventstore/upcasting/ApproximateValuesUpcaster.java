package dk.kk.registry.infra.eventstore.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Reads the measurement and goal events recorded before a value could be approximate ({@code {"about": "20"}}, "ca.
 * 20 %", ADR 0016) as the revisions that may hold one. Every value of the older revision (a decimal string, a range, a
 * bound) is written the same in the newer, so the payload is kept as stored and only its revision moves on. Ordered
 * last, after the upcasters that bring each event to the revision listed here.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class ApproximateValuesUpcaster extends SingleEventUpcaster {

    /** Each event whose values may be approximate, by the last revision whose values could not be. */
    public static final Map<String, String> BEFORE_APPROXIMATE = Map.of(
            "dk.kk.registry.shared.measurement.MeasurementRecordedEvent", "2",
            "dk.kk.registry.shared.measurement.MeasurementCorrectedEvent", "2",
            "dk.kk.registry.shared.goal.GoalSetEvent", "3",
            "dk.kk.registry.shared.goal.GoalStatusReportedEvent", "2",
            "dk.kk.registry.shared.goal.GoalStatusReportCorrectedEvent", "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        String revision = BEFORE_APPROXIMATE.get(representation.getType().getName());
        return revision != null && revision.equals(representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        String name = representation.getType().getName();
        String next = String.valueOf(Integer.parseInt(BEFORE_APPROXIMATE.get(name)) + 1);
        return representation.upcastPayload(new SimpleSerializedType(name, next), JsonNode.class, payload -> payload);
    }
}
