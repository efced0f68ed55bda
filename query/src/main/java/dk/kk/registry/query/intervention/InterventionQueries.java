package dk.kk.registry.query.intervention;

import dk.kk.registry.query.common.AsOf;
import dk.kk.registry.query.common.Filters;
import dk.kk.registry.query.common.ReadModelJson;
import dk.kk.registry.query.common.StoredValues;
import dk.kk.registry.shared.area.AreaInterventionView;
import dk.kk.registry.shared.area.DesignatedAreasTogether;
import dk.kk.registry.shared.common.Certainty;
import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.intervention.ActionNeeded;
import dk.kk.registry.shared.intervention.CountInterventionsQuery;
import dk.kk.registry.shared.intervention.FindInterventionHistoryQuery;
import dk.kk.registry.shared.intervention.FindInterventionQuery;
import dk.kk.registry.shared.intervention.FindInterventionsInAreaQuery;
import dk.kk.registry.shared.intervention.FindInterventionsNeedingActionQuery;
import dk.kk.registry.shared.intervention.FindInterventionsOwingEvaluationQuery;
import dk.kk.registry.shared.intervention.FindOverdueEvaluationsQuery;
import dk.kk.registry.shared.intervention.FindRecentlyChangedInterventionsQuery;
import dk.kk.registry.shared.intervention.HistoryEntryView;
import dk.kk.registry.shared.intervention.InterventionCategory;
import dk.kk.registry.shared.intervention.InterventionCountsView;
import dk.kk.registry.shared.intervention.InterventionKind;
import dk.kk.registry.shared.intervention.InterventionNeedingAction;
import dk.kk.registry.shared.intervention.InterventionPage;
import dk.kk.registry.shared.intervention.InterventionSummary;
import dk.kk.registry.shared.intervention.InterventionView;
import dk.kk.registry.shared.intervention.InterventionsNeedingAction;
import dk.kk.registry.shared.intervention.InterventionsOwingEvaluationView;
import dk.kk.registry.shared.intervention.SearchInterventionsQuery;
import dk.kk.registry.shared.intervention.Stage;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers intervention queries from the tables {@link InterventionProjection} writes. */
@Component
class InterventionQueries {

    /** An intervention the administration leads or takes part in. */
    private static final String INVOLVES_ADMINISTRATION =
            "(v.lead_administration = ? OR v.partner_ids @> ARRAY[?]::text[])";

    /** {@link InterventionDocument#overdue} on a row of {@code intervention_version v}. */
    static final String OVERDUE = "v.doc ->> 'overdueSince' IS NOT NULL AND v.stage <> 'TERMINATED'";
    /** Neither embedded nor terminated: under way. */
    static final String ACTIVE = "v.stage NOT IN ('EMBEDDED', 'TERMINATED')";

    /** The bounds of a window given on one side only. */
    private static final LocalDate EARLIEST_WINDOW = LocalDate.of(1, 1, 1);

    private static final LocalDate LATEST_WINDOW = LocalDate.of(9999, 12, 31);

    private final JdbcTemplate jdbc;

    InterventionQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    Optional<InterventionView> find(FindInterventionQuery query) {
        List<Object> args = new ArrayList<>();
        args.add(query.interventionId());
        String asOf = AsOf.interval("", query.asOf(), args);
        return jdbc
                .query(
                        "SELECT version, doc::text FROM intervention_version WHERE intervention_id = ? AND " + asOf,
                        (rs, n) -> ReadModelJson.read(rs.getString(2), InterventionDocument.class)
                                .toView(rs.getLong(1)),
                        args.toArray())
                .stream()
                .findFirst();
    }

    @QueryHandler
    List<HistoryEntryView> history(FindInterventionHistoryQuery query) {
        return jdbc.query("""
                SELECT global_index, event_id, sequence_number, type, recorded_at, recorded_by, role, administration,
                       reason, source, correlation_id, effective_notation, payload::text
                FROM intervention_event WHERE intervention_id = ? ORDER BY sequence_number""", (rs, n) -> historyEntry(rs), query.interventionId());
    }

