package dk.kk.registry.query.intervention;

import dk.kk.registry.query.common.ReadModelJson;
import dk.kk.registry.query.common.RecordedBy;
import dk.kk.registry.shared.intervention.*;
import java.sql.Array;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Projects intervention events into {@code intervention_version} (one row per version, with the transaction-time
 * interval in which it was current) and {@code intervention_event} (the history). Seeing an event twice changes
 * nothing: versions are keyed by the aggregate's sequence number, history rows by the event's global position.
 */
@Component
@ProcessingGroup(InterventionProjection.GROUP)
class InterventionProjection {

    static final String GROUP = "interventions";

    private final JdbcTemplate jdbc;

    InterventionProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(InterventionRegisteredEvent event, DomainEventMessage<?> message) {
        record(message, event.plannedStart(), doc -> doc.apply(event, RecordedBy.of(message)));
    }

    @EventHandler
    void on(InterventionDetailsRevisedEvent event, DomainEventMessage<?> message) {
        record(message, null, doc -> doc.apply(event));
    }

    @EventHandler
    void on(InterventionAreaAddedEvent event, DomainEventMessage<?> message) {
        record(message, event.effectiveFrom(), doc -> doc.apply(event, RecordedBy.of(message)));
    }

    @EventHandler
    void on(InterventionAreaRemovedEvent event, DomainEventMessage<?> message) {
        record(message, event.effectiveTo(), doc -> doc.apply(event, RecordedBy.of(message)));
    }

    @EventHandler
    void on(PartnerJoinedEvent event, DomainEventMessage<?> message) {
        record(message, event.effectiveFrom(), doc -> doc.apply(event, RecordedBy.of(message)));
    }

    @EventHandler
    void on(PartnerLeftEvent event, DomainEventMessage<?> message) {
        record(message, event.effectiveTo(), doc -> doc.apply(event, RecordedBy.of(message)));
    }

    @EventHandler
    void on(FundingGrantedEvent event, DomainEventMessage<?> message) {
        record(message, LocalDate.of(event.fromYear(), 1, 1), doc -> doc.apply(event, RecordedBy.of(message)));
    }

    @EventHandler
    void on(FundingAdjustedEvent event, DomainEventMessage<?> message) {
        record(message, null, doc -> doc.apply(event, RecordedBy.of(message)));
    }

    @EventHandler
    void on(FundingWithdrawnEvent event, DomainEventMessage<?> message) {
        record(message, null, doc -> doc.apply(event, RecordedBy.of(message)));
    }

    @EventHandler
    void on(ExpenditureRecordedEvent event, DomainEventMessage<?> message) {
        record(message, LocalDate.of(event.year(), 1, 1), doc -> doc.apply(event, RecordedBy.of(message)));
    }

    @EventHandler
    void on(StageChangedEvent event, DomainEventMessage<?> message) {
        record(message, event.effectiveFrom(), doc -> doc.apply(event, RecordedBy.of(message)));
    }

    @EventHandler
    void on(PlannedEndExtendedEvent event, DomainEventMessage<?> message) {
        record(message, event.plannedEnd(), doc -> doc.apply(event, RecordedBy.of(message)));
    }

    @EventHandler
    void on(EvaluationRecordedEvent event, DomainEventMessage<?> message) {
        record(message, event.periodTo(), doc -> doc.apply(event, RecordedBy.of(message)));
    }

    @EventHandler
    void on(EvaluationBecameOverdueEvent event, DomainEventMessage<?> message) {
        record(message, null, doc -> doc.apply(event));
    }

    @EventHandler
    void on(OverdueEvaluationClearedEvent event, DomainEventMessage<?> message) {
        record(message, null, doc -> doc.apply(event));
    }

    @EventHandler
    void on(InterventionEmbeddedEvent event, DomainEventMessage<?> message) {
        record(message, event.effectiveFrom(), doc -> doc.apply(event, RecordedBy.of(message)));
    }

    @EventHandler
    void on(InterventionScaledEvent event, DomainEventMessage<?> message) {
        record(message, event.effectiveFrom(), doc -> doc.apply(event, RecordedBy.of(message)));
    }

