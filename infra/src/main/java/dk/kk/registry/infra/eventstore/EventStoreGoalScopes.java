package dk.kk.registry.infra.eventstore;

import dk.kk.registry.command.plan.GoalScopes;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A goal's areas from its first event, inside the command's transaction. A goal's areas are set once; a revision-1
 * payload has none (a city-wide goal, as its upcaster reads it).
 */
@Component
class EventStoreGoalScopes implements GoalScopes {

    private final JdbcTemplate jdbc;

    EventStoreGoalScopes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> areasOf(String goalId) {
        return jdbc.queryForList("""
                SELECT jsonb_array_elements_text(COALESCE(registry_jsonb(payload) -> 'areas', '[]'::jsonb))
                FROM domainevententry
                WHERE aggregateidentifier = ? AND sequencenumber = 0
                  AND payloadtype = 'dk.kk.registry.shared.goal.GoalSetEvent'""", String.class, goalId);
    }
}
