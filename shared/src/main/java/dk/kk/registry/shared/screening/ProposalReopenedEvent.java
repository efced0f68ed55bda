package dk.kk.registry.shared.screening;

import org.axonframework.serialization.Revision;

/** A screening's proposal awaits a decision again. */
@Revision("1")
public record ProposalReopenedEvent(String screeningId, String area) {}
