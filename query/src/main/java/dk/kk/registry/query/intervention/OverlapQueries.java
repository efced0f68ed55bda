package dk.kk.registry.query.intervention;

import dk.kk.registry.query.common.AsOf;
import dk.kk.registry.query.common.Filters;
import dk.kk.registry.query.common.ReadModelJson;
import dk.kk.registry.shared.common.Certainty;
import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.intervention.InterventionCategory;
import dk.kk.registry.shared.intervention.TargetGroup;
import dk.kk.registry.shared.overlap.FindOverlapsAmongQuery;
import dk.kk.registry.shared.overlap.FindOverlapsQuery;
import dk.kk.registry.shared.overlap.OverlapPage;
import dk.kk.registry.shared.overlap.OverlapView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Possible duplication of effort: two interventions of the same category running in the same area at the same time
 * (valid time) for at least one shared target group. An intervention runs in an area from the day it joined to the
 * day it left, cut at its end (embedding or termination) or else its planned end; open-ended when neither is known.
 * Dates are as stated: two interventions overlap possibly when their periods may share a day, certainly when they
 * share one whatever their true dates within what the sources state ({@link Certainty#ranWithin}).
 */
@Component
class OverlapQueries {

    private static final Comparator<OverlapView> ORDER = Comparator.comparing(OverlapView::area)
            .thenComparing(OverlapView::from)
            .thenComparing(OverlapView::firstTitle)
            .thenComparing(OverlapView::secondTitle)
            .thenComparing(OverlapView::firstId)
            .thenComparing(OverlapView::secondId);

    private final JdbcTemplate jdbc;

    OverlapQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record Presence(InterventionDocument doc, UncertainDate from, UncertainDate to) {}

    @QueryHandler
    OverlapPage overlaps(FindOverlapsQuery query) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(AsOf.interval("", query.asOf(), args));
        Filters.andIf(where, args, "area_ids @> ARRAY[?]::text[]", query.area());
        Map<String, List<Presence>> byArea = new TreeMap<>();
        jdbc.query(
                "SELECT doc::text FROM intervention_version WHERE " + where,
                rs -> {
                    InterventionDocument doc = ReadModelJson.read(rs.getString(1), InterventionDocument.class);
                    UncertainDate end = doc.end();
                    for (InterventionDocument.Membership span : doc.areas) {
                        if (query.area() != null && !query.area().equals(span.key)) {
                            continue;
                        }
                        UncertainDate to = earlier(span.effectiveTo, end);
                        if (to == null || !to.certainlyBefore(span.effectiveFrom)) {
                            byArea.computeIfAbsent(span.key, a -> new ArrayList<>())
                                    .add(new Presence(doc, span.effectiveFrom, to));
                        }
                    }
                },
                args.toArray());
        List<OverlapView> all = new ArrayList<>();
        byArea.forEach((area, presences) -> pairs(area, presences, all));
        all.sort(ORDER);
        int from = (int) Math.min((long) query.page() * query.size(), all.size());
        int to = Math.min(from + query.size(), all.size());
        return new OverlapPage(List.copyOf(all.subList(from, to)), query.page(), query.size(), all.size());
    }

    /** Pairs among the named interventions only: a plan's handful, not every pair in the registry. */
    @QueryHandler
    List<OverlapView> overlapsAmong(FindOverlapsAmongQuery query) {
        if (query.interventionIds().size() < 2) {
            return List.of();
        }
        List<Object> args = new ArrayList<>();
        String where = AsOf.interval("", query.asOf(), args) + " AND intervention_id = ANY(?)";
        args.add(query.interventionIds().toArray(String[]::new));
        List<Presence> presences = new ArrayList<>();
        jdbc.query(
                "SELECT doc::text FROM intervention_version WHERE " + where,
                rs -> {
                    presences.addAll(
                            presences(ReadModelJson.read(rs.getString(1), InterventionDocument.class), query.area()));
                },
                args.toArray());
        List<OverlapView> all = new ArrayList<>();
        pairs(query.area(), presences, all);
        all.sort(ORDER);
        return all;
    }

    /**
     * The overlapping pairs among one area's presences. Only interventions of one category can overlap, so each
     * category's presences are paired among themselves: the pairs tried fall with the number of categories.
     */
    private static void pairs(String area, List<Presence> presences, List<OverlapView> found) {
        Map<InterventionCategory, List<Presence>> byCategory = new HashMap<>(); // a category may be unknown (null)
        presences.forEach(presence -> byCategory
                .computeIfAbsent(presence.doc().category, c -> new ArrayList<>())
                .add(presence));
        byCategory.values().forEach(same -> {
            for (int i = 0; i < same.size(); i++) {
                for (int j = i + 1; j < same.size(); j++) {
                    overlap(area, same.get(i), same.get(j)).ifPresent(found::add);
                }
            }
        });
    }

    private static List<Presence> presences(InterventionDocument doc, String area) {
        List<Presence> found = new ArrayList<>();
        UncertainDate end = doc.end();
        for (InterventionDocument.Membership span : doc.areas) {
            if (!area.equals(span.key)) {
                continue;
            }
            UncertainDate to = earlier(span.effectiveTo, end);
            if (to == null || !to.certainlyBefore(span.effectiveFrom)) {
                found.add(new Presence(doc, span.effectiveFrom, to));
            }
        }
        return found;
    }

    private static java.util.Optional<OverlapView> overlap(String area, Presence a, Presence b) {
        if (a.doc().id.equals(b.doc().id) || a.doc().category != b.doc().category) {
            return java.util.Optional.empty();
        }
        Set<TargetGroup> shared = a.doc().targetGroups.isEmpty()
                ? EnumSet.noneOf(TargetGroup.class)
                : EnumSet.copyOf(a.doc().targetGroups);
        shared.retainAll(b.doc().targetGroups);
        UncertainDate from = b.from().certainlyBefore(a.from())
                        || (!a.from().certainlyBefore(b.from()) && a.from().compareTo(b.from()) > 0)
                ? a.from()
                : b.from();
        UncertainDate to = earlier(a.to(), b.to());
        if (shared.isEmpty() || (to != null && to.certainlyBefore(from))) {
            return java.util.Optional.empty();
        }
        // The pair is named in a stable order (by id) so that it reads the same on every page and every call.
        Presence first = a.doc().id.compareTo(b.doc().id) < 0 ? a : b;
        Presence second = first == a ? b : a;
        return java.util.Optional.of(new OverlapView(
                area,
                a.doc().category,
                first.doc().id,
                first.doc().title,
                second.doc().id,
                second.doc().title,
                from,
                to,
                List.copyOf(shared),
                certainty(a, b)));
    }

    /**
     * Certain when both certainly ran on one day: the later of the days by which each had certainly started, if both
     * certainly still ran then; otherwise possible.
     */
    private static Certainty certainty(Presence a, Presence b) {
        LocalDate startedByA = a.from().exactlyAsStated() ? a.from().latest() : null;
        LocalDate startedByB = b.from().exactlyAsStated() ? b.from().latest() : null;
        if (startedByA == null || startedByB == null) {
            return Certainty.POSSIBLE;
        }
        LocalDate day = startedByA.isAfter(startedByB) ? startedByA : startedByB;
        return Certainty.ranWithin(a.from(), a.to(), day, day) == Certainty.CERTAIN
                        && Certainty.ranWithin(b.from(), b.to(), day, day) == Certainty.CERTAIN
                ? Certainty.CERTAIN
                : Certainty.POSSIBLE;
    }

    /**
     * The earlier of two end dates, where null means open-ended: the one certainly before the other, else the one whose
     * latest possible day comes first (an end open towards the future last).
     */
    private static UncertainDate earlier(UncertainDate a, UncertainDate b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        if (a.certainlyBefore(b) || b.certainlyBefore(a)) {
            return a.certainlyBefore(b) ? a : b;
        }
        if (a.latest() == null || b.latest() == null) {
            return a.latest() == null ? b : a;
        }
        return b.latest().isBefore(a.latest()) ? b : a;
    }
}
