package dk.kk.registry.shared.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Maps an existing intervention into the plan (kortlægning) with the plan's assessment of it. */
public record MapInterventionIntoPlanCommand(
        @TargetAggregateIdentifier String planId,
        @TargetAggregateVersion Long expectedVersion,
        String interventionId,
        String assessment) {}
