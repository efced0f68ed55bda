package dk.kk.registry.infra.eventstore;

import dk.kk.registry.command.plan.LivePlans;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The live development plan of an area under a policy, read from the event store inside the command's transaction:
 * a plan created for the pair whose latest status is not {@code SUPERSEDED}. A transaction lock on the pair makes a
 * second create for it wait until the first has committed, and then see it.
 */
@Component
class EventStoreLivePlans implements LivePlans {

    private final JdbcTemplate jdbc;

    EventStoreLivePlans(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> livePlan(String area, String policy) {
        TransactionLock.hold(jdbc, "development-plan|" + area + "|" + policy);
        List<String> live = jdbc.queryForList("""
                SELECT created.aggregateidentifier FROM domainevententry created
                WHERE created.payloadtype = 'dk.kk.registry.shared.plan.DevelopmentPlanCreatedEvent'
                  AND registry_jsonb(created.payload) ->> 'area' = ?
                  AND registry_jsonb(created.payload) ->> 'policy' = ?
                  AND COALESCE((SELECT registry_jsonb(status.payload) ->> 'status' FROM domainevententry status
                                WHERE status.aggregateidentifier = created.aggregateidentifier
                                  AND status.payloadtype = 'dk.kk.registry.shared.plan.PlanStatusChangedEvent'
                                ORDER BY status.sequencenumber DESC LIMIT 1), 'DRAFTING') <> 'SUPERSEDED'
                ORDER BY created.globalindex LIMIT 1""", String.class, area, policy);
        return live.stream().findFirst();
    }
}
