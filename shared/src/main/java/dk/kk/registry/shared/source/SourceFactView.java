package dk.kk.registry.shared.source;

import java.time.Instant;

/** One event recorded from a source: where it sits in the log, who recorded it, and where in the source it stands. */
public record SourceFactView(
        long position,
        String eventId,
        String type,
        String aggregateId,
        Instant recordedAt,
        String recordedBy,
        String locator,
        String quotation,
        String note) {}
