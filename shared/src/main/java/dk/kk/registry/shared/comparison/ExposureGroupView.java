package dk.kk.registry.shared.comparison;

import java.math.BigDecimal;
import java.util.List;

/** One side of an exposure comparison: its areas with data, the mean difference-in-differences, and the areas without data. */
public record ExposureGroupView(
        int areas,
        BigDecimal meanDifferenceInDifferences,
        List<String> areaIds,
        List<String> withoutData) {
}
