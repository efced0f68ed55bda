package dk.kk.registry.shared.comparison;

import java.math.BigDecimal;
import java.util.List;

/** One area's comparison; the values are null and status NO_DATA where a value is missing, never zero. */
public record AreaComparisonView(
        String area,
        String status,
        BigDecimal baselineValue,
        BigDecimal statusValue,
        BigDecimal absoluteChange,
        BigDecimal relativeChange,
        BigDecimal comparisonBaselineValue,
        BigDecimal comparisonStatusValue,
        BigDecimal gapAtBaseline,
        BigDecimal gapAtStatus,
        BigDecimal differenceInDifferences,
        BigDecimal gapClosedShare,
        PreTrendView preTrend,
        List<CategoryExposureView> interventions,
        List<QualityNoteView> qualityNotes) {
}
