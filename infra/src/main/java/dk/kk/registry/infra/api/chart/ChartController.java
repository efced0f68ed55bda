package dk.kk.registry.infra.api.chart;

import dk.kk.registry.infra.api.StatisticsYears;
import dk.kk.registry.infra.gateway.Queries;
import dk.kk.registry.infra.http.BadInput;
import dk.kk.registry.infra.http.NotFound;
import dk.kk.registry.infra.http.Paging;
import dk.kk.registry.shared.area.AreaView;
import dk.kk.registry.shared.area.FindAreaQuery;
import dk.kk.registry.shared.common.UncertainValue;
import dk.kk.registry.shared.comparison.AreaComparisonView;
import dk.kk.registry.shared.comparison.ComparisonView;
import dk.kk.registry.shared.comparison.FindComparisonQuery;
import dk.kk.registry.shared.funding.FindFundingSummaryQuery;
import dk.kk.registry.shared.funding.FundingGroupBy;
import dk.kk.registry.shared.funding.FundingSummaryPage;
import dk.kk.registry.shared.funding.FundingTotalView;
import dk.kk.registry.shared.indicator.FindIndicatorQuery;
import dk.kk.registry.shared.indicator.IndicatorView;
import dk.kk.registry.shared.measurement.FindIndicatorSeriesQuery;
import dk.kk.registry.shared.measurement.IndicatorSeriesView;
import dk.kk.registry.shared.measurement.SeriesMeasurementView;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Server-drawn SVG charts (image/svg+xml, no JavaScript): an indicator's series against its comparison with the
 * baseline and status years marked, difference-in-differences by area, and funding by a grouping. Danish by default,
 * English with {@code lang=en}.
 */
@RestController
@RequestMapping(path = "/api/charts", produces = ChartController.SVG)
class ChartController {

    static final String SVG = "image/svg+xml";

    private final Queries queries;

    ChartController(Queries queries) {
        this.queries = queries;
    }

    @GetMapping("/series.svg")
    ResponseEntity<String> series(
            @RequestParam String indicator,
            @RequestParam List<String> area,
            @RequestParam(required = false) String comparison,
            @RequestParam(required = false) Integer baseline,
            @RequestParam(required = false) Integer status,
            @RequestParam(required = false) Instant asOf,
            @RequestParam(required = false) String lang,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        StatisticsYears.require(baseline, "baseline");
        StatisticsYears.require(status, "status");
        Labels labels = Labels.of(lang, acceptLanguage);
        IndicatorView definition = indicator(indicator, asOf);
        List<String> areas = new ArrayList<>(new LinkedHashSet<>(area));
        if (areas.size() > Svg.COLOURS.length - 1) {
            throw new BadInput("area", "at most " + (Svg.COLOURS.length - 1) + " areas in one chart");
        }
        String against = comparison == null || comparison.isBlank() ? "rest-of-copenhagen" : comparison;
        List<String> wanted = new ArrayList<>(areas);
        wanted.add(against);
        IndicatorSeriesView series = queries.one(
                new FindIndicatorSeriesQuery(indicator, wanted, null, null, asOf, 100_000), IndicatorSeriesView.class);
        List<Svg.Series> lines = new ArrayList<>();
        for (String each : wanted) {
            TreeMap<Integer, UncertainValue> points = new TreeMap<>();
            Map<Integer, String> notes = new HashMap<>();
            Map<Integer, SeriesMeasurementView> uncertain = new TreeMap<>();
            for (SeriesMeasurementView m : series.items()) {
                LocalDate from = m.period().from();
                LocalDate to = m.period().to();
                boolean wholeYears = from != null
                        && from.getDayOfYear() == 1
                        && to.getMonthValue() == 12
                        && to.getDayOfMonth() == 31;
                boolean openAtItsStart = from == null && m.period().stated() != null;
                boolean wholeYear = m.period().stated() == null && wholeYears && from.getYear() == to.getYear();
                if (m.area().equals(each) && wholeYear) {
                    points.put(from.getYear(), m.value());
                    if (m.qualityNote() != null && !m.qualityNote().isBlank()) {
                        notes.put(from.getYear(), m.qualityNote());
                    } else {
                        notes.remove(from.getYear());
                    }
                } else if (m.area().equals(each)
                        && (wholeYears || openAtItsStart)
                        && m.period().stated() != null) {
                    uncertain.putIfAbsent(to.getYear(), m);
                }
            }
            // A figure whose year is uncertain ("2023/2024", "2024?", or no later than a document, "../2024-11") is
            // drawn at the last year it may be for (the year a report's column gives, the document's year), where no
            // figure is for exactly that year, and noted with its period as
            // stated, as the comparison takes it (ADR 0016).
            uncertain.forEach((year, m) -> {
                if (!points.containsKey(year)) {
                    points.put(year, m.value());
                    notes.put(
                            year,
                            m.period().stated()
                                    + (m.qualityNote() == null
                                                    || m.qualityNote().isBlank()
                                            ? ""
                                            : ": " + m.qualityNote()));
                }
            });
            lines.add(new Svg.Series(areaName(each, asOf), points, notes, each.equals(against)));
        }
        List<Svg.Marker> markers = new ArrayList<>();
        if (baseline != null) {
            markers.add(new Svg.Marker(baseline, labels.baseline() + " " + baseline));
        }
        if (status != null) {
            markers.add(new Svg.Marker(status, labels.status() + " " + status));
        }
        String title = definition.name() + " (" + labels.unit(definition.unit().name()) + ")";
        boolean noted = lines.stream().anyMatch(l -> l.points().keySet().stream()
                .anyMatch(year -> l.notes().containsKey(year) && (year.equals(baseline) || year.equals(status))));
        String note = labels.comparisonDashed(areaName(against, asOf)) + (noted ? "; " + labels.qualityNoted() : "");
        return svg(
                Svg.lines(
                        title,
                        labels.year(),
                        labels.unit(definition.unit().name()),
                        lines,
                        markers,
                        note,
                        labels::number),
                indicator + "-series");
    }

