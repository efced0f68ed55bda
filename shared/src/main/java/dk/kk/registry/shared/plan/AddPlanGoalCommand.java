package dk.kk.registry.shared.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Makes an existing goal about the plan's area one of the plan's goals. */
public record AddPlanGoalCommand(
        @TargetAggregateIdentifier String planId,
        @TargetAggregateVersion Long expectedVersion,
        String goalId) {}
