package dk.kk.registry.query.intervention;

import dk.kk.registry.query.common.ReadModelJson;
import dk.kk.registry.query.common.RecordedBy;
import dk.kk.registry.query.common.StoredValues;
import dk.kk.registry.query.common.WriteAtCommit;
import dk.kk.registry.shared.common.UncertainDate;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * The interventions' history, {@code intervention_event}: one row per event, with who recorded it and why, its
 * effective date as stated and its earliest day (to sort by), and the payload. Written with the projection's versions
 * when the batch commits; an event seen twice changes nothing (the row is keyed by the event's global position).
 */
final class InterventionHistory {

    static final String TABLE = "intervention_event";

    /**
     * A history row is filed under the event's own position in the event store, looked up by its identifier. Not the
     * tracking token's position: an event that commits after a later one (a gap, ADR 0003) arrives with a token whose
     * position is the highest seen so far, which would file it under the later event's position, where the insert
     * finds that event's row and the history loses this one.
     */
    private static final WriteAtCommit.Statement<Object[]> INSERT = WriteAtCommit.Statement.ofValues("""
            INSERT INTO intervention_event (global_index, event_id, intervention_id, sequence_number, type,
                recorded_at, recorded_by, role, administration, reason, source, correlation_id, effective_date, effective_notation,
                payload)
            SELECT e.globalindex, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb
            FROM public.domainevententry e WHERE e.eventidentifier = ?
            ON CONFLICT DO NOTHING""");

    private final WriteAtCommit writer;

    InterventionHistory(WriteAtCommit writer) {
        this.writer = writer;
    }

    void add(DomainEventMessage<?> message, RecordedBy by, UncertainDate effectiveDate) {
        writer.add(INSERT, new Object[] {
            by.eventId(),
            message.getAggregateIdentifier(),
            message.getSequenceNumber(),
            message.getPayloadType().getSimpleName(),
            by.at(),
            by.user(),
            by.role(),
            by.administration(),
            by.reason(),
            by.source(),
            by.correlationId(),
            StoredValues.earliest(effectiveDate),
            StoredValues.notation(effectiveDate),
            ReadModelJson.write(message.getPayload()),
            message.getIdentifier()
        });
    }

    void reset() {
        writer.jdbc().update("TRUNCATE " + TABLE);
    }
}
