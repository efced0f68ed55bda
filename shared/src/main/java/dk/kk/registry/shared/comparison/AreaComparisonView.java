package dk.kk.registry.shared.comparison;

import dk.kk.registry.shared.area.DesignatedAreaView;
import dk.kk.registry.shared.common.Certainty;
import dk.kk.registry.shared.common.UncertainValue;
import java.util.List;

/**
 * One area's comparison; the values are null and status NO_DATA where a value is missing, never zero.
 *
 * <p>A value comes from a measurement for exactly the year asked for where there is one; otherwise from a
 * measurement whose stated period may be that year ("2024?", "2023/2024"), and then {@code valueCertainty} is
 * {@code POSSIBLE} and {@code periods} names the period as stated (several such measurements give the range of their
 * values); a value stated "ca." ({@code {"about": "20"}}) also makes it {@code POSSIBLE}. {@code leftOut} lists the area's measurements of the indicator that are not for a whole year and so take
 * no part. {@code designation} says whether the area was certainly or possibly designated on some day of the window
 * (null: on no day), by {@code designations}.
 */
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
        List<QualityNoteView> qualityNotes,
        Certainty valueCertainty,
        ComparisonPeriodsView periods,
        List<LeftOutMeasurementView> leftOut,
        Certainty designation,
        List<DesignatedAreaView> designations) {

    /** A value whose stated period only may be the year it stands for. */
    public record UncertainYear(String area, int year, String period) {}

    /** The values of this row whose period only may be their year, area and comparison area named. */
    public List<UncertainYear> uncertainYears(String comparison, int baseline, int status) {
        List<UncertainYear> uncertain = new java.util.ArrayList<>();
        if (periods == null) {
            return uncertain;
        }
        add(uncertain, area, baseline, periods.baseline());
        add(uncertain, area, status, periods.status());
        add(uncertain, comparison, baseline, periods.comparisonBaseline());
        add(uncertain, comparison, status, periods.comparisonStatus());
        return uncertain;
    }

    private static void add(List<UncertainYear> uncertain, String area, int year, String period) {
        if (period != null && !period.equals(Integer.toString(year))) {
            uncertain.add(new UncertainYear(area, year, period));
        }
    }
}
