package dk.kk.registry.shared.comparison;

import dk.kk.registry.shared.common.ListPage;
import dk.kk.registry.shared.common.UncertainValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An exposure comparison as rows, one per area, exposed areas first, for CSV. */
public record ExposureRows(List<ExposureRow> items, int page, int size, long total) implements ListPage<ExposureRow> {

    public static final String EXPOSED = "EXPOSED";
    public static final String NOT_EXPOSED = "NOT_EXPOSED";

    /** The exposure's groups with each area's own difference-in-differences taken from the same comparison. */
    public static ExposureRows of(ExposureView exposure, ComparisonView comparison) {
        Map<String, AreaComparisonView> byArea = new HashMap<>();
        comparison.areas().forEach(a -> byArea.put(a.area(), a));
        List<ExposureRow> rows = new ArrayList<>();
        add(rows, exposure, EXPOSED, exposure.exposed(), byArea);
        add(rows, exposure, NOT_EXPOSED, exposure.notExposed(), byArea);
        return new ExposureRows(List.copyOf(rows), 0, rows.size(), rows.size());
    }

    private static void add(
            List<ExposureRow> rows,
            ExposureView exposure,
            String group,
            ExposureGroupView side,
            Map<String, AreaComparisonView> byArea) {
        List<String> areas = new ArrayList<>(side.areaIds());
        areas.addAll(side.withoutData());
        for (String area : areas) {
            AreaComparisonView compared = byArea.get(area);
            UncertainValue did = compared == null ? null : compared.differenceInDifferences();
            rows.add(new ExposureRow(
                    exposure.indicator(),
                    exposure.category(),
                    exposure.comparison(),
                    exposure.baseline(),
                    exposure.status(),
                    group,
                    area,
                    did == null ? "NO_DATA" : "OK",
                    did,
                    side.areas(),
                    side.meanDifferenceInDifferences(),
                    exposure.differenceOfMeans(),
                    exposure.caveat()));
        }
    }
}
