package dk.kk.registry.query.intervention;

import dk.kk.registry.query.common.AsOf;
import dk.kk.registry.query.common.Filters;
import dk.kk.registry.query.common.ReadModelJson;
import dk.kk.registry.shared.evaluation.EvaluationListItem;
import dk.kk.registry.shared.evaluation.EvaluationPage;
import dk.kk.registry.shared.evaluation.FindEvaluationsQuery;
import dk.kk.registry.shared.intervention.EvaluationRecordedEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every evaluation across interventions, from the intervention documents as of an instant. The documents hold each
 * evaluation with its corrections already applied, so the list shows what the registry holds true, not the first
 * recording.
 */
@Component
class EvaluationListQueries {

    private static final Comparator<EvaluationListItem> ORDER = Comparator.comparing(
                    EvaluationListItem::periodTo, Comparator.nullsFirst(Comparator.reverseOrder()))
            .thenComparing(EvaluationListItem::periodFrom, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(EvaluationListItem::interventionTitle)
            .thenComparing(EvaluationListItem::evaluationId);

    private final JdbcTemplate jdbc;

    EvaluationListQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    EvaluationPage evaluations(FindEvaluationsQuery query) {
        List<Object> args = new ArrayList<>();
        // Only documents with an evaluation are read: the JSONB test keeps the rest out of Java.
        StringBuilder where = new StringBuilder(AsOf.interval("", query.asOf(), args))
                .append(" AND jsonb_array_length(doc -> 'evaluations') > 0");
        Filters.andIf(where, args, "category = ?", query.category());
        List<EvaluationListItem> all = new ArrayList<>();
        jdbc.query(
                "SELECT doc::text FROM intervention_version WHERE " + where,
                rs -> {
                    InterventionDocument doc = ReadModelJson.read(rs.getString(1), InterventionDocument.class);
                    for (InterventionDocument.Evaluation evaluation : doc.evaluations) {
                        EvaluationRecordedEvent e = evaluation.recorded;
                        if (matches(e, query)) {
                            all.add(new EvaluationListItem(
                                    e.evaluationId(),
                                    doc.id,
                                    doc.title,
                                    doc.category,
                                    e.method(),
                                    e.evidenceLevel(),
                                    e.result(),
                                    e.periodFrom(),
                                    e.periodTo(),
                                    e.evaluator(),
                                    e.reportReference()));
                        }
                    }
                },
                args.toArray());
        all.sort(ORDER);
        int from = (int) Math.min((long) query.page() * query.size(), all.size());
        int to = Math.min(from + query.size(), all.size());
        return new EvaluationPage(List.copyOf(all.subList(from, to)), query.page(), query.size(), all.size());
    }

    /** from/to select the evaluations whose evaluated period may overlap them (both ends inclusive). */
    private static boolean matches(EvaluationRecordedEvent e, FindEvaluationsQuery query) {
        if (query.method() != null && e.method() != query.method()) {
            return false;
        }
        if (query.result() != null && e.result() != query.result()) {
            return false;
        }
        if (query.from() != null && e.periodTo() != null && !e.periodTo().possiblyOnOrAfter(query.from())) {
            return false;
        }
        return query.to() == null || e.periodFrom() == null || e.periodFrom().possiblyOnOrBefore(query.to());
    }
}
