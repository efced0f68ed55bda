package dk.kk.registry.shared.comparison;

import java.math.BigDecimal;

/** How the gap to the comparison moved per year before the baseline, from the earliest earlier year with data for both. */
public record PreTrendView(
        int fromYear,
        BigDecimal gapChangePerYear) {
}
