package dk.kk.registry.infra.eventstore.upcasting;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Reads {@code GoalSetEvent} revision 1 as revision 2. Revision 1 had no {@code areas} and no
 * {@code comparisonArea}: every goal then was about the designated areas taken together, and comparisons defaulted to
 * the rest of the city (API.md), so that is what the old events said.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class GoalSetEventUpcaster extends NextRevisionUpcaster {

    static final String TYPE = "dk.kk.registry.shared.goal.GoalSetEvent";

    GoalSetEventUpcaster() {
        super(TYPE, "1", "2");
    }

    @Override
    ObjectNode upcast(ObjectNode goal) {
        if (!goal.has("areas") || goal.get("areas").isNull()) {
            goal.putArray("areas");
        }
        if (!goal.has("comparisonArea") || goal.get("comparisonArea").isNull()) {
            goal.put("comparisonArea", "rest-of-copenhagen");
        }
        return goal;
    }
}
