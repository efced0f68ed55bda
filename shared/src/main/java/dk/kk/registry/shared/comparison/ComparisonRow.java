package dk.kk.registry.shared.comparison;

import dk.kk.registry.shared.common.Certainty;
import dk.kk.registry.shared.common.UncertainValue;

/**
 * One area of a comparison as a flat row, for CSV; the periods are those the values were measured for as stated
 * ("2023/2024" where the year only may be the one asked for).
 */
public record ComparisonRow(
        String indicator,
        String comparison,
        int baseline,
        int status,
        String area,
        String dataStatus,
        UncertainValue baselineValue,
        UncertainValue statusValue,
        UncertainValue absoluteChange,
        UncertainValue relativeChange,
        UncertainValue comparisonBaselineValue,
        UncertainValue comparisonStatusValue,
        UncertainValue gapAtBaseline,
        UncertainValue gapAtStatus,
        UncertainValue differenceInDifferences,
        UncertainValue gapClosedShare,
        Integer preTrendFromYear,
        UncertainValue preTrendGapChangePerYear,
        String interventionCategories,
        String qualityNotes,
        Certainty valueCertainty,
        String baselinePeriod,
        String statusPeriod,
        String comparisonBaselinePeriod,
        String comparisonStatusPeriod,
        Certainty designation) {}
