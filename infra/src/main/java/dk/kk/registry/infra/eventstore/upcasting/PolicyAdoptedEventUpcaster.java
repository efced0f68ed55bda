package dk.kk.registry.infra.eventstore.upcasting;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.stereotype.Component;

/**
 * Reads a {@code PolicyAdoptedEvent} of revision 1 (period and criteria only) as revision 2: no objectives, no
 * focus areas, and no label for the first version of its criteria.
 */
@Component
class PolicyAdoptedEventUpcaster extends NextRevisionUpcaster {

    static final String TYPE = "dk.kk.registry.shared.policy.PolicyAdoptedEvent";

    PolicyAdoptedEventUpcaster() {
        super(TYPE, "1", "2");
    }

    @Override
    ObjectNode upcast(ObjectNode payload) {
        ObjectNode policy = payload.deepCopy();
        policy.putArray("objectives");
        policy.putArray("focusAreas");
        policy.putNull("criteriaLabel");
        return policy;
    }
}
