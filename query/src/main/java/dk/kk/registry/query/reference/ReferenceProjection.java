package dk.kk.registry.query.reference;

import dk.kk.registry.query.common.ReadModelJson;
import dk.kk.registry.query.common.RecordedBy;
import dk.kk.registry.shared.area.AreaRegisteredEvent;
import dk.kk.registry.shared.area.AreaView;
import dk.kk.registry.shared.goal.GoalSetEvent;
import dk.kk.registry.shared.goal.GoalView;
import dk.kk.registry.shared.indicator.IndicatorDefinedEvent;
import dk.kk.registry.shared.indicator.IndicatorRedefinedEvent;
import dk.kk.registry.shared.indicator.IndicatorVersionView;
import dk.kk.registry.shared.indicator.IndicatorView;
import dk.kk.registry.shared.organisation.OrganisationRegisteredEvent;
import dk.kk.registry.shared.organisation.OrganisationView;
import dk.kk.registry.shared.policy.PolicyAdoptedEvent;
import dk.kk.registry.shared.policy.PolicyView;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Projects the reference data (organisations, areas, policies, indicators, goals) into {@code reference_item}. */
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
        RecordedBy by = RecordedBy.of(message);
        IndicatorVersionView first = new IndicatorVersionView(1, event.name(), event.unit(), event.direction(),
                event.source(), by.at(), by.user(), by.reason());
        insert(ReferenceTable.INDICATOR, event.indicatorId(), event.name(), message,
                new IndicatorView(event.indicatorId(), event.name(), event.unit(), event.direction(), event.source(),
                        1, List.of(first)));
    }

    /** A new version of the definition: the current row is closed and the next one lists every version so far. */
    @EventHandler
    void on(IndicatorRedefinedEvent event, DomainEventMessage<?> message) {
        List<StoredItem> current = jdbc.query("""
                SELECT version, doc::text FROM reference_item
                WHERE kind = ? AND id = ? AND recorded_to IS NULL""",
                (rs, n) -> new StoredItem(rs.getLong(1), rs.getString(2)), ReferenceTable.INDICATOR.name(),
                event.indicatorId());
        if (current.isEmpty() || current.get(0).version() >= message.getSequenceNumber()) {
            return;
        }
        IndicatorView before = ReadModelJson.read(current.get(0).doc(), IndicatorView.class);
        RecordedBy by = RecordedBy.of(message);
        List<IndicatorVersionView> versions = new ArrayList<>(before.versions() == null ? List.of()
                : before.versions());
        versions.add(new IndicatorVersionView(event.version(), event.name(), event.unit(), event.direction(),
                event.source(), by.at(), by.user(), by.reason()));
        jdbc.update("UPDATE reference_item SET recorded_to = ? WHERE kind = ? AND id = ? AND recorded_to IS NULL",
                Timestamp.from(message.getTimestamp()), ReferenceTable.INDICATOR.name(), event.indicatorId());
        insert(ReferenceTable.INDICATOR, event.indicatorId(), event.name(), message,
                new IndicatorView(event.indicatorId(), event.name(), event.unit(), event.direction(), event.source(),
                        event.version(), versions));
    }

    @EventHandler
    void on(GoalSetEvent event, DomainEventMessage<?> message) {
        insert(ReferenceTable.GOAL, event.goalId(), event.title(), message,
                new GoalView(event.goalId(), event.title(), event.policy(), event.ownerAdministration(),
                        event.indicator(), event.baseline(), event.target(), event.deadlineYear()));
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE reference_item");
    }

    private record StoredItem(long version, String doc) {
    }

    private void insert(ReferenceTable kind, String id, String name, DomainEventMessage<?> message, Object view) {
        jdbc.update("""
                INSERT INTO reference_item (kind, id, version, recorded_from, name, doc)
                VALUES (?, ?, ?, ?, ?, ?::jsonb) ON CONFLICT DO NOTHING""",
                kind.name(), id, message.getSequenceNumber(), Timestamp.from(message.getTimestamp()), name,
                ReadModelJson.write(view));
    }
}
