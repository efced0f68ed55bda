package dk.kk.registry.shared.overlap;

import dk.kk.registry.shared.intervention.InterventionCategory;
import dk.kk.registry.shared.intervention.TargetGroup;
import java.time.LocalDate;
import java.util.List;

/**
 * Two interventions of the same category in the same area, for a shared target group, in overlapping valid time:
 * the overlap runs from {@code from} to {@code to} (inclusive; to null while both are open-ended).
 */
public record OverlapView(
        String area,
        InterventionCategory category,
        String firstId,
        String firstTitle,
        String secondId,
        String secondTitle,
        LocalDate from,
        LocalDate to,
        List<TargetGroup> targetGroups) {
}
