package dk.kk.registry.shared.intervention;

import dk.kk.registry.shared.common.UncertainDate;
import java.time.Instant;

/**
 * One event of an intervention's history, as {@link HistoryEntryView}, with the intervention's state right after it.
 * A separate record rather than a nullable field on {@link HistoryEntryView}, so that the plain history keeps its
 * shape. {@code state} is null only for an event that produced no version of the view.
 */
public record HistoryStepView(
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
        Object payload,
        InterventionView state) {

    /** The history's {@code entry} with the intervention's {@code state} right after it. */
    public static HistoryStepView after(HistoryEntryView entry, InterventionView state) {
        return new HistoryStepView(
                entry.position(),
                entry.eventId(),
                entry.sequence(),
                entry.type(),
                entry.recordedAt(),
                entry.recordedBy(),
                entry.role(),
                entry.administration(),
                entry.reason(),
                entry.source(),
                entry.correlationId(),
                entry.effectiveDate(),
                entry.payload(),
                state);
    }
}
