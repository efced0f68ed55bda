package dk.kk.registry.shared.intervention;

import dk.kk.registry.shared.common.Money;
import org.axonframework.serialization.Revision;

/** A funding line now commits the amount given. */
@Revision("1")
public record FundingAdjustedEvent(String interventionId, String fundingId, Money amount) {}
