package dk.kk.registry.shared.goal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Revises what a goal aims at; the reason travels in the command's metadata and is required. */
public record ReviseGoalTargetCommand(
        @TargetAggregateIdentifier String goalId,
        @TargetAggregateVersion Long expectedVersion,
        Target target) {}
