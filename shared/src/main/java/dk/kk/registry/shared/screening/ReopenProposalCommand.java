package dk.kk.registry.shared.screening;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Takes back a decision on a proposal, e.g. when the designation it was to become could not be recorded. */
public record ReopenProposalCommand(
        @TargetAggregateIdentifier String screeningId,
        @TargetAggregateVersion Long expectedVersion,
        String area) {}
