package dk.kk.registry.shared.screening;

import org.axonframework.serialization.Revision;

/** A screening's proposal was confirmed and became the designation named. */
@Revision("1")
public record ProposalConfirmedEvent(String screeningId, String area, String designationId) {}