    @GetMapping("/did.svg")
    ResponseEntity<String> differenceInDifferences(
            @RequestParam String indicator,
            @RequestParam(required = false) List<String> area,
            @RequestParam(required = false) String comparison,
            @RequestParam int baseline,
            @RequestParam int status,
            @RequestParam(required = false) Instant asOf,
            @RequestParam(required = false) String lang,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        Labels labels = Labels.of(lang, acceptLanguage);
        IndicatorView definition = indicator(indicator, asOf);
        if (status <= baseline) {
            throw new BadInput("status", "the status year must come after the baseline year");
        }
        String against = comparison == null || comparison.isBlank() ? "rest-of-copenhagen" : comparison;
        List<String> areas = area == null || area.isEmpty() ? List.of() : List.copyOf(new LinkedHashSet<>(area));
        if (areas.isEmpty()) {
            throw new BadInput("area", "name the areas to draw");
        }
        ComparisonView view = queries.one(
                new FindComparisonQuery(indicator, areas, against, baseline, status, asOf), ComparisonView.class);
        List<Svg.Bar> bars = new ArrayList<>();
        int missing = 0;
        for (AreaComparisonView row : view.areas()) {
            if (row.differenceInDifferences() == null) {
                missing++;
            } else {
                bars.add(new Svg.Bar(areaName(row.area(), asOf), List.of(row.differenceInDifferences())));
            }
        }
        String title = labels.did() + ": " + definition.name() + " " + baseline + "–" + status;
        return svg(
                Svg.bars(
                        title,
                        labels.area(),
                        labels.change(definition.unit().name()),
                        List.of(labels.didAgainst(areaName(against, asOf))),
                        bars,
                        missing == 0 ? null : labels.noData(missing),
                        labels::number),
                indicator + "-did");
    }

    @GetMapping("/funding.svg")
    ResponseEntity<String> funding(
            @RequestParam(required = false) String groupBy,
            @RequestParam(required = false) Instant asOf,
            @RequestParam(required = false) String lang,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        Labels labels = Labels.of(lang, acceptLanguage);
        FundingGroupBy grouping = FundingGroupBy.fromParameter(groupBy == null ? "year" : groupBy)
                .orElseThrow(() -> new BadInput(
                        "groupBy", "groupBy is one of sourceKind, source, year, area, administration, category"));
        FundingSummaryPage page = queries.one(
                new FindFundingSummaryQuery(grouping, null, null, null, asOf, 0, Paging.MAX_SIZE),
                FundingSummaryPage.class);
        List<Svg.Bar> bars = new ArrayList<>();
        for (FundingTotalView total : page.items()) {
            bars.add(new Svg.Bar(
                    total.group(),
                    java.util.Arrays.asList(
                            UncertainValue.exact(total.committed().amount()),
                            total.spent() == null
                                    ? null
                                    : UncertainValue.exact(total.spent().amount()))));
        }
        return svg(
                Svg.bars(
                        labels.funding(),
                        labels.grouping(grouping),
                        labels.unit("DKK"),
                        List.of(labels.committed(), labels.spent()),
                        bars,
                        null,
                        labels::number),
                "funding-" + grouping.name().toLowerCase(Locale.ROOT));
    }

