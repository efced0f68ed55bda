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
import java.util.Map;
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
        events.stream()
                .filter(event -> "DevelopmentPlan".equals(event.aggregateType()))
                .map(AuditEventView::aggregateId)
                .distinct()
                .forEach(id -> queries.optional(new FindDevelopmentPlanQuery(id, asOf), DevelopmentPlanView.class)
                        .ifPresent(plan -> {
                            names.put(id, plan.title());
                            // a follow-up's notes name its measures: a described tool, or the intervention chosen
                            plan.measures().forEach(measure -> {
                                String name =
                                        measure.tool() != null ? measure.tool() : title(measure.interventionId(), asOf);
                                if (name != null) {
                                    names.putIfAbsent(measure.id(), name);
                                }
                            });
                        }));
        return names;
    }

    private String title(String interventionId, Instant asOf) {
        return interventionId == null
                ? null
                : queries.optional(new FindInterventionQuery(interventionId, asOf), InterventionView.class)
                        .map(InterventionView::title)
                        .orElse(null);
    }
}
