package dk.kk.registry.shared.intervention;

import dk.kk.registry.shared.common.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Sets a funding line to a new amount. */
public record AdjustFundingCommand(
        @TargetAggregateIdentifier String interventionId,
        @TargetAggregateVersion Long expectedVersion,
        String fundingId,
        Money amount) {}
