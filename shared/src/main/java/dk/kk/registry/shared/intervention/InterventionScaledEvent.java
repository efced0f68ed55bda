package dk.kk.registry.shared.intervention;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/** An intervention was spread to further areas from a date. */
@Revision("1")
public record InterventionScaledEvent(
        String interventionId,
        List<String> areas,
        LocalDate effectiveFrom) {
}
