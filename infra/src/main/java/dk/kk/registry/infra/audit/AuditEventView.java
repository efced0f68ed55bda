package dk.kk.registry.infra.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;
import dk.kk.registry.shared.source.CitationView;

/**
 * One event of the log as an auditor reads it: where it stands, what it is, who recorded it why, and its payload as
 * canonical JSON. {@code citation} is the source the write cited, as its metadata records it (its title is not
 * looked up: the log shows what was recorded). {@code recordedAt} is the timestamp exactly as the event table holds it, the text the chain hashes.
 */
public record AuditEventView(
        long position,
        String eventId,
        String type,
        String payloadType,
        String payloadRevision,
        String aggregateType,
        String aggregateId,
        long sequence,
        String recordedAt,
        String recordedBy,
        String role,
        String administration,
        String reason,
        String source,
        String correlationId,
        CitationView citation,
        @JsonRawValue String payload) {

    /** The same event with its payload written otherwise (the same JSON, say, with its characters unescaped). */
    public AuditEventView withPayload(String written) {
        return new AuditEventView(
                position,
                eventId,
                type,
                payloadType,
                payloadRevision,
                aggregateType,
                aggregateId,
                sequence,
                recordedAt,
                recordedBy,
                role,
                administration,
                reason,
                source,
                correlationId,
                citation,
                written);
    }
}
