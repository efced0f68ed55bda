package dk.kk.registry.query.comparison;

import dk.kk.registry.query.area.DesignationsHeld;
import dk.kk.registry.query.common.AsOf;
import dk.kk.registry.query.common.StoredValues;
import dk.kk.registry.shared.area.DesignatedAreaView;
import dk.kk.registry.shared.area.DesignatedAreasTogether;
import dk.kk.registry.shared.area.FindDesignatedAreasQuery;
import dk.kk.registry.shared.common.Certainty;
import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.common.UncertainValue;
import dk.kk.registry.shared.comparison.AreaComparisonView;
import dk.kk.registry.shared.comparison.CategoryExposureView;
import dk.kk.registry.shared.comparison.ComparisonPeriodsView;
import dk.kk.registry.shared.comparison.ComparisonView;
import dk.kk.registry.shared.comparison.ExposureGroupView;
import dk.kk.registry.shared.comparison.ExposureView;
import dk.kk.registry.shared.comparison.FindComparisonQuery;
import dk.kk.registry.shared.comparison.FindExposureQuery;
import dk.kk.registry.shared.comparison.InterventionReference;
import dk.kk.registry.shared.comparison.LeftOutMeasurementView;
import dk.kk.registry.shared.comparison.PreTrendView;
import dk.kk.registry.shared.comparison.QualityNoteView;
import dk.kk.registry.shared.intervention.InterventionCategory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
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
    private final DesignationsHeld held;

    ComparisonQueries(JdbcTemplate jdbc, DesignationsHeld held) {
        this.jdbc = jdbc;
        this.held = held;
    }

    /** One year's value: from a measurement for exactly that year, or (POSSIBLE) from ones that may be for it. */
    private record Value(UncertainValue value, String note, String period, Certainty certainty, Set<String> ids) {}

    /** A measurement whose stated period may be any whole year from {@code fromYear} to {@code toYear}. */
    private record Possible(String id, int fromYear, int toYear, UncertainValue value, String note, String period) {}

    /** An area's measurements of the indicator: by exact year, those whose year is uncertain, those left out. */
    private static final class Series {
        final TreeMap<Integer, Value> exact = new TreeMap<>();
        final List<Possible> possible = new ArrayList<>();
        final List<LeftOutMeasurementView> leftOut = new ArrayList<>();

        /** The value for a year: the exact one, else the range of every value that may be for it, else null. */
        Value at(int year) {
            return at(year, null);
        }

        /**
         * The same, leaving out the measurements another year's value already stands on: one figure cannot be both a
         * year's and another's, so it is never compared with itself.
         */
        Value at(int year, Value taken) {
            Value certain = exact.get(year);
            if (certain != null) {
                return certain;
            }
            Set<String> used = taken == null ? Set.of() : taken.ids();
            List<Possible> candidates = possible.stream()
                    .filter(p -> p.fromYear() <= year && year <= p.toYear())
                    .filter(p -> !used.contains(p.id()))
                    .toList();
            if (candidates.isEmpty()) {
                return null;
            }
            UncertainValue hull = candidates.get(0).value();
            for (Possible candidate : candidates.subList(1, candidates.size())) {
                hull = hull(hull, candidate.value());
            }
            String notes = String.join(
                    " ",
                    candidates.stream()
                            .map(Possible::note)
                            .filter(n -> n != null && !n.isBlank())
                            .toList());
            return new Value(
                    hull,
                    notes.isBlank() ? null : notes,
                    String.join(", ", candidates.stream().map(Possible::period).toList()),
                    Certainty.POSSIBLE,
                    Set.copyOf(candidates.stream().map(Possible::id).toList()));
        }

        /** Every year some value is or may be for, latest first. */
        TreeSet<Integer> years() {
            TreeSet<Integer> years = new TreeSet<>(exact.keySet());
            possible.forEach(p -> {
                for (int y = p.fromYear(); y <= p.toYear(); y++) {
                    years.add(y);
                }
            });
            return years;
        }
    }

    /** The least range holding both values (an open bound stays open). */
    static UncertainValue hull(UncertainValue a, UncertainValue b) {
        BigDecimal low = a.low() == null || b.low() == null ? null : a.low().min(b.low());
        BigDecimal high = a.high() == null || b.high() == null ? null : a.high().max(b.high());
        UncertainValue hull = low == null
                ? UncertainValue.below(high)
                : high == null ? UncertainValue.above(low) : UncertainValue.range(low, high);
        return a.isApproximate() || b.isApproximate() ? hull.approximately() : hull;
    }

    @QueryHandler
    ComparisonView compare(FindComparisonQuery query) {
        Set<String> wanted = new LinkedHashSet<>(query.areas());
        wanted.add(query.comparison());
        Map<String, Series> values = values(query, wanted);
        Series comparison = values.getOrDefault(query.comparison(), new Series());
        Map<String, List<DesignatedAreaView>> designations = designations(query);
        Map<String, List<CategoryExposureView>> exposure = exposure(query, designations);
        List<AreaComparisonView> areas = new ArrayList<>();
        for (String area : query.areas()) {
            areas.add(compare(
                    area,
                    values.getOrDefault(area, new Series()),
                    comparison,
                    query,
                    exposure.getOrDefault(area, List.of()),
                    designations.getOrDefault(area, List.of())));
        }
        return new ComparisonView(query.indicator(), query.comparison(), query.baseline(), query.status(), areas);
    }

    static final String OBSERVATIONAL = "Observational, not causal: the areas where this kind of intervention ran were "
            + "not chosen at random, and other things changed in them too. A difference here is a reason to look "
            + "closer, not evidence of an effect.";

    /** The mean difference-in-differences where the category ran in the window, against where it did not. */
    @QueryHandler
    ExposureView exposure(FindExposureQuery query) {
        ComparisonView comparison = compare(new FindComparisonQuery(
                query.indicator(), query.areas(), query.comparison(), query.baseline(), query.status(), query.asOf()));
        List<AreaComparisonView> exposed = new ArrayList<>();
        List<AreaComparisonView> notExposed = new ArrayList<>();
        for (AreaComparisonView area : comparison.areas()) {
            boolean ran = area.interventions().stream().anyMatch(c -> c.category() == query.category());
            (ran ? exposed : notExposed).add(area);
        }
        ExposureGroupView withCategory = group(exposed, query.category());
        ExposureGroupView without = group(notExposed, query.category());
        return new ExposureView(
                query.indicator(),
                query.category(),
                query.comparison(),
                query.baseline(),
                query.status(),
                withCategory,
                without,
                ComparisonArithmetic.change(
                        without.meanDifferenceInDifferences(), withCategory.meanDifferenceInDifferences()),
                OBSERVATIONAL);
    }

    private static ExposureGroupView group(List<AreaComparisonView> areas, InterventionCategory category) {
        List<String> withData = new ArrayList<>();
        List<String> withoutData = new ArrayList<>();
        List<String> possible = new ArrayList<>();
        Map<String, InterventionReference> interventions = new TreeMap<>();
        List<UncertainValue> differences = new ArrayList<>();
        for (AreaComparisonView area : areas) {
            area.interventions().stream()
                    .filter(c -> c.category() == category)
                    .flatMap(c -> c.interventionRefs().stream())
                    .forEach(r -> interventions.putIfAbsent(r.id(), r));
            if (area.differenceInDifferences() == null) {
                withoutData.add(area.area());
            } else {
                withData.add(area.area());
                differences.add(area.differenceInDifferences());
                if (area.valueCertainty() == Certainty.POSSIBLE) {
                    possible.add(area.area());
                }
            }
        }
        UncertainValue mean = ComparisonArithmetic.mean(differences);
        List<InterventionReference> byTitle = interventions.values().stream()
                .sorted(Comparator.comparing(InterventionReference::title).thenComparing(InterventionReference::id))
                .toList();
        return new ExposureGroupView(withData.size(), mean, withData, withoutData, byTitle, possible);
    }

    private AreaComparisonView compare(
            String area,
            Series own,
            Series comparison,
            FindComparisonQuery query,
            List<CategoryExposureView> interventions,
            List<DesignatedAreaView> designations) {
        Value baseline = own.at(query.baseline());
        Value status = own.at(query.status(), baseline);
        Value comparisonBaseline = comparison.at(query.baseline());
        Value comparisonStatus = comparison.at(query.status(), comparisonBaseline);
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
        PreTrendView preTrend =
                preTrend(own, comparison, query.baseline(), gapAtBaseline, baseline, comparisonBaseline);
        if (preTrend != null) {
            // The pre-trend's earlier year is a value the comparison used too, so its notes belong here.
            note(notes, area, preTrend.fromYear(), own.at(preTrend.fromYear(), baseline));
            note(
                    notes,
                    query.comparison(),
                    preTrend.fromYear(),
                    comparison.at(preTrend.fromYear(), comparisonBaseline));
        }
        Certainty valueCertainty = certainty(baseline, status, comparisonBaseline, comparisonStatus);
        ComparisonPeriodsView periods = new ComparisonPeriodsView(
                period(baseline), period(status), period(comparisonBaseline), period(comparisonStatus));
        List<LeftOutMeasurementView> leftOut = new ArrayList<>(own.leftOut);
        if (!query.comparison().equals(area)) {
            leftOut.addAll(comparison.leftOut);
        }
        Certainty designated = null;
        for (DesignatedAreaView designation : designations) {
            designated = designated == Certainty.CERTAIN ? designated : designation.certainty();
        }
        return new AreaComparisonView(
                area,
                complete ? "OK" : "NO_DATA",
                b,
                s,
                ComparisonArithmetic.change(b, s),
                ComparisonArithmetic.ratio(ComparisonArithmetic.change(b, s), b),
                cb,
                cs,
                gapAtBaseline,
                gapAtStatus,
                ComparisonArithmetic.change(gapAtBaseline, gapAtStatus),
                ComparisonArithmetic.gapClosedShare(gapAtBaseline, gapAtStatus),
                preTrend,
                interventions,
                notes,
                valueCertainty,
                periods,
                List.copyOf(leftOut),
                designated,
                designations);
    }

    /**
     * CERTAIN when every value there is is for exactly its year and not approximate; POSSIBLE when one only may be for
     * its year or is stated "ca."; null with none.
     */
    private static Certainty certainty(Value... values) {
        Certainty certainty = null;
        for (Value value : values) {
            if (value != null) {
                certainty = certainty == null ? value.certainty() : certainty.and(value.certainty());
            }
        }
        return certainty;
    }

    private static String period(Value value) {
        return value == null ? null : value.period();
    }

    /**
     * From the earliest year before the baseline with values for both the area and the comparison (a year a value
     * only may be for counts, and makes the pre-trend POSSIBLE).
     */
    private static PreTrendView preTrend(
            Series own,
            Series comparison,
            int baseline,
            UncertainValue gapAtBaseline,
            Value ownBaseline,
            Value comparisonBaseline) {
        if (gapAtBaseline == null) {
            return null;
        }
        Certainty baselineCertainty = certainty(ownBaseline, comparisonBaseline);
        for (int year : own.years().headSet(baseline, false)) {
            Value mine = own.at(year, ownBaseline);
            Value other = comparison.at(year, comparisonBaseline);
            if (mine != null && other != null) {
                UncertainValue gap = ComparisonArithmetic.gap(mine.value(), other.value());
                UncertainValue perYear =
                        ComparisonArithmetic.perYear(ComparisonArithmetic.change(gap, gapAtBaseline), baseline - year);
                return new PreTrendView(year, perYear, certainty(mine, other).and(baselineCertainty));
            }
        }
        return null;
    }

    private static void note(List<QualityNoteView> notes, String area, int year, Value value) {
        if (value != null && value.note() != null && !value.note().isBlank()) {
            notes.add(new QualityNoteView(area, year, value.note()));
        }
    }

    /**
     * The indicator's measurements in the areas up to the status year. A measurement for exactly one calendar year
     * is that year's; one whose stated period is uncertain but spans whole years ("2024?", "2023/2024") may be any of
     * them; one open at its start ("../2024-11") may be any year of the window up to its bound's; any other (a month, a two-year figure, a period not in whole years) is left out and listed as such.
     */
    private Map<String, Series> values(FindComparisonQuery query, Set<String> areas) {
        List<Object> args = new ArrayList<>();
        args.add(query.indicator());
        args.add(areas.toArray(String[]::new));
        args.add(query.status());
        String asOf = AsOf.condition("", query.asOf(), args);
        Map<String, Series> values = new HashMap<>();
        jdbc.query(
                """
                SELECT area_id, period_from, period_to, period_stated, value_form, value_low, value_high,
                       quality_note, measurement_id
                FROM measurement_version
                WHERE indicator_id = ? AND area_id = ANY (?) AND NOT retracted
                  AND (period_from IS NULL OR EXTRACT(YEAR FROM period_from) <= ?) AND
                """ + asOf + " ORDER BY area_id, period_from NULLS FIRST, period_to, measurement_id",
                rs -> {
                    Series series = values.computeIfAbsent(rs.getString(1), a -> new Series());
                    LocalDate from = rs.getObject(2, LocalDate.class);
                    LocalDate to = rs.getObject(3, LocalDate.class);
                    String stated = rs.getString(4);
                    boolean wholeYears = from != null
                            && from.getDayOfYear() == 1
                            && to.getMonthValue() == 12
                            && to.getDayOfMonth() == 31;
                    UncertainValue value = StoredValues.value(rs, "value");
                    String note = rs.getString(8);
                    if (wholeYears && stated == null && from.getYear() == to.getYear()) {
                        series.exact.put(
                                from.getYear(),
                                new Value(
                                        value,
                                        note,
                                        Integer.toString(from.getYear()),
                                        // "ca. 20" for exactly its year is still no certain figure
                                        value.isApproximate() ? Certainty.POSSIBLE : Certainty.CERTAIN,
                                        Set.of(rs.getString(9))));
                    } else if (wholeYears && stated != null) {
                        series.possible.add(
                                new Possible(rs.getString(9), from.getYear(), to.getYear(), value, note, stated));
                    } else if (from == null) {
                        // No later than its bound ("../2024-11", a figure a document reports without its year): it
                        // may be any year of the window up to the bound's, never certainly one, and it is no year
                        // before the baseline, so it makes no pre-trend (ADR 0016).
                        series.possible.add(
                                new Possible(rs.getString(9), query.baseline(), to.getYear(), value, note, stated));
                    } else {
                        series.leftOut.add(new LeftOutMeasurementView(
                                rs.getString(1), rs.getString(9), stated != null ? stated : notation(from, to)));
                    }
                },
                args.toArray());
        return values;
    }

    /** An exact period as written: a day, a month, or its first and last day. */
    private static String notation(LocalDate from, LocalDate to) {
        if (from.equals(to)) {
            return from.toString();
        }
        if (from.getDayOfMonth() == 1 && to.equals(from.withDayOfMonth(from.lengthOfMonth()))) {
            return YearMonth.from(from).toString();
        }
        return from + "/" + to;
    }

    /** An intervention that ran in the area in the window, listed once per area, as surely as either listing says. */
    private static void ranIn(
            Map<String, Map<InterventionCategory, Map<String, InterventionReference>>> inWindow,
            String area,
            InterventionCategory category,
            InterventionReference reference) {
        inWindow.computeIfAbsent(area, a -> new TreeMap<>())
                .computeIfAbsent(category, c -> new HashMap<>())
                .merge(reference.id(), reference, (a, b) -> a.certainty() == Certainty.CERTAIN ? a : b);
    }

    /** Per area, its designations (on any list) that certainly or possibly held on some day of the window. */
    private Map<String, List<DesignatedAreaView>> designations(FindComparisonQuery query) {
        Map<String, List<DesignatedAreaView>> designations = new HashMap<>();
        held.held(
                        new FindDesignatedAreasQuery(
                                null,
                                LocalDate.of(query.baseline(), 1, 1),
                                LocalDate.of(query.status(), 12, 31),
                                null,
                                query.asOf()),
                        query.areas())
                .forEach(d -> designations
                        .computeIfAbsent(d.areaId(), a -> new ArrayList<>())
                        .add(d));
        return designations;
    }

    /**
     * Per area, the categories of intervention that ran there at some time in the window, each with the year it first
     * reached the area (which may be before the window). One query for all the areas, not one per area. An
     * intervention recorded for the designated areas together ran possibly, never certainly, in an area while one of
     * its {@code designations} held: its span cut to the designation's must be possible in the window (ADR 0015). It
     * is marked through that aggregate and gives the area no first year, since it may never have reached the area.
     */
    private Map<String, List<CategoryExposureView>> exposure(
            FindComparisonQuery query, Map<String, List<DesignatedAreaView>> designations) {
        List<Object> args = new ArrayList<>();
        String asOf = AsOf.interval("v", query.asOf(), args);
        Set<String> keys = new LinkedHashSet<>(query.areas());
        keys.add(DesignatedAreasTogether.ID);
        String[] areas = keys.toArray(String[]::new);
        args.add(areas);
        args.add(areas);
        LocalDate windowStart = LocalDate.of(query.baseline(), 1, 1);
        LocalDate windowEnd = LocalDate.of(query.status(), 12, 31);
        Map<String, Map<InterventionCategory, Integer>> firstYear = new HashMap<>();
        Map<String, Map<InterventionCategory, Map<String, InterventionReference>>> inWindow = new HashMap<>();
        jdbc.query(
                """
                SELECT a ->> 'key', v.category, v.title, a ->> 'effectiveFrom',
                       COALESCE(a ->> 'effectiveTo', v.ended_on_stated, v.planned_end_stated), v.intervention_id
                FROM intervention_version v, jsonb_array_elements(v.doc -> 'areas') a
                WHERE
                """ + asOf + " AND v.area_ids && ?::text[] AND a ->> 'key' = ANY (?)",
                rs -> {
                    String key = rs.getString(1);
                    InterventionCategory category = InterventionCategory.valueOf(rs.getString(2));
                    UncertainDate from = UncertainDate.parse(rs.getString(4));
                    UncertainDate end = rs.getString(5) == null ? null : UncertainDate.parse(rs.getString(5));
                    String id = rs.getString(6);
                    String title = rs.getString(3);
                    if (query.areas().contains(key)) {
                        LocalDate first = from.earliest() != null ? from.earliest() : from.latest();
                        if (first != null) {
                            firstYear
                                    .computeIfAbsent(key, a -> new TreeMap<>())
                                    .merge(category, first.getYear(), Math::min);
                        }
                        Certainty ran = Certainty.ranWithin(from, end, windowStart, windowEnd);
                        if (ran != null) {
                            ranIn(inWindow, key, category, new InterventionReference(id, title, ran, null));
                        }
                    }
                    if (!DesignatedAreasTogether.ID.equals(key)) {
                        return;
                    }
                    for (String area : query.areas()) {
                        if (DesignatedAreasTogether.ID.equals(area)) {
                            continue;
                        }
                        for (DesignatedAreaView held : designations.getOrDefault(area, List.of())) {
                            UncertainDate start = DesignatedAreasTogether.laterStart(from, held.effectiveFrom());
                            UncertainDate stop = DesignatedAreasTogether.earlierEnd(end, held.effectiveTo());
                            boolean empty = start != null && stop != null && stop.certainlyBefore(start);
                            if (!empty && Certainty.ranWithin(start, stop, windowStart, windowEnd) != null) {
                                ranIn(
                                        inWindow,
                                        area,
                                        category,
                                        new InterventionReference(
                                                id, title, Certainty.POSSIBLE, DesignatedAreasTogether.ID));
                                break;
                            }
                        }
                    }
                },
                args.toArray());
        Map<String, List<CategoryExposureView>> exposure = new HashMap<>();
        inWindow.forEach((area, categories) -> {
            List<CategoryExposureView> views = new ArrayList<>();
            categories.forEach((category, byId) -> {
                List<InterventionReference> references = byId.values().stream()
                        .sorted(Comparator.comparing(InterventionReference::title)
                                .thenComparing(InterventionReference::id))
                        .toList();
                List<String> titles = List.copyOf(new TreeSet<>(
                        references.stream().map(InterventionReference::title).toList()));
                views.add(new CategoryExposureView(
                        category, firstYear.getOrDefault(area, Map.of()).get(category), titles, references));
            });
            exposure.put(area, List.copyOf(views));
        });
        return exposure;
    }
}
