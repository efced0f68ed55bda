package dk.kk.registry.shared.intervention;

import org.axonframework.serialization.Revision;

/** A funding line no longer commits any money. */
@Revision("1")
public record FundingWithdrawnEvent(String interventionId, String fundingId) {}
