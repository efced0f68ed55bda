package dk.kk.registry.shared.goal;

import java.math.BigDecimal;

/** The value at the baseline year, in the areas and in the comparison. */
public record Baseline(
        int year,
        BigDecimal areaValue,
        BigDecimal comparisonValue) {
}
