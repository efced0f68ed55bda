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
 * Reads the goal events recorded when a baseline's and a status report's values were exact decimals as the revisions
 * whose values may be a range or a bound ({@code UncertainValue}, ADR 0016). An exact value is written the same in
 * both (the decimal string {@code "0.6"}), so the payload is kept as stored and only its revision moves on. Ordered
 * after {@link GoalSetEventUpcaster} (a goal of revision 1 becomes 2 there, then 3 here) and before
 * {@link ApproximateValuesUpcaster} (then 4).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 1)
public class UncertainGoalValuesUpcaster extends SingleEventUpcaster {

    private static final String PACKAGE = "dk.kk.registry.shared.goal.";

    /** Each goal event whose values became {@code UncertainValue}, by the revision that still held exact decimals. */
    public static final Map<String, String> EXACT_VALUE_REVISIONS = Map.of(
            PACKAGE + "GoalSetEvent", "2",
            PACKAGE + "GoalStatusReportedEvent", "1",
            PACKAGE + "GoalStatusReportCorrectedEvent", "1");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        String revision = EXACT_VALUE_REVISIONS.get(representation.getType().getName());
        return revision != null && revision.equals(representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        String name = representation.getType().getName();
        String next = String.valueOf(Integer.parseInt(EXACT_VALUE_REVISIONS.get(name)) + 1);
        return representation.upcastPayload(new SimpleSerializedType(name, next), JsonNode.class, payload -> payload);
    }
}
