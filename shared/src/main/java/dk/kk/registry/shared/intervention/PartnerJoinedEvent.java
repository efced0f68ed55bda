package dk.kk.registry.shared.intervention;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** An organisation takes part in an intervention with a role from a date. */
@Revision("1")
public record PartnerJoinedEvent(
        String interventionId,
        String organisationId,
        PartnerRole role,
        LocalDate effectiveFrom) {
}
