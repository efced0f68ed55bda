package dk.kk.registry.shared.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Takes a mapped intervention out of the plan; the reason is required. */
public record RemoveMappedInterventionCommand(
        @TargetAggregateIdentifier String planId,
        @TargetAggregateVersion Long expectedVersion,
        String interventionId) {}
