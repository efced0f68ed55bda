package dk.kk.registry.infra.eventstore;

import dk.kk.registry.command.common.ReferenceCatalog;
import dk.kk.registry.shared.common.ReferenceKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Looks a referenced id up in the event store itself, inside the command's transaction: the first event recorded
 * under an id says what it is. This is consistent with every committed command, unlike a read model that may lag.
 */
@Component
class EventStoreReferenceCatalog implements ReferenceCatalog {

    private static final Map<String, ReferenceKind> FIRST_EVENTS = Map.ofEntries(
            Map.entry("dk.kk.registry.shared.organisation.OrganisationRegisteredEvent", ReferenceKind.ORGANISATION),
            Map.entry("dk.kk.registry.shared.area.AreaRegisteredEvent", ReferenceKind.AREA),
            Map.entry("dk.kk.registry.shared.policy.PolicyAdoptedEvent", ReferenceKind.POLICY),
            Map.entry("dk.kk.registry.shared.goal.GoalSetEvent", ReferenceKind.GOAL),
            Map.entry("dk.kk.registry.shared.indicator.IndicatorDefinedEvent", ReferenceKind.INDICATOR),
            Map.entry("dk.kk.registry.shared.intervention.InterventionRegisteredEvent", ReferenceKind.INTERVENTION),
            Map.entry("dk.kk.registry.shared.screening.ScreeningRunEvent", ReferenceKind.SCREENING),
            Map.entry("dk.kk.registry.shared.measurement.MeasurementRecordedEvent", ReferenceKind.MEASUREMENT),
            Map.entry("dk.kk.registry.shared.plan.DevelopmentPlanCreatedEvent", ReferenceKind.DEVELOPMENT_PLAN),
            Map.entry("dk.kk.registry.shared.source.SourceRegisteredEvent", ReferenceKind.SOURCE));

    private final JdbcTemplate jdbc;

    EventStoreReferenceCatalog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean exists(ReferenceKind kind, String id) {
        if (id == null) {
            return false;
        }
        if (kind == ReferenceKind.ADMINISTRATION) {
            List<String> kinds = jdbc.queryForList("""
                    SELECT registry_jsonb(payload) ->> 'kind' FROM domainevententry
                    WHERE aggregateidentifier = ? AND sequencenumber = 0
                      AND payloadtype = 'dk.kk.registry.shared.organisation.OrganisationRegisteredEvent'""", String.class, id);
            return kinds.contains("ADMINISTRATION");
        }
        return kindOf(id).filter(kind::equals).isPresent();
    }

    @Override
    public Optional<ReferenceKind> kindOf(String id) {
        if (id == null) {
            return Optional.empty();
        }
        List<String> types = jdbc.queryForList(
                "SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = 0",
                String.class,
                id);
        return types.stream()
                .map(FIRST_EVENTS::get)
                .filter(java.util.Objects::nonNull)
                .findFirst();
    }
}
