package dk.kk.registry.shared.comparison;

import dk.kk.registry.shared.common.UncertainValue;
import dk.kk.registry.shared.intervention.InterventionCategory;

/**
 * One area of an exposure comparison as a flat row, for CSV: which side it is on ({@code EXPOSED} or
 * {@code NOT_EXPOSED}), its own difference-in-differences (empty with {@code NO_DATA}), its side's count and mean,
 * the difference of the means and the caveat that this is observational.
 */
public record ExposureRow(
        String indicator,
        InterventionCategory category,
        String comparison,
        int baseline,
        int status,
        String group,
        String area,
        String dataStatus,
        UncertainValue differenceInDifferences,
        int groupAreasWithData,
        UncertainValue groupMeanDifferenceInDifferences,
        UncertainValue differenceOfMeans,
        String caveat) {}
