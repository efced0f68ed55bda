package dk.kk.registry.infra.ui;

import dk.kk.registry.infra.audit.AuditEventView;
import dk.kk.registry.infra.gateway.Queries;
import dk.kk.registry.shared.goal.GoalView;
import dk.kk.registry.shared.intervention.FindInterventionQuery;
import dk.kk.registry.shared.intervention.InterventionView;
import dk.kk.registry.shared.plan.DevelopmentPlanView;
import dk.kk.registry.shared.plan.FindDevelopmentPlanQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * The names of the things events concern, by id, as known at the page's instant: areas and organisations by name,
 * goals, interventions and sources by title, indicators by name. An id the registry cannot name is left out (shown as the id).
 */
@Component
class AggregateNames {

    private final Queries queries;
    private final ReferenceLists references;
    private final IndicatorLists indicators;

    AggregateNames(Queries queries, ReferenceLists references, IndicatorLists indicators) {
        this.queries = queries;
        this.references = references;
        this.indicators = indicators;
    }

    /** Reference data's names, with the goals' titles and the indicators' names. */
    Map<String, String> references(Instant asOf) {
        Map<String, String> names = new HashMap<>(references.names(asOf));
        for (GoalView goal : references.goals(asOf)) {
            names.put(goal.id(), goal.title());
        }
        indicators.byId(asOf).forEach((id, indicator) -> names.put(id, indicator.name()));
        references.sourceTitles(asOf).forEach(names::putIfAbsent);
        return names;
    }

    /**
     * Every name the events' aggregates have: reference data, the titles of the interventions and plans among them,
     * and the names of the plans' measures.
     */
    Map<String, String> of(Collection<AuditEventView> events, Instant asOf) {
        Map<String, String> names = references(asOf);
        events.stream()
                .filter(event -> "Intervention".equals(event.aggregateType()))
                .map(AuditEventView::aggregateId)
                .distinct()
                .forEach(id -> {
                    String title = title(id, asOf);
                    if (title != null) {
                        names.put(id, title);
                    }
                });
        // a follow-up's notes name its measures: as the plan holds them now and, for a measure since removed, as it
        // held them when each of its events was recorded
        Map<String, Set<Instant>> planMoments = new LinkedHashMap<>();
        events.stream()
                .filter(event -> "DevelopmentPlan".equals(event.aggregateType()))
                .forEach(event -> {
                    Set<Instant> moments = planMoments.computeIfAbsent(event.aggregateId(), id -> new TreeSet<>());
                    moment(event.recordedAt())
                            .filter(at -> asOf == null || !at.isAfter(asOf))
                            .ifPresent(moments::add);
                });
        planMoments.forEach((id, moments) -> {
            queries.optional(new FindDevelopmentPlanQuery(id, asOf), DevelopmentPlanView.class)
                    .ifPresent(plan -> {
                        names.put(id, plan.title());
                        nameMeasures(plan, names, asOf);
                    });
            moments.forEach(at -> queries.optional(new FindDevelopmentPlanQuery(id, at), DevelopmentPlanView.class)
                    .ifPresent(plan -> nameMeasures(plan, names, at)));
        });
        return names;
    }

    /** A measure is named by its described tool, or the intervention chosen. */
    private void nameMeasures(DevelopmentPlanView plan, Map<String, String> names, Instant asOf) {
        plan.measures().forEach(measure -> {
            String name = measure.tool() != null ? measure.tool() : title(measure.interventionId(), asOf);
            if (name != null) {
                names.putIfAbsent(measure.id(), name);
            }
        });
    }

    private static Optional<Instant> moment(String recordedAt) {
        try {
            return Optional.of(Instant.parse(recordedAt));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private String title(String interventionId, Instant asOf) {
        return interventionId == null
                ? null
                : queries.optional(new FindInterventionQuery(interventionId, asOf), InterventionView.class)
                        .map(InterventionView::title)
                        .orElse(null);
    }
}
