package dk.kk.registry.infra.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;

/**
 * Reads a {@code PolicyAdoptedEvent} of revision 1 (period and criteria only) as revision 2: no objectives, no
 * focus areas, and no label for the first version of its criteria.
 */
@Component
class PolicyAdoptedEventUpcaster extends SingleEventUpcaster {

    static final String TYPE = "dk.kk.registry.shared.policy.PolicyAdoptedEvent";
    private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(TYPE, "1");
    private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(TYPE, "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ObjectNode policy = ((ObjectNode) payload).deepCopy();
            policy.putArray("objectives");
            policy.putArray("focusAreas");
            policy.putNull("criteriaLabel");
            return policy;
        });
    }
}
