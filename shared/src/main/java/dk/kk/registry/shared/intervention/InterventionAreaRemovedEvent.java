package dk.kk.registry.shared.intervention;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** An intervention stopped running in an area after a date. */
@Revision("1")
public record InterventionAreaRemovedEvent(
        String interventionId,
        String areaId,
        LocalDate effectiveTo) {
}
