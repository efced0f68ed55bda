package dk.kk.registry.shared.goal;

import dk.kk.registry.shared.common.UncertainValue;

/** The value at the baseline year, in the areas and in the comparison, each exact or a range or bound as stated. */
public record Baseline(int year, UncertainValue areaValue, UncertainValue comparisonValue) {}
