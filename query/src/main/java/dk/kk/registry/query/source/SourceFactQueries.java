package dk.kk.registry.query.source;

import dk.kk.registry.query.common.Paged;
import dk.kk.registry.shared.source.AggregateCitations;
import dk.kk.registry.shared.source.CitationView;
import dk.kk.registry.shared.source.EventCitations;
import dk.kk.registry.shared.source.FindAggregateCitationsQuery;
import dk.kk.registry.shared.source.FindCitationsQuery;
import dk.kk.registry.shared.source.FindSourceFactsQuery;
import dk.kk.registry.shared.source.SourceFactPage;
import dk.kk.registry.shared.source.SourceFactView;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers which facts were recorded from a source, and which source an event cites, from {@code source_fact}. */
@Component
class SourceFactQueries {

    private final JdbcTemplate jdbc;

    SourceFactQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    SourceFactPage facts(FindSourceFactsQuery query) {
        List<Object> args = new ArrayList<>(List.of(query.sourceId()));
        String where = "source_id = ?";
        if (query.asOf() != null) {
            where += " AND recorded_at <= ?";
            args.add(Timestamp.from(query.asOf()));
        }
        Paged<SourceFactView> found = Paged.read(
                jdbc,
                "global_index, event_id, type, aggregate_id, recorded_at, recorded_by, locator, quotation, note",
                "source_fact",
                where,
                args,
                "global_index",
                query.page(),
                query.size(),
                (rs, n) -> new SourceFactView(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant(),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9)));
        return new SourceFactPage(found.items(), query.page(), query.size(), found.total());
    }

    @QueryHandler
    EventCitations citations(FindCitationsQuery query) {
        Map<String, CitationView> found = new HashMap<>();
        if (query.eventIds().isEmpty()) {
            return new EventCitations(found);
        }
        jdbc.query(
                """
                SELECT f.event_id, f.source_id, s.name, f.locator, f.quotation, f.note FROM source_fact f
                LEFT JOIN reference_item s ON s.kind = 'SOURCE' AND s.id = f.source_id AND s.recorded_to IS NULL
                WHERE f.event_id = ANY (?)""",
                rs -> {
                    found.put(
                            rs.getString(1),
                            new CitationView(
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getString(5),
                                    rs.getString(6)));
                },
                (Object) query.eventIds().toArray(String[]::new));
        return new EventCitations(found);
    }

    @QueryHandler
    AggregateCitations citationsOf(FindAggregateCitationsQuery query) {
        Map<String, List<CitationView>> found = new LinkedHashMap<>();
        if (query.aggregateIds().isEmpty()) {
            return new AggregateCitations(found);
        }
        List<Object> args = new ArrayList<>();
        args.add(query.aggregateIds().toArray(String[]::new));
        String until = "";
        if (query.asOf() != null) {
            until = " AND f.recorded_at <= ?";
            args.add(Timestamp.from(query.asOf()));
        }
        jdbc.query(
                """
                SELECT f.aggregate_id, f.source_id, s.name, f.locator, f.quotation, f.note FROM source_fact f
                LEFT JOIN reference_item s ON s.kind = 'SOURCE' AND s.id = f.source_id AND s.recorded_to IS NULL
                WHERE f.aggregate_id = ANY (?)""" + until + " ORDER BY f.global_index",
                rs -> {
                    CitationView citation = new CitationView(
                            rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6));
                    List<CitationView> cited = found.computeIfAbsent(rs.getString(1), id -> new ArrayList<>());
                    if (!cited.contains(citation)) {
                        cited.add(citation);
                    }
                },
                args.toArray());
        return new AggregateCitations(found);
    }
}