    @EventHandler
    void on(InterventionTerminatedEvent event, DomainEventMessage<?> message) {
        record(message, event.effectiveFrom(), doc -> doc.apply(event, RecordedBy.of(message)));
    }

    @EventHandler
    void on(InterventionEventCorrectedEvent event, DomainEventMessage<?> message) {
        record(message, null, doc -> doc.apply(event, RecordedBy.of(message)));
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE intervention_version, intervention_event");
    }

    private void record(DomainEventMessage<?> message, LocalDate effectiveDate,
            Consumer<InterventionDocument> change) {
        String id = message.getAggregateIdentifier();
        long version = message.getSequenceNumber();
        RecordedBy by = RecordedBy.of(message);
        writeHistory(message, effectiveDate, by);

        List<StoredVersion> current = jdbc.query(
                "SELECT version, doc::text FROM intervention_version WHERE intervention_id = ? AND recorded_to IS NULL",
                (rs, n) -> new StoredVersion(rs.getLong(1), rs.getString(2)), id);
        if (!current.isEmpty() && current.get(0).version() >= version) {
            return;
        }
        InterventionDocument doc = current.isEmpty()
                ? new InterventionDocument()
                : ReadModelJson.read(current.get(0).doc(), InterventionDocument.class);
        change.accept(doc);
        doc.lastChangedAt = by.at();
        Timestamp at = Timestamp.from(by.at());
        jdbc.update("UPDATE intervention_version SET recorded_to = ? WHERE intervention_id = ? AND recorded_to IS NULL",
                at, id);
        jdbc.update(con -> {
            var statement = con.prepareStatement("""
                    INSERT INTO intervention_version (intervention_id, version, recorded_from, title, kind, category,
                        lead_administration, stage, planned_start, planned_end, ended_on, evaluated, area_ids,
                        partner_ids, funding_sources, search, doc)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                        setweight(to_tsvector('danish', ?), 'A') || to_tsvector('danish', ?), ?::jsonb)
                    ON CONFLICT DO NOTHING""");
            Array areas = con.createArrayOf("text", doc.areaIds().toArray());
            Array partners = con.createArrayOf("text", doc.partnerIds().toArray());
            Array sources = con.createArrayOf("text", doc.fundingSources().toArray());
            int i = 1;
            statement.setString(i++, id);
            statement.setLong(i++, version);
            statement.setTimestamp(i++, at);
            statement.setString(i++, doc.title);
            statement.setString(i++, doc.kind.name());
            statement.setString(i++, doc.category.name());
            statement.setString(i++, doc.leadAdministration);
            statement.setString(i++, doc.stage().name());
            statement.setObject(i++, doc.plannedStart);
            statement.setObject(i++, doc.plannedEnd());
            statement.setObject(i++, doc.endedOn());
            statement.setBoolean(i++, doc.evaluated());
            statement.setArray(i++, areas);
            statement.setArray(i++, partners);
            statement.setArray(i++, sources);
            statement.setString(i++, doc.title);
            statement.setString(i++, String.join(" ", nullToEmpty(doc.description), nullToEmpty(doc.caseReference)));
            statement.setString(i, ReadModelJson.write(doc));
            return statement;
        });
    }

    /**
     * The history row carries the event's own global index, read from the event store: the token's position is the
     * highest index the processor has seen, which for an event that committed late (below a gap) is another event's.
     */
    private void writeHistory(DomainEventMessage<?> message, LocalDate effectiveDate,
            RecordedBy by) {
        jdbc.update("""
                INSERT INTO intervention_event (global_index, event_id, intervention_id, sequence_number, type,
                    recorded_at, recorded_by, role, administration, reason, source, correlation_id, effective_date,
                    payload)
                SELECT e.globalindex, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb
                FROM public.domainevententry e WHERE e.eventidentifier = ?
                ON CONFLICT DO NOTHING""",
                by.eventId(), message.getAggregateIdentifier(), message.getSequenceNumber(),
                message.getPayloadType().getSimpleName(), Timestamp.from(by.at()), by.user(), by.role(),
                by.administration(), by.reason(), by.source(), by.correlationId(), effectiveDate,
                ReadModelJson.write(message.getPayload()), by.eventId());
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private record StoredVersion(long version, String doc) {
    }
}
