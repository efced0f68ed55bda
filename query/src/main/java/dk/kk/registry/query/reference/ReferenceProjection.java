package dk.kk.registry.query.reference;

import dk.kk.registry.query.common.ReadModelJson;
import dk.kk.registry.shared.area.AreaRegisteredEvent;
import dk.kk.registry.shared.area.AreaView;
import dk.kk.registry.shared.indicator.IndicatorDefinedEvent;
import dk.kk.registry.shared.indicator.IndicatorView;
import dk.kk.registry.shared.organisation.OrganisationRegisteredEvent;
import dk.kk.registry.shared.organisation.OrganisationView;
import dk.kk.registry.shared.policy.PolicyAdoptedEvent;
import dk.kk.registry.shared.policy.PolicyView;
import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Projects the reference data (organisations, areas, policies, indicators) into {@code reference_item}. Goals have
 * their own projection.
 */
@Component
@ProcessingGroup(ReferenceProjection.GROUP)
class ReferenceProjection {

    static final String GROUP = "reference";

    private final JdbcTemplate jdbc;

    ReferenceProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(OrganisationRegisteredEvent event, DomainEventMessage<?> message) {
        insert(ReferenceTable.ORGANISATION, event.organisationId(), event.name(), message,
                new OrganisationView(event.organisationId(), event.name(), event.kind()));
    }

    @EventHandler
    void on(AreaRegisteredEvent event, DomainEventMessage<?> message) {
        insert(ReferenceTable.AREA, event.areaId(), event.name(), message,
                new AreaView(event.areaId(), event.name(), event.kind()));
    }

    @EventHandler
    void on(PolicyAdoptedEvent event, DomainEventMessage<?> message) {
        insert(ReferenceTable.POLICY, event.policyId(), event.title(), message,
                new PolicyView(event.policyId(), event.title(), event.periodFrom(), event.periodTo(), event.criteria()));
    }

    @EventHandler
    void on(IndicatorDefinedEvent event, DomainEventMessage<?> message) {
        insert(ReferenceTable.INDICATOR, event.indicatorId(), event.name(), message,
                new IndicatorView(event.indicatorId(), event.name(), event.unit(), event.direction(), event.source()));
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE reference_item");
    }

    private void insert(ReferenceTable kind, String id, String name, DomainEventMessage<?> message, Object view) {
        jdbc.update("""
                INSERT INTO reference_item (kind, id, version, recorded_from, name, doc)
                VALUES (?, ?, ?, ?, ?, ?::jsonb) ON CONFLICT DO NOTHING""",
                kind.name(), id, message.getSequenceNumber(), Timestamp.from(message.getTimestamp()), name,
                ReadModelJson.write(view));
    }
}
