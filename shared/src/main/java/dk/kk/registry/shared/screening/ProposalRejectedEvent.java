package dk.kk.registry.shared.screening;

import org.axonframework.serialization.Revision;

/** A screening's proposal was rejected. */
@Revision("1")
public record ProposalRejectedEvent(String screeningId, String area) {}
