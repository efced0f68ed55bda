package dk.kk.registry.shared.overlap;

import dk.kk.registry.shared.common.Certainty;
import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.intervention.InterventionCategory;
import dk.kk.registry.shared.intervention.TargetGroup;
import java.util.List;

/**
 * Two interventions of the same category in the same area, for a shared target group, in overlapping valid time:
 * the overlap runs from {@code from} to {@code to} (inclusive; to null while both are open-ended). {@code certainty}
 * says whether they certainly ran there together, whatever their true dates within what the sources state, or possibly.
 */
public record OverlapView(
        String area,
        InterventionCategory category,
        String firstId,
        String firstTitle,
        String secondId,
        String secondTitle,
        UncertainDate from,
        UncertainDate to,
        List<TargetGroup> targetGroups,
        Certainty certainty) {}
