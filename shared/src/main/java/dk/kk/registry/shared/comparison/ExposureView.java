package dk.kk.registry.shared.comparison;

import dk.kk.registry.shared.common.UncertainValue;
import dk.kk.registry.shared.intervention.InterventionCategory;

/** Areas exposed to a category of intervention in the window against areas not exposed; observational, not causal. */
public record ExposureView(
        String indicator,
        InterventionCategory category,
        String comparison,
        int baseline,
        int status,
        ExposureGroupView exposed,
        ExposureGroupView notExposed,
        UncertainValue differenceOfMeans,
        String caveat) {}
