package dk.kk.registry.shared.intervention;

import dk.kk.registry.shared.common.UncertainDate;
import org.axonframework.serialization.Revision;

/** An organisation stopped taking part in an intervention after a date. */
@Revision("2")
public record PartnerLeftEvent(String interventionId, String organisationId, UncertainDate effectiveTo) {}
