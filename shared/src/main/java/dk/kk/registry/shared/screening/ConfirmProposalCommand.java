package dk.kk.registry.shared.screening;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Confirms a screening's proposal: the area is designated with the designation id given. */
public record ConfirmProposalCommand(
        @TargetAggregateIdentifier String screeningId,
        @TargetAggregateVersion Long expectedVersion,
        String area,
        String designationId) {}
