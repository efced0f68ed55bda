package dk.kk.registry.query.comparison;

import dk.kk.registry.query.common.AsOf;
import dk.kk.registry.query.common.StoredValues;
import dk.kk.registry.shared.common.Certainty;
import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.common.UncertainValue;
import dk.kk.registry.shared.comparison.AreaComparisonView;
import dk.kk.registry.shared.comparison.CategoryExposureView;
import dk.kk.registry.shared.comparison.ComparisonView;
import dk.kk.registry.shared.comparison.ExposureGroupView;
import dk.kk.registry.shared.comparison.ExposureView;
import dk.kk.registry.shared.comparison.FindComparisonQuery;
import dk.kk.registry.shared.comparison.FindExposureQuery;
import dk.kk.registry.shared.comparison.InterventionReference;
import dk.kk.registry.shared.comparison.PreTrendView;
import dk.kk.registry.shared.comparison.QualityNoteView;
import dk.kk.registry.shared.intervention.InterventionCategory;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Compares an indicator's whole-year values in areas with a comparison area between a baseline and a status year,
 * and says which categories of intervention ran in each area in that window (valid time), all as of an instant.
 */
@Component
class ComparisonQueries {

    private final JdbcTemplate jdbc;

    ComparisonQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record Value(UncertainValue value, String note) {
    }

    @QueryHandler
    ComparisonView compare(FindComparisonQuery query) {
        Set<String> wanted = new LinkedHashSet<>(query.areas());
        wanted.add(query.comparison());
        Map<String, TreeMap<Integer, Value>> values = values(query, wanted);
        TreeMap<Integer, Value> comparison = values.getOrDefault(query.comparison(), new TreeMap<>());
        Map<String, List<CategoryExposureView>> exposure = exposure(query);
        List<AreaComparisonView> areas = new ArrayList<>();
        for (String area : query.areas()) {
            areas.add(compare(area, values.getOrDefault(area, new TreeMap<>()), comparison, query,
                    exposure.getOrDefault(area, List.of())));
        }
        return new ComparisonView(query.indicator(), query.comparison(), query.baseline(), query.status(), areas);
    }

    static final String OBSERVATIONAL = "Observational, not causal: the areas where this kind of intervention ran were "
            + "not chosen at random, and other things changed in them too. A difference here is a reason to look "
            + "closer, not evidence of an effect.";

    /** The mean difference-in-differences where the category ran in the window, against where it did not. */
    @QueryHandler
    ExposureView exposure(FindExposureQuery query) {
        ComparisonView comparison = compare(new FindComparisonQuery(query.indicator(), query.areas(),
                query.comparison(), query.baseline(), query.status(), query.asOf()));
        List<AreaComparisonView> exposed = new ArrayList<>();
        List<AreaComparisonView> notExposed = new ArrayList<>();
        for (AreaComparisonView area : comparison.areas()) {
            boolean ran = area.interventions().stream().anyMatch(c -> c.category() == query.category());
            (ran ? exposed : notExposed).add(area);
        }
        ExposureGroupView withCategory = group(exposed, query.category());
        ExposureGroupView without = group(notExposed, query.category());
        return new ExposureView(query.indicator(), query.category(), query.comparison(), query.baseline(),
                query.status(), withCategory, without, ComparisonArithmetic.change(
                        without.meanDifferenceInDifferences(), withCategory.meanDifferenceInDifferences()),
                OBSERVATIONAL);
    }

    private static ExposureGroupView group(List<AreaComparisonView> areas, InterventionCategory category) {
        List<String> withData = new ArrayList<>();
        List<String> withoutData = new ArrayList<>();
        Map<String, InterventionReference> interventions = new TreeMap<>();
        List<UncertainValue> differences = new ArrayList<>();
        for (AreaComparisonView area : areas) {
            area.interventions().stream().filter(c -> c.category() == category)
                    .flatMap(c -> c.interventionRefs().stream()).forEach(r -> interventions.putIfAbsent(r.id(), r));
            if (area.differenceInDifferences() == null) {
                withoutData.add(area.area());
            } else {
                withData.add(area.area());
                differences.add(area.differenceInDifferences());
            }
        }
        UncertainValue mean = ComparisonArithmetic.mean(differences);
        List<InterventionReference> byTitle = interventions.values().stream()
                .sorted(Comparator.comparing(InterventionReference::title).thenComparing(InterventionReference::id))
                .toList();
        return new ExposureGroupView(withData.size(), mean, withData, withoutData, byTitle);
    }

