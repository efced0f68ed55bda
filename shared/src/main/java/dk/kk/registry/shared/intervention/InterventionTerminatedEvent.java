package dk.kk.registry.shared.intervention;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** An intervention ended on a date. */
@Revision("1")
public record InterventionTerminatedEvent(
        String interventionId,
        LocalDate effectiveFrom) {
}
