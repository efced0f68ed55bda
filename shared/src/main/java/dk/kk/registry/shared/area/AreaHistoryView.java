package dk.kk.registry.shared.area;

import java.util.List;

/** An area's timeline: its designations, the interventions active per year, and (where recorded) measurements and goals. */
public record AreaHistoryView(
        AreaView area,
        List<DesignationView> designations,
        List<AreaInterventionView> interventions,
        List<AreaYearView> years,
        List<Object> measurements,
        List<Object> goals) {
}
