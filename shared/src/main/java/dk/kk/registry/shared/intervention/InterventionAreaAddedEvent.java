package dk.kk.registry.shared.intervention;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** An intervention runs in one more area from a date. */
@Revision("1")
public record InterventionAreaAddedEvent(
        String interventionId,
        String areaId,
        LocalDate effectiveFrom) {
}
