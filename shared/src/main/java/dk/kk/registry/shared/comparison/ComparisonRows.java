package dk.kk.registry.shared.comparison;

import dk.kk.registry.shared.common.ListPage;
import java.util.List;

/** A comparison as rows, one per area, for CSV. */
public record ComparisonRows(List<ComparisonRow> items, int page, int size, long total)
        implements ListPage<ComparisonRow> {

    public static ComparisonRows of(ComparisonView view) {
        List<ComparisonRow> rows = view.areas().stream()
                .map(a -> new ComparisonRow(
                        view.indicator(),
                        view.comparison(),
                        view.baseline(),
                        view.status(),
                        a.area(),
                        a.status(),
                        a.baselineValue(),
                        a.statusValue(),
                        a.absoluteChange(),
                        a.relativeChange(),
                        a.comparisonBaselineValue(),
                        a.comparisonStatusValue(),
                        a.gapAtBaseline(),
                        a.gapAtStatus(),
                        a.differenceInDifferences(),
                        a.gapClosedShare(),
                        a.preTrend() == null ? null : a.preTrend().fromYear(),
                        a.preTrend() == null ? null : a.preTrend().gapChangePerYear(),
                        String.join(
                                ", ",
                                a.interventions().stream()
                                        .map(c -> c.category() + " (" + c.firstYear() + ")")
                                        .toList()),
                        String.join(
                                " | ",
                                a.qualityNotes().stream()
                                        .map(n -> n.area() + " " + n.year() + ": " + n.note())
                                        .toList()),
                        a.valueCertainty(),
                        period(a, ComparisonPeriodsView::baseline),
                        period(a, ComparisonPeriodsView::status),
                        period(a, ComparisonPeriodsView::comparisonBaseline),
                        period(a, ComparisonPeriodsView::comparisonStatus),
                        a.designation()))
                .toList();
        return new ComparisonRows(rows, 0, rows.size(), rows.size());
    }

    private static String period(
            AreaComparisonView area, java.util.function.Function<ComparisonPeriodsView, String> which) {
        return area.periods() == null ? null : which.apply(area.periods());
    }
}
