package dk.kk.registry.shared.intervention;

import dk.kk.registry.shared.common.UncertainDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Moves an intervention to a lifecycle stage that is set directly. */
public record ChangeStageCommand(
        @TargetAggregateIdentifier String interventionId,
        @TargetAggregateVersion Long expectedVersion,
        Stage stage,
        UncertainDate effectiveFrom) {}
