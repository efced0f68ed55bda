package dk.kk.registry.shared.intervention;

import dk.kk.registry.shared.common.UncertainDate;
import java.time.Instant;

/** One event of an intervention's history: what happened, when it was recorded, by whom, why, and when it takes effect. */
public record HistoryEntryView(
        long position,
        String eventId,
        long sequence,
        String type,
        Instant recordedAt,
        String recordedBy,
        String role,
        String administration,
        String reason,
        String source,
        String correlationId,
        UncertainDate effectiveDate,
        Object payload) {}
