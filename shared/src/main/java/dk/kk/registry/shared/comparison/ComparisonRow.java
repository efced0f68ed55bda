package dk.kk.registry.shared.comparison;

import java.math.BigDecimal;

/** One area of a comparison as a flat row, for CSV. */
public record ComparisonRow(
        String indicator,
        String comparison,
        int baseline,
        int status,
        String area,
        String dataStatus,
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
        Integer preTrendFromYear,
        BigDecimal preTrendGapChangePerYear,
        String interventionCategories,
        String qualityNotes) {
}
