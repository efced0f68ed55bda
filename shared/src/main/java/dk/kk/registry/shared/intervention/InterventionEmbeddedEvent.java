package dk.kk.registry.shared.intervention;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** An intervention became part of an administration's core operations (kernedrift) from a date. */
@Revision("1")
public record InterventionEmbeddedEvent(
        String interventionId,
        String administration,
        LocalDate effectiveFrom) {
}
