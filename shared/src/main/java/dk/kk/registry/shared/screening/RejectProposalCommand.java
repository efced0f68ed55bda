package dk.kk.registry.shared.screening;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Rejects a screening's proposal. */
public record RejectProposalCommand(
        @TargetAggregateIdentifier String screeningId,
        @TargetAggregateVersion Long expectedVersion,
        String area) {}
