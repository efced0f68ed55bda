package dk.kk.registry.infra.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;

/**
 * Reads {@code GoalSetEvent} revision 1 as revision 2. Revision 1 had no {@code areas} and no
 * {@code comparisonArea}: every goal then was about the designated areas taken together, and comparisons defaulted to
 * the rest of the city (API.md), so that is what the old events said. Axon's autoconfiguration registers every
 * {@code EventUpcaster} bean in the chain the event store reads through.
 */
@Component
class GoalSetEventUpcaster extends SingleEventUpcaster {

    static final String TYPE = "dk.kk.registry.shared.goal.GoalSetEvent";
    private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(TYPE, "1");
    private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(TYPE, "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ObjectNode goal = (ObjectNode) payload;
            if (!goal.has("areas") || goal.get("areas").isNull()) {
                goal.putArray("areas");
            }
            if (!goal.has("comparisonArea") || goal.get("comparisonArea").isNull()) {
                goal.put("comparisonArea", "rest-of-copenhagen");
            }
            return goal;
        });
    }
}
