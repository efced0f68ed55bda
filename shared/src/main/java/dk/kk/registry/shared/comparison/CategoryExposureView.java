package dk.kk.registry.shared.comparison;

import dk.kk.registry.shared.intervention.InterventionCategory;
import java.util.List;

/**
 * The interventions of one category that ran in the area during the window, and the year the category first reached
 * the area (the earliest year its dates allow; null when none states a start). {@code interventions} holds their titles (as it always has); {@code interventionRefs} the same
 * interventions by id and title, in the same order.
 */
public record CategoryExposureView(
        InterventionCategory category,
        Integer firstYear,
        List<String> interventions,
        List<InterventionReference> interventionRefs) {}
