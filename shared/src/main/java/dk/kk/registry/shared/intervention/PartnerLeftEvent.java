package dk.kk.registry.shared.intervention;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** An organisation stopped taking part in an intervention after a date. */
@Revision("1")
public record PartnerLeftEvent(
        String interventionId,
        String organisationId,
        LocalDate effectiveTo) {
}