    private AreaComparisonView compare(String area, TreeMap<Integer, Value> own, TreeMap<Integer, Value> comparison,
            FindComparisonQuery query, List<CategoryExposureView> interventions) {
        Value baseline = own.get(query.baseline());
        Value status = own.get(query.status());
        Value comparisonBaseline = comparison.get(query.baseline());
        Value comparisonStatus = comparison.get(query.status());
        List<QualityNoteView> notes = new ArrayList<>();
        note(notes, area, query.baseline(), baseline);
        note(notes, area, query.status(), status);
        note(notes, query.comparison(), query.baseline(), comparisonBaseline);
        note(notes, query.comparison(), query.status(), comparisonStatus);
        UncertainValue b = baseline == null ? null : baseline.value();
        UncertainValue s = status == null ? null : status.value();
        UncertainValue cb = comparisonBaseline == null ? null : comparisonBaseline.value();
        UncertainValue cs = comparisonStatus == null ? null : comparisonStatus.value();
        UncertainValue gapAtBaseline = ComparisonArithmetic.gap(b, cb);
        UncertainValue gapAtStatus = ComparisonArithmetic.gap(s, cs);
        boolean complete = b != null && s != null && cb != null && cs != null;
        PreTrendView preTrend = preTrend(own, comparison, query.baseline(), gapAtBaseline);
        if (preTrend != null) {
            // The pre-trend's earlier year is a value the comparison used too, so its notes belong here.
            note(notes, area, preTrend.fromYear(), own.get(preTrend.fromYear()));
            note(notes, query.comparison(), preTrend.fromYear(), comparison.get(preTrend.fromYear()));
        }
        return new AreaComparisonView(area, complete ? "OK" : "NO_DATA", b, s, ComparisonArithmetic.change(b, s),
                ComparisonArithmetic.ratio(ComparisonArithmetic.change(b, s), b), cb, cs, gapAtBaseline, gapAtStatus,
                ComparisonArithmetic.change(gapAtBaseline, gapAtStatus),
                ComparisonArithmetic.gapClosedShare(gapAtBaseline, gapAtStatus), preTrend, interventions, notes);
    }

    /** From the earliest year before the baseline with values for both the area and the comparison. */
    private static PreTrendView preTrend(TreeMap<Integer, Value> own, TreeMap<Integer, Value> comparison,
            int baseline, UncertainValue gapAtBaseline) {
        if (gapAtBaseline == null) {
            return null;
        }
        for (Map.Entry<Integer, Value> earlier : own.headMap(baseline, false).entrySet()) {
            Value other = comparison.get(earlier.getKey());
            if (other != null) {
                UncertainValue gap = ComparisonArithmetic.gap(earlier.getValue().value(), other.value());
                return new PreTrendView(earlier.getKey(), ComparisonArithmetic.perYear(
                        ComparisonArithmetic.change(gap, gapAtBaseline), baseline - earlier.getKey()));
            }
        }
        return null;
    }

    private static void note(List<QualityNoteView> notes, String area, int year, Value value) {
        if (value != null && value.note() != null && !value.note().isBlank()) {
            notes.add(new QualityNoteView(area, year, value.note()));
        }
    }

