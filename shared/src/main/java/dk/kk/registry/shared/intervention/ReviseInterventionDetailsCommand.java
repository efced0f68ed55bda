package dk.kk.registry.shared.intervention;

import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Revises the descriptive details; a null field keeps its current value. */
public record ReviseInterventionDetailsCommand(
        @TargetAggregateIdentifier String interventionId,
        @TargetAggregateVersion Long expectedVersion,
        String title,
        String description,
        InterventionCategory category,
        Set<TargetGroup> targetGroups) {}
