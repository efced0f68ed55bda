package dk.kk.registry.query.reference;

import dk.kk.registry.query.common.ReadModelJson;
import dk.kk.registry.query.common.RecordedBy;
import dk.kk.registry.shared.area.AreaRegisteredEvent;
import dk.kk.registry.shared.area.AreaRenamedEvent;
import dk.kk.registry.shared.area.AreaView;
import dk.kk.registry.shared.indicator.IndicatorDefinedEvent;
import dk.kk.registry.shared.indicator.IndicatorRedefinedEvent;
import dk.kk.registry.shared.indicator.IndicatorVersionView;
import dk.kk.registry.shared.indicator.IndicatorView;
import dk.kk.registry.shared.organisation.OrganisationRegisteredEvent;
import dk.kk.registry.shared.organisation.OrganisationView;
import dk.kk.registry.shared.policy.CriteriaVersionView;
import dk.kk.registry.shared.policy.DesignationCriteriaRevisedEvent;
import dk.kk.registry.shared.policy.PolicyAdoptedEvent;
import dk.kk.registry.shared.policy.PolicyView;
import dk.kk.registry.shared.screening.ScreeningRuleSetEvent;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
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
    void on(AreaRenamedEvent event, DomainEventMessage<?> message) {
        revise(ReferenceTable.AREA, event.areaId(), message, AreaView.class,
                area -> new AreaView(area.id(), event.name(), area.kind()));
    }

    @EventHandler
    void on(PolicyAdoptedEvent event, DomainEventMessage<?> message) {
        List<CriteriaVersionView> versions = List.of(new CriteriaVersionView(1, event.criteriaLabel(),
                event.periodFrom(), event.criteria(), message.getTimestamp()));
        insert(ReferenceTable.POLICY, event.policyId(), event.title(), message,
                new PolicyView(event.policyId(), event.title(), event.periodFrom(), event.periodTo(),
                        event.objectives(), event.focusAreas(), event.criteria(), versions, null));
    }

    @EventHandler
    void on(ScreeningRuleSetEvent event, DomainEventMessage<?> message) {
        revise(ReferenceTable.POLICY, event.policyId(), message, PolicyView.class, policy -> new PolicyView(
                policy.id(), policy.title(), policy.periodFrom(), policy.periodTo(), policy.objectives(),
                policy.focusAreas(), policy.criteria(), policy.criteriaVersions(), event.rule()));
    }

    @EventHandler
    void on(DesignationCriteriaRevisedEvent event, DomainEventMessage<?> message) {
        revise(ReferenceTable.POLICY, event.policyId(), message, PolicyView.class, policy -> {
            List<CriteriaVersionView> versions = new ArrayList<>(policy.criteriaVersions());
            versions.add(new CriteriaVersionView(event.criteriaVersion(), event.label(), event.effectiveFrom(),
                    event.criteria(), message.getTimestamp()));
            return new PolicyView(policy.id(), policy.title(), policy.periodFrom(), policy.periodTo(),
                    policy.objectives(), policy.focusAreas(), event.criteria(), versions, policy.screeningRule());
        });
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
        RecordedBy by = RecordedBy.of(message);
        revise(ReferenceTable.INDICATOR, event.indicatorId(), message, IndicatorView.class, before -> {
            List<IndicatorVersionView> versions = new ArrayList<>(before.versions() == null ? List.of()
                    : before.versions());
            versions.add(new IndicatorVersionView(event.version(), event.name(), event.unit(), event.direction(),
                    event.source(), by.at(), by.user(), by.reason()));
            return new IndicatorView(event.indicatorId(), event.name(), event.unit(), event.direction(),
                    event.source(), event.version(), versions);
        });
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE reference_item");
    }

    /** Closes the current version of an item and records the next one, derived from it; a replay changes nothing. */
    private <T> void revise(ReferenceTable kind, String id, DomainEventMessage<?> message, Class<T> type,
            UnaryOperator<T> change) {
        List<Current> current = jdbc.query(
                "SELECT version, doc::text FROM reference_item WHERE kind = ? AND id = ? AND recorded_to IS NULL",
                (rs, n) -> new Current(rs.getLong(1), rs.getString(2)), kind.name(), id);
        if (current.isEmpty() || current.get(0).version() >= message.getSequenceNumber()) {
            return;
        }
        T next = change.apply(ReadModelJson.read(current.get(0).doc(), type));
        jdbc.update("UPDATE reference_item SET recorded_to = ? WHERE kind = ? AND id = ? AND recorded_to IS NULL",
                Timestamp.from(message.getTimestamp()), kind.name(), id);
        String name = next instanceof PolicyView policy ? policy.title()
                : next instanceof AreaView area ? area.name()
                : next instanceof IndicatorView indicator ? indicator.name() : id;
        insert(kind, id, name, message, next);
    }

    private record Current(long version, String doc) {
    }

    private void insert(ReferenceTable kind, String id, String name, DomainEventMessage<?> message, Object view) {
        jdbc.update("""
                INSERT INTO reference_item (kind, id, version, recorded_from, name, doc)
                VALUES (?, ?, ?, ?, ?, ?::jsonb) ON CONFLICT DO NOTHING""",
                kind.name(), id, message.getSequenceNumber(), Timestamp.from(message.getTimestamp()), name,
                ReadModelJson.write(view));
    }
}
