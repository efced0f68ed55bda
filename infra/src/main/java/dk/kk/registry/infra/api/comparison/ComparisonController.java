package dk.kk.registry.infra.api.comparison;

import dk.kk.registry.infra.api.StatisticsYears;
import dk.kk.registry.infra.gateway.Queries;
import dk.kk.registry.infra.http.BadInput;
import dk.kk.registry.infra.http.Paging;
import dk.kk.registry.shared.area.AreaKind;
import dk.kk.registry.shared.area.AreaPage;
import dk.kk.registry.shared.area.AreaView;
import dk.kk.registry.shared.area.DesignatedAreaView;
import dk.kk.registry.shared.area.DesignationList;
import dk.kk.registry.shared.area.FindAreaQuery;
import dk.kk.registry.shared.area.FindDesignatedAreasQuery;
import dk.kk.registry.shared.area.ListAreasQuery;
import dk.kk.registry.shared.comparison.ComparisonRows;
import dk.kk.registry.shared.comparison.ComparisonView;
import dk.kk.registry.shared.comparison.ExposureRows;
import dk.kk.registry.shared.comparison.ExposureView;
import dk.kk.registry.shared.comparison.FindComparisonQuery;
import dk.kk.registry.shared.comparison.FindExposureQuery;
import dk.kk.registry.shared.indicator.FindIndicatorQuery;
import dk.kk.registry.shared.indicator.IndicatorView;
import dk.kk.registry.shared.intervention.InterventionCategory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Evaluators' comparisons: an indicator in areas against a comparison area (default the rest of the city) between a
 * baseline and a status year, with the interventions that ran there in that window.
 */
@RestController
@RequestMapping(path = "/api/comparisons", produces = MediaType.APPLICATION_JSON_VALUE)
class ComparisonController {

    static final String DEFAULT_COMPARISON = "rest-of-copenhagen";

    private final Queries queries;

    ComparisonController(Queries queries) {
        this.queries = queries;
    }

    @GetMapping
    ComparisonView compare(
            @RequestParam String indicator,
            @RequestParam(required = false) List<String> area,
            @RequestParam(required = false) String comparison,
            @RequestParam int baseline,
            @RequestParam int status,
            @RequestParam(required = false) Instant asOf) {
        Window window = window(indicator, area, comparison, baseline, status, asOf);
        return queries.one(
                new FindComparisonQuery(indicator, window.areas(), window.comparison(), baseline, status, asOf),
                ComparisonView.class);
    }

    /** The same comparison as CSV, one row per area (Danish Excel opens it as is). */
    @GetMapping(produces = "text/csv")
    ComparisonRows compareAsCsv(
            @RequestParam String indicator,
            @RequestParam(required = false) List<String> area,
            @RequestParam(required = false) String comparison,
            @RequestParam int baseline,
            @RequestParam int status,
            @RequestParam(required = false) Instant asOf) {
        return ComparisonRows.of(compare(indicator, area, comparison, baseline, status, asOf));
    }

    /** Areas where a category of intervention ran in the window against those where it did not. */
    @GetMapping("/exposure")
    ExposureView exposure(
            @RequestParam String indicator,
            @RequestParam InterventionCategory category,
            @RequestParam(required = false) List<String> area,
            @RequestParam(required = false) String comparison,
            @RequestParam int baseline,
            @RequestParam int status,
            @RequestParam(required = false) Instant asOf) {
        return exposure(
                window(indicator, area, comparison, baseline, status, asOf),
                indicator,
                category,
                baseline,
                status,
                asOf);
    }

    /** The exposure comparison as CSV, one row per area with its side, its own figure and its side's mean. */
    @GetMapping(path = "/exposure", produces = "text/csv")
    ExposureRows exposureAsCsv(
            @RequestParam String indicator,
            @RequestParam InterventionCategory category,
            @RequestParam(required = false) List<String> area,
            @RequestParam(required = false) String comparison,
            @RequestParam int baseline,
            @RequestParam int status,
            @RequestParam(required = false) Instant asOf) {
        Window window = window(indicator, area, comparison, baseline, status, asOf);
        ExposureView exposure = exposure(window, indicator, category, baseline, status, asOf);
        ComparisonView compared = queries.one(
                new FindComparisonQuery(indicator, window.areas(), window.comparison(), baseline, status, asOf),
                ComparisonView.class);
        return ExposureRows.of(exposure, compared);
    }

