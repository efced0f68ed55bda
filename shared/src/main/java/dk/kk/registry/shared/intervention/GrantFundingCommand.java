package dk.kk.registry.shared.intervention;

import dk.kk.registry.shared.common.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Commits money from a source to an intervention for a span of years. */
public record GrantFundingCommand(
        @TargetAggregateIdentifier String interventionId,
        @TargetAggregateVersion Long expectedVersion,
        String fundingId,
        String source,
        FundingSourceKind sourceKind,
        Money amount,
        int fromYear,
        int toYear,
        String decisionReference) {}
