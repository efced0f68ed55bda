package dk.kk.registry.shared.comparison;

import dk.kk.registry.shared.common.UncertainValue;
import java.util.List;

/** One area's comparison; the values are null and status NO_DATA where a value is missing, never zero. */
public record AreaComparisonView(
        String area,
        String status,
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
        PreTrendView preTrend,
        List<CategoryExposureView> interventions,
        List<QualityNoteView> qualityNotes) {
}