    private ExposureView exposure(
            Window window, String indicator, InterventionCategory category, int baseline, int status, Instant asOf) {
        return queries.one(
                new FindExposureQuery(indicator, category, window.areas(), window.comparison(), baseline, status, asOf),
                ExposureView.class);
    }

    private record Window(List<String> areas, String comparison) {}

    private Window window(
            String indicator, List<String> area, String comparison, int baseline, int status, Instant asOf) {
        StatisticsYears.require(baseline, "baseline");
        StatisticsYears.require(status, "status");
        if (status <= baseline) {
            throw new BadInput("status", "the status year must come after the baseline year");
        }
        queries.optional(new FindIndicatorQuery(indicator, asOf), IndicatorView.class)
                .orElseThrow(() -> new BadInput("indicator", "unknown indicator '" + indicator + "'"));
        String against = comparison == null || comparison.isBlank() ? DEFAULT_COMPARISON : comparison;
        requireArea(against, "comparison", asOf);
        List<String> areas;
        if (area == null || area.isEmpty()) {
            areas = designatedIn(baseline, status, asOf);
        } else {
            if (area.size() > Paging.MAX_SIZE) {
                throw new BadInput("area", "at most " + Paging.MAX_SIZE + " areas");
            }
            areas = List.copyOf(new LinkedHashSet<>(area));
            Set<String> known = knownAreas(asOf);
            areas.stream().filter(a -> !known.contains(a)).findFirst().ifPresent(unknown -> {
                throw new BadInput("area", "unknown area '" + unknown + "'");
            });
        }
        return new Window(areas, against);
    }

    /**
     * The areas on the municipality's list on some day of the window, certainly or possibly, by the designations'
     * dates as their sources state them (the one rule for valid time, {@code Certainty.ranWithin}): in the order of
     * the municipal-designated areas, then any other area on the list. An area whose designation ended before the
     * window or began after it is not among them; one designated "2011 or before" is.
     */
    private List<String> designatedIn(int baseline, int status, Instant asOf) {
        Set<String> designated = new LinkedHashSet<>();
        queries.list(
                        new FindDesignatedAreasQuery(
                                DesignationList.MUNICIPAL_VULNERABLE,
                                LocalDate.of(baseline, 1, 1),
                                LocalDate.of(status, 12, 31),
                                null,
                                asOf),
                        DesignatedAreaView.class)
                .forEach(d -> designated.add(d.areaId()));
        List<String> ordered = new ArrayList<>();
        queries
                .one(new ListAreasQuery(AreaKind.MUNICIPAL_DESIGNATED, asOf, 0, Paging.MAX_SIZE), AreaPage.class)
                .items()
                .stream()
                .map(AreaView::id)
                .filter(designated::contains)
                .forEach(ordered::add);
        designated.stream().filter(a -> !ordered.contains(a)).forEach(ordered::add);
        return List.copyOf(ordered);
    }

    /** Every area's id as of the instant, read in pages: a few queries however many areas are asked for. */
    private Set<String> knownAreas(Instant asOf) {
        Set<String> known = new HashSet<>();
        for (int page = 0; ; page++) {
            AreaPage areas = queries.one(new ListAreasQuery(null, asOf, page, Paging.MAX_SIZE), AreaPage.class);
            areas.items().forEach(a -> known.add(a.id()));
            if (areas.items().size() < Paging.MAX_SIZE || (long) (page + 1) * Paging.MAX_SIZE >= areas.total()) {
                return known;
            }
        }
    }

    private void requireArea(String id, String field, Instant asOf) {
        queries.optional(new FindAreaQuery(id, asOf), AreaView.class)
                .orElseThrow(() -> new BadInput(field, "unknown area '" + id + "'"));
    }
}
