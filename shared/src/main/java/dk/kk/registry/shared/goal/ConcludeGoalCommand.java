package dk.kk.registry.shared.goal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Concludes a goal with an outcome in a year; the reason travels in the command's metadata and is required. */
public record ConcludeGoalCommand(
        @TargetAggregateIdentifier String goalId,
        @TargetAggregateVersion Long expectedVersion,
        GoalOutcome outcome,
        Integer year) {}
