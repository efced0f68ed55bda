package dk.kk.registry.query.source;

import dk.kk.registry.query.common.Projection;
import dk.kk.registry.query.common.RecordedBy;
import dk.kk.registry.shared.common.AuditMetadata;
import dk.kk.registry.shared.common.Citation;
import java.sql.Timestamp;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Files every event whose metadata cites a source ({@link AuditMetadata#CITATION}) in {@code source_fact}, so that
 * the facts recorded from one document are listed without reading the whole log. An event is filed under its own
 * position in the event store, looked up by its identifier (not the tracking token's, which for an event committed
 * late is the highest seen); seeing an event twice changes nothing.
 */
@Component
@ProcessingGroup(SourceFactsProjection.GROUP)
class SourceFactsProjection implements Projection {

    static final String GROUP = "source-facts";

    private final JdbcTemplate jdbc;

    SourceFactsProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> tables() {
        return List.of("source_fact");
    }

    @EventHandler
    void on(Object event, EventMessage<?> message) {
        Citation citation = Citation.fromMetadata(message.getMetaData().get(AuditMetadata.CITATION));
        if (citation == null) {
            return;
        }
        RecordedBy by = RecordedBy.of(message);
        String aggregateId = message instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
        jdbc.update(
                """
                INSERT INTO source_fact (event_id, source_id, global_index, type, aggregate_id, recorded_at,
                    recorded_by, locator, quotation, note)
                SELECT ?, ?, e.globalindex, ?, ?, ?, ?, ?, ?, ?
                FROM public.domainevententry e WHERE e.eventidentifier = ?
                ON CONFLICT DO NOTHING""",
                by.eventId(),
                citation.sourceId(),
                message.getPayloadType().getSimpleName(),
                aggregateId,
                Timestamp.from(by.at()),
                by.user(),
                citation.locator(),
                citation.quotation(),
                citation.note(),
                by.eventId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE source_fact");
    }
}
