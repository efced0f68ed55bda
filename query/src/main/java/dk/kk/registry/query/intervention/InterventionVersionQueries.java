package dk.kk.registry.query.intervention;

import dk.kk.registry.query.common.AsOf;
import dk.kk.registry.query.common.ReadModelJson;
import dk.kk.registry.shared.intervention.FindInterventionStepsQuery;
import dk.kk.registry.shared.intervention.FindInterventionsAsOfQuery;
import dk.kk.registry.shared.intervention.HistoryStepView;
import dk.kk.registry.shared.intervention.InterventionView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The auditors' reads of {@code intervention_version}: every version beside the event that made it, and every
 * intervention as of an instant. Apart from {@link InterventionQueries} because these read whole histories and whole
 * registries, not one page of current rows.
 */
@Component
class InterventionVersionQueries {

    private final JdbcTemplate jdbc;

    InterventionVersionQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A version is keyed by its event's sequence number, so the state after each event is a join, not a replay. Each
     * state is shown as the registry showed it when the event was recorded, "overdue" included.
     */
    @QueryHandler
    List<HistoryStepView> steps(FindInterventionStepsQuery query) {
        return jdbc.query(
                """
                SELECT e.global_index, e.event_id, e.sequence_number, e.type, e.recorded_at, e.recorded_by, e.role,
                       e.administration, e.reason, e.source, e.correlation_id, e.effective_notation, e.payload::text,
                       v.version, v.recorded_from, v.doc::text
                FROM intervention_event e
                LEFT JOIN intervention_version v
                       ON v.intervention_id = e.intervention_id AND v.version = e.sequence_number
                WHERE e.intervention_id = ? ORDER BY e.sequence_number""",
                (rs, n) -> {
                    String doc = rs.getString(16);
                    InterventionView state = doc == null
                            ? null
                            : ReadModelJson.read(doc, InterventionDocument.class)
                                    .toView(rs.getLong(14));
                    return HistoryStepView.after(InterventionQueries.historyEntry(rs), state);
                },
                query.interventionId());
    }

    @QueryHandler
    List<InterventionView> asOf(FindInterventionsAsOfQuery query) {
        Instant asOf = query.asOf();
        List<Object> args = new ArrayList<>();
        String condition = AsOf.interval("", asOf, args);
        args.add(query.afterId() == null ? "" : query.afterId());
        args.add(query.limit());
        return jdbc.query(
                "SELECT version, doc::text FROM intervention_version WHERE " + condition
                        + " AND intervention_id > ? ORDER BY intervention_id LIMIT ?",
                (rs, n) -> ReadModelJson.read(rs.getString(2), InterventionDocument.class)
                        .toView(rs.getLong(1)),
                args.toArray());
    }
}
