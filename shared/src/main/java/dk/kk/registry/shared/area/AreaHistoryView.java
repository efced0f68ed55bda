package dk.kk.registry.shared.area;

import dk.kk.registry.shared.goal.GoalView;
import dk.kk.registry.shared.plan.DevelopmentPlanView;
import java.util.List;

/**
 * An area's timeline: its designations, the interventions active per year, the measurements recorded for it, and the
 * goals that concern it (its own and the city-wide ones), and its development plans.
 */
public record AreaHistoryView(
        AreaView area,
        List<DesignationView> designations,
        List<AreaInterventionView> interventions,
        List<AreaYearView> years,
        List<AreaMeasurementView> measurements,
        List<GoalView> goals,
        List<DevelopmentPlanView> developmentPlans) {}