    /** An area's name for the legend (the Danish names the registry keeps), its id when it has none. */
    private String areaName(String id, Instant asOf) {
        return queries.optional(new FindAreaQuery(id, asOf), AreaView.class)
                .map(AreaView::name)
                .filter(name -> !name.isBlank())
                .orElse(id);
    }

    private IndicatorView indicator(String id, Instant asOf) {
        return queries.optional(new FindIndicatorQuery(id, asOf), IndicatorView.class)
                .orElseThrow(() -> new NotFound("no indicator " + id));
    }

    /** Shown in the page, and saved under a name that says what it is when downloaded. */
    private static ResponseEntity<String> svg(String body, String name) {
        return ResponseEntity.ok()
                .header("Content-Type", SVG + ";charset=UTF-8")
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(name.replaceAll("[^A-Za-z0-9_-]", "_") + ".svg")
                                .build()
                                .toString())
                .body(body);
    }

    /**
     * The few words a chart needs, in Danish (default) or English: {@code lang=en}, or without {@code lang} an
     * {@code Accept-Language} whose most preferred language the registry speaks is English.
     */
    record Labels(boolean english) {

        static Labels of(String lang) {
            return new Labels("en".equalsIgnoreCase(lang));
        }

        static Labels of(String lang, String acceptLanguage) {
            if (lang != null && !lang.isBlank() || acceptLanguage == null || acceptLanguage.isBlank()) {
                return of(lang);
            }
            try {
                String preferred = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), List.of("da", "en"));
                return new Labels("en".equals(preferred));
            } catch (IllegalArgumentException unreadable) {
                return of(null);
            }
        }

        String year() {
            return english ? "Year" : "År";
        }

        String area() {
            return english ? "Area" : "Område";
        }

        String baseline() {
            return english ? "Baseline" : "Basisår";
        }

        String qualityNoted() {
            return english ? "* with a data-quality note" : "* med note om datakvalitet";
        }

        /** A decimal as the language writes it: a comma in Danish, a point in English; never rounded here. */
        String number(BigDecimal value) {
            String plain = value.toPlainString();
            return english ? plain : plain.replace('.', ',');
        }

        String grouping(FundingGroupBy groupBy) {
            return switch (groupBy) {
                case SOURCE_KIND -> english ? "Kind of source" : "Kildetype";
                case SOURCE -> english ? "Source" : "Kilde";
                case YEAR -> year();
                case AREA -> area();
                case ADMINISTRATION -> english ? "Lead administration" : "Ansvarlig forvaltning";
                case CATEGORY -> english ? "Category" : "Kategori";
            };
        }

        String status() {
            return "Status";
        }

        String did() {
            return english ? "Difference-in-differences" : "Forskel i forskelle";
        }

        String didAgainst(String comparison) {
            return (english ? "against " : "mod ") + comparison;
        }

        String comparisonDashed(String comparison) {
            return (english ? "Dashed: " : "Stiplet: ") + comparison;
        }

        String noData(int areas) {
            return english ? areas + " area(s) without data" : areas + " område(r) uden data";
        }

        String funding() {
            return english ? "Funding: committed and spent" : "Finansiering: bevilget og forbrugt";
        }

        String committed() {
            return english ? "Committed" : "Bevilget";
        }

        String spent() {
            return english ? "Spent" : "Forbrugt";
        }

        /** A difference of percentages is in percentage points. */
        String change(String unit) {
            if ("PERCENT".equals(unit)) {
                return english ? "percentage points" : "procentpoint";
            }
            return unit(unit);
        }

        String unit(String unit) {
            Map<String, String> danish = Map.of(
                    "PERCENT",
                    "procent",
                    "COUNT",
                    "antal",
                    "RATE_PER_1000",
                    "pr. 1.000",
                    "YEARS",
                    "år",
                    "INDEX",
                    "indeks",
                    "DKK",
                    "kr.");
            Map<String, String> plain = Map.of(
                    "PERCENT",
                    "percent",
                    "COUNT",
                    "count",
                    "RATE_PER_1000",
                    "per 1,000",
                    "YEARS",
                    "years",
                    "INDEX",
                    "index",
                    "DKK",
                    "DKK");
            return (english ? plain : danish).getOrDefault(unit, unit);
        }
    }
}
