package dk.kk.registry.shared.comparison;

import dk.kk.registry.shared.common.UncertainValue;

/** How the gap to the comparison moved per year before the baseline, from the earliest earlier year with data for both. */
public record PreTrendView(
        int fromYear,
        UncertainValue gapChangePerYear) {
}
