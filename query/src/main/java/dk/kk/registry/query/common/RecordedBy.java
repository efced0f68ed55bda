package dk.kk.registry.query.common;

import dk.kk.registry.shared.common.AuditMetadata;
import java.time.Instant;
import org.axonframework.eventhandling.EventMessage;

/** Who recorded an event, when, and why, as its metadata and timestamp say. */
public record RecordedBy(
        String eventId,
        Instant at,
        String user,
        String role,
        String administration,
        String reason,
        String source,
        String correlationId) {

    public static RecordedBy of(EventMessage<?> message) {
        var meta = message.getMetaData();
        return new RecordedBy(
                message.getIdentifier(),
                message.getTimestamp(),
                text(meta.get(AuditMetadata.USER)),
                text(meta.get(AuditMetadata.ROLE)),
                text(meta.get(AuditMetadata.ADMINISTRATION)),
                text(meta.get(AuditMetadata.REASON)),
                text(meta.get(AuditMetadata.SOURCE)),
                text(meta.get(AuditMetadata.CORRELATION_ID)));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