    /**
     * The history entry in a row of {@code intervention_event} whose first thirteen columns are those
     * {@link #history} selects, in its order.
     */
    static HistoryEntryView historyEntry(ResultSet rs) throws SQLException {
        return new HistoryEntryView(
                rs.getLong(1),
                rs.getString(2),
                rs.getLong(3),
                rs.getString(4),
                rs.getTimestamp(5).toInstant(),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10),
                rs.getString(11),
                date(rs.getString(12)),
                ReadModelJson.tree(rs.getString(13)));
    }

    /**
     * Each period in which an intervention ran in the area: its span there, cut at its end or planned end; and, in an
     * area that was designated, each period in which one recorded for the designated areas together
     * ({@link DesignatedAreasTogether}) ran while the area was designated, marked {@code through} that aggregate (so a
     * timeline calls it possible at most).
     */
    @QueryHandler
    List<AreaInterventionView> inArea(FindInterventionsInAreaQuery query) {
        List<AreaInterventionView> result = new ArrayList<>(spans(query.areaId(), query.asOf(), null));
        if (!DesignatedAreasTogether.ID.equals(query.areaId())) {
            for (UncertainDate[] designation : designations(query.areaId(), query.asOf())) {
                result.addAll(spans(DesignatedAreasTogether.ID, query.asOf(), designation));
            }
        }
        result.sort(
                java.util.Comparator.comparing(AreaInterventionView::from).thenComparing(AreaInterventionView::title));
        return result;
    }

    /**
     * The spans of the interventions recorded for {@code areaId}; where a designation's start and end are given
     * ({@code held}), only the part of each span that may fall in it, marked through {@code areaId}.
     */
    private List<AreaInterventionView> spans(String areaId, Instant asOf, UncertainDate[] held) {
        boolean through = held != null;
        List<Object> args = new ArrayList<>();
        String condition = AsOf.interval("", asOf, args);
        args.add(areaId);
        List<AreaInterventionView> result = new ArrayList<>();
        jdbc.query(
                "SELECT doc::text FROM intervention_version WHERE " + condition + " AND area_ids @> ARRAY[?]::text[]",
                rs -> {
                    InterventionDocument doc = ReadModelJson.read(rs.getString(1), InterventionDocument.class);
                    UncertainDate end = doc.end();
                    for (InterventionDocument.Membership span : doc.areas) {
                        if (span.key.equals(areaId)) {
                            UncertainDate from = span.effectiveFrom;
                            UncertainDate to = span.effectiveTo != null ? span.effectiveTo : end;
                            if (end != null && to != null && end.certainlyBefore(to)) {
                                to = end;
                            }
                            if (through) {
                                from = DesignatedAreasTogether.laterStart(from, held[0]);
                                to = DesignatedAreasTogether.earlierEnd(to, held[1]);
                                if (from != null && to != null && to.certainlyBefore(from)) {
                                    continue;
                                }
                            }
                            result.add(new AreaInterventionView(
                                    doc.id,
                                    doc.title,
                                    doc.category,
                                    doc.leadAdministration,
                                    from,
                                    to,
                                    null,
                                    through ? areaId : null));
                        }
                    }
                },
                args.toArray());
        return result;
    }

    /** The area's designations (on any list), as known at asOf: each its start and end as stated. */
    private List<UncertainDate[]> designations(String areaId, Instant asOf) {
        List<Object> args = new ArrayList<>();
        String condition = AsOf.condition("", asOf, args);
        args.add(areaId);
        return jdbc.query(
                "SELECT effective_from_stated, effective_to_stated FROM area_designation WHERE " + condition
                        + " AND area_id = ?",
                (rs, row) -> new UncertainDate[] {stated(rs.getString(1)), stated(rs.getString(2))},
                args.toArray());
    }

    private static UncertainDate stated(String notation) {
        return notation == null ? null : UncertainDate.parse(notation);
    }

    @QueryHandler
    InterventionPage search(SearchInterventionsQuery query) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(AsOf.interval("v", query.asOf(), args));
        ValidTimeWindow window = query.activeFrom() != null || query.activeTo() != null
                ? new ValidTimeWindow(
                        query.activeFrom() != null ? query.activeFrom() : EARLIEST_WINDOW,
                        query.activeTo() != null ? query.activeTo() : LATEST_WINDOW)
                : null;
        boolean certainOnly = query.certainty() == Certainty.CERTAIN;
        if (query.area() != null) {
            where.append(" AND v.area_ids @> ARRAY[?]::text[]");
            args.add(query.area());
            if (window != null) {
                where.append(
                        " AND EXISTS (SELECT 1 FROM jsonb_array_elements(v.doc -> 'areas') a WHERE a ->> 'key' = ?");
                args.add(query.area());
                where.append(" AND ")
                        .append(window.ran(
                                "(a ->> 'effectiveFrom')",
                                "(a ->> 'fromEarliest')::date",
                                "(a ->> 'fromLatest')::date",
                                "(a ->> 'effectiveTo')",
                                "(a ->> 'toEarliest')::date",
                                "(a ->> 'toLatest')::date",
                                certainOnly,
                                args))
                        .append(")");
            }
        }
        if (window != null) {
            where.append(" AND ")
                    .append(window.ran(
                            "v.planned_start_stated",
                            "v.start_earliest",
                            "v.start_latest",
                            "COALESCE(v.ended_on_stated, v.planned_end_stated)",
                            "v.end_earliest",
                            "v.end_latest",
                            certainOnly,
                            args));
        }
        Filters.andIf(where, args, INVOLVES_ADMINISTRATION, query.administration(), query.administration());
        Filters.andIf(where, args, "v.category = ?", query.category());
        Filters.andIf(where, args, "v.kind = ?", query.kind());
        Filters.andIf(where, args, "v.stage = ?", query.stage());
        Filters.andIf(where, args, "v.partner_ids @> ARRAY[?]::text[]", query.partner());
        Filters.andIf(where, args, "v.funding_sources @> ARRAY[?]::text[]", query.fundingSource());
        String order = window != null
                ? "v.start_earliest NULLS FIRST, v.title, v.intervention_id"
                : "v.title, v.intervention_id";
        List<Object> orderArgs = new ArrayList<>();
        if (query.text() != null && !query.text().isBlank()) {
            where.append(" AND (v.search @@ websearch_to_tsquery('danish', ?) OR v.title ILIKE ?)");
            args.add(query.text());
            args.add("%" + likeEscaped(query.text().strip()) + "%");
            order = "ts_rank(v.search, websearch_to_tsquery('danish', ?)) DESC, " + order;
            orderArgs.add(query.text());
        }
        // One pass finds the hits, counts them and sorts the page; only a page past the last hit counts again.
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.addAll(orderArgs);
        pageArgs.add(query.size());
        pageArgs.add((long) query.page() * query.size());
        long[] counted = {-1};
        List<InterventionSummary> items = jdbc.query(
                """
                SELECT v.intervention_id, v.version, v.title, v.kind, v.category, v.lead_administration, v.stage,
                       v.planned_start_stated, v.planned_end_stated, v.ended_on_stated, v.evaluated, v.area_ids, v.recorded_from,
                       v.doc ->> 'overdueSince' IS NOT NULL, count(*) OVER (), v.doc::text
                FROM intervention_version v WHERE
                """ + where + " ORDER BY " + order + " LIMIT ? OFFSET ?",
                (rs, n) -> {
                    counted[0] = rs.getLong(15);
                    InterventionSummary found = summary(rs);
                    return window == null
                            ? found
                            : found.withActiveCertainty(certainty(
                                    ReadModelJson.read(rs.getString(16), InterventionDocument.class),
                                    query.area(),
                                    window));
                },
                pageArgs.toArray());
        long total = counted[0] >= 0 ? counted[0] : count(where.toString(), args);
        return new InterventionPage(items, query.page(), query.size(), total);
    }

    /**
     * How sure it is that the intervention ran in the window ({@link Certainty#ranWithin}), in the searched area when
     * one is named: the weaker of its own period and its span there.
     */
    private static Certainty certainty(InterventionDocument doc, String area, ValidTimeWindow window) {
        Certainty ran = Certainty.ranWithin(doc.plannedStart, doc.end(), window.from(), window.to());
        if (ran == null || area == null) {
            return ran;
        }
        Certainty inArea = doc.areas.stream()
                .filter(span -> span.key.equals(area))
                .map(span -> Certainty.ranWithin(span.effectiveFrom, span.effectiveTo, window.from(), window.to()))
                .filter(java.util.Objects::nonNull)
                .min(Comparator.naturalOrder())
                .orElse(null);
        return inArea == null ? null : ran.and(inArea);
    }

    private long count(String where, List<Object> args) {
        Long total = jdbc.queryForObject(
                "SELECT count(*) FROM intervention_version v WHERE " + where, Long.class, args.toArray());
        return total == null ? 0 : total;
    }

    /**
     * The interventions whose evaluation the registry recorded as overdue and that are not terminated (those are
     * flagged as ended without evaluation), oldest due first.
     */
    @QueryHandler
    InterventionPage overdue(FindOverdueEvaluationsQuery query) {
        List<Object> args = new ArrayList<>();
        String where = AsOf.interval("v", query.asOf(), args) + " AND " + OVERDUE;
        long total = count(where, args);
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(query.size());
        pageArgs.add((long) query.page() * query.size());
        List<InterventionSummary> items = jdbc.query(
                """
                SELECT v.intervention_id, v.version, v.title, v.kind, v.category, v.lead_administration, v.stage,
                       v.planned_start_stated, v.planned_end_stated, v.ended_on_stated, v.evaluated, v.area_ids, v.recorded_from,
                       TRUE
                FROM intervention_version v WHERE
                """ + where + " ORDER BY (v.doc ->> 'overdueSince')::timestamptz, v.title, v.intervention_id"
                        + " LIMIT ? OFFSET ?",
                (rs, n) -> summary(rs),
                pageArgs.toArray());
        return new InterventionPage(items, query.page(), query.size(), total);
    }

    /**
     * Reads the open interventions' documents and applies {@link ActionRules} in Java: the rules are dates compared
     * with today, over hundreds of interventions. Most urgent first: overdue, then by the nearest date that concerns.
     */
    @QueryHandler
    InterventionsNeedingAction needingAction(FindInterventionsNeedingActionQuery query) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(AsOf.interval("v", query.asOf(), args))
                .append(" AND v.ended_on_stated IS NULL AND v.stage NOT IN ('EMBEDDED', 'TERMINATED')");
        Filters.andIf(where, args, INVOLVES_ADMINISTRATION, query.administration(), query.administration());
        List<InterventionNeedingAction> found = new ArrayList<>();
        jdbc.query(
                "SELECT v.version, v.doc::text FROM intervention_version v WHERE " + where,
                rs -> {
                    InterventionView view = ReadModelJson.read(rs.getString(2), InterventionDocument.class)
                            .toView(rs.getLong(1));
                    List<ActionNeeded> reasons = ActionRules.reasons(view, query.today(), query.evaluationGrace());
                    if (query.wanted() != null && !query.wanted().isEmpty()) {
                        reasons.retainAll(query.wanted());
                    }
                    if (!reasons.isEmpty()) {
                        found.add(new InterventionNeedingAction(
                                view.id(),
                                view.title(),
                                view.leadAdministration(),
                                view.stage(),
                                view.plannedEnd(),
                                ActionRules.evaluationDue(view, query.evaluationGrace()),
                                view.stageSince(),
                                List.copyOf(reasons)));
                    }
                },
                args.toArray());
        found.sort(Comparator.comparing(
                        (InterventionNeedingAction item) -> item.reasons().get(0))
                .thenComparing(InterventionQueries::nearest, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(InterventionNeedingAction::title, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(InterventionNeedingAction::id));
        return new InterventionsNeedingAction(
                List.copyOf(found.subList(0, Math.min(query.limit(), found.size()))), found.size());
    }

    private static LocalDate nearest(InterventionNeedingAction item) {
        return switch (item.reasons().get(0)) {
            case EVALUATION_OVERDUE, EVALUATION_DUE -> item.evaluationDue();
            case PLANNED_END_NEAR ->
                item.plannedEnd() == null ? null : item.plannedEnd().latest();
            case NO_FUNDING, STAGE_UNCHANGED ->
                item.stageSince() == null ? null : item.stageSince().earliest();
        };
    }

    @QueryHandler
    InterventionCountsView counts(CountInterventionsQuery query) {
        return jdbc.queryForObject(
                "SELECT count(*) FILTER (WHERE " + ACTIVE + "), count(*) FILTER (WHERE " + OVERDUE
                        + ") FROM intervention_version v WHERE v.recorded_to IS NULL",
                (rs, n) -> new InterventionCountsView(rs.getLong(1), rs.getLong(2)));
    }

    /**
     * Those an evaluation deadline is for (ADR 0010): a planned end, not evaluated, under way, not yet overdue; each with
     * its current planned end, from which the deadline is due, and the version the row is at.
     */
    @QueryHandler
    InterventionsOwingEvaluationView owingEvaluation(FindInterventionsOwingEvaluationQuery query) {
        return new InterventionsOwingEvaluationView(jdbc.query(
                """
                SELECT v.intervention_id, v.planned_end_stated, v.version FROM intervention_version v
                WHERE v.recorded_to IS NULL AND v.planned_end_stated IS NOT NULL AND NOT v.evaluated AND
                """ + ACTIVE + " AND v.doc ->> 'overdueSince' IS NULL ORDER BY v.intervention_id",
                (rs, n) -> new InterventionsOwingEvaluationView.Owing(
                        rs.getString(1), StoredValues.period(rs, "planned_end_stated"), rs.getLong(3))));
    }

    @QueryHandler
    InterventionPage recentlyChanged(FindRecentlyChangedInterventionsQuery query) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(AsOf.interval("v", query.asOf(), args));
        Filters.andIf(where, args, INVOLVES_ADMINISTRATION, query.administration(), query.administration());
        args.add(query.size());
        List<InterventionSummary> items = jdbc.query(
                """
                SELECT v.intervention_id, v.version, v.title, v.kind, v.category, v.lead_administration, v.stage,
                       v.planned_start_stated, v.planned_end_stated, v.ended_on_stated, v.evaluated, v.area_ids, v.recorded_from,
                       v.doc ->> 'overdueSince' IS NOT NULL
                FROM intervention_version v WHERE
                """ + where + " ORDER BY v.recorded_from DESC, v.intervention_id LIMIT ?",
                (rs, n) -> summary(rs),
                args.toArray());
        return new InterventionPage(items, 0, query.size(), items.size());
    }

    private static InterventionSummary summary(ResultSet rs) throws SQLException {
        Stage stage = Stage.valueOf(rs.getString(7));
        return new InterventionSummary(
                rs.getString(1),
                rs.getLong(2),
                rs.getString(3),
                InterventionKind.valueOf(rs.getString(4)),
                InterventionCategory.valueOf(rs.getString(5)),
                rs.getString(6),
                stage,
                date(rs.getString(8)),
                date(rs.getString(9)),
                date(rs.getString(10)),
                strings(rs.getArray(12)),
                InterventionDocument.overdue(rs.getBoolean(14), stage),
                instant(rs.getTimestamp(13)),
                null);
    }

    private static UncertainDate date(String notation) {
        return notation == null ? null : UncertainDate.parse(notation);
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
