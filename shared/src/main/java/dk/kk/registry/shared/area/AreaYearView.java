package dk.kk.registry.shared.area;

import java.util.List;

/** The interventions that ran in an area in one year (valid time), by id and title. */
public record AreaYearView(
        int year,
        List<AreaInterventionView> interventions) {
}
