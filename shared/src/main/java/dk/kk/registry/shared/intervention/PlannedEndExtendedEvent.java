package dk.kk.registry.shared.intervention;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** An intervention's planned end moved to the date given. */
@Revision("1")
public record PlannedEndExtendedEvent(
        String interventionId,
        LocalDate plannedEnd) {
}
