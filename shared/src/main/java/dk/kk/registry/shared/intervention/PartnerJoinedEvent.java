package dk.kk.registry.shared.intervention;

import dk.kk.registry.shared.common.UncertainDate;
import org.axonframework.serialization.Revision;

/** An organisation takes part in an intervention with a role from a date. */
@Revision("2")
public record PartnerJoinedEvent(
        String interventionId, String organisationId, PartnerRole role, UncertainDate effectiveFrom) {}
