package dk.kk.registry.shared.intervention;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** An intervention entered a lifecycle stage on a date. */
@Revision("1")
public record StageChangedEvent(
        String interventionId,
        Stage stage,
        LocalDate effectiveFrom) {
}