    private Map<String, TreeMap<Integer, Value>> values(FindComparisonQuery query, Set<String> areas) {
        List<Object> args = new ArrayList<>();
        args.add(query.indicator());
        args.add(areas.toArray(String[]::new));
        args.add(query.status());
        String asOf = AsOf.condition("", query.asOf(), args);
        Map<String, TreeMap<Integer, Value>> values = new HashMap<>();
        jdbc.query("""
                SELECT area_id, EXTRACT(YEAR FROM period_from)::int AS year, value_form, value_low, value_high,
                       quality_note
                FROM measurement_version
                WHERE indicator_id = ? AND area_id = ANY (?) AND NOT retracted AND period_stated IS NULL
                  AND period_to = make_date(EXTRACT(YEAR FROM period_from)::int, 12, 31)
                  AND EXTRACT(MONTH FROM period_from) = 1 AND EXTRACT(DAY FROM period_from) = 1
                  AND EXTRACT(YEAR FROM period_from) <= ? AND
                """ + asOf,
                rs -> {
                    values.computeIfAbsent(rs.getString(1), a -> new TreeMap<>())
                            .put(rs.getInt(2), new Value(StoredValues.value(rs, "value"), rs.getString(6)));
                }, args.toArray());
        return values;
    }

    /**
     * Per area, the categories of intervention that ran there at some time in the window, each with the year it first
     * reached the area (which may be before the window). One query for all the areas, not one per area.
     */
    private Map<String, List<CategoryExposureView>> exposure(FindComparisonQuery query) {
        List<Object> args = new ArrayList<>();
        String asOf = AsOf.interval("v", query.asOf(), args);
        String[] areas = query.areas().toArray(String[]::new);
        args.add(areas);
        args.add(areas);
        LocalDate windowStart = LocalDate.of(query.baseline(), 1, 1);
        LocalDate windowEnd = LocalDate.of(query.status(), 12, 31);
        Map<String, Map<InterventionCategory, Integer>> firstYear = new HashMap<>();
        Map<String, Map<InterventionCategory, Map<String, InterventionReference>>> inWindow = new HashMap<>();
        jdbc.query("""
                SELECT a ->> 'key', v.category, v.title, a ->> 'effectiveFrom',
                       COALESCE(a ->> 'effectiveTo', v.ended_on_stated, v.planned_end_stated), v.intervention_id
                FROM intervention_version v, jsonb_array_elements(v.doc -> 'areas') a
                WHERE
                """ + asOf + " AND v.area_ids && ?::text[] AND a ->> 'key' = ANY (?)",
                rs -> {
                    String area = rs.getString(1);
                    InterventionCategory category = InterventionCategory.valueOf(rs.getString(2));
                    UncertainDate from = UncertainDate.parse(rs.getString(4));
                    UncertainDate end = rs.getString(5) == null ? null : UncertainDate.parse(rs.getString(5));
                    LocalDate first = from.earliest() != null ? from.earliest() : from.latest();
                    if (first != null) {
                        firstYear.computeIfAbsent(area, a -> new TreeMap<>())
                                .merge(category, first.getYear(), Math::min);
                    }
                    Certainty ran = Certainty.ranWithin(from, end, windowStart, windowEnd);
                    if (ran != null) {
                        inWindow.computeIfAbsent(area, a -> new TreeMap<>())
                                .computeIfAbsent(category, c -> new HashMap<>())
                                .merge(rs.getString(6), new InterventionReference(rs.getString(6), rs.getString(3),
                                        ran), (a, b) -> a.certainty() == Certainty.CERTAIN ? a : b);
                    }
                }, args.toArray());
        Map<String, List<CategoryExposureView>> exposure = new HashMap<>();
        inWindow.forEach((area, categories) -> {
            List<CategoryExposureView> views = new ArrayList<>();
            categories.forEach((category, byId) -> {
                List<InterventionReference> references = byId.values().stream()
                        .sorted(Comparator.comparing(InterventionReference::title)
                                .thenComparing(InterventionReference::id))
                        .toList();
                List<String> titles = List.copyOf(new TreeSet<>(references.stream()
                        .map(InterventionReference::title).toList()));
                views.add(new CategoryExposureView(category, firstYear.getOrDefault(area, Map.of()).get(category),
                        titles, references));
            });
            exposure.put(area, List.copyOf(views));
        });
        return exposure;
    }
}
