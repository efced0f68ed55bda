package dk.kk.registry.shared.plan;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Chooses a measure for the plan: an existing intervention ({@code interventionId}) or a described tool
 * ({@code tool}), the plan goals it serves and the resources set aside for it.
 */
public record ChoosePlanMeasureCommand(
        @TargetAggregateIdentifier String planId,
        @TargetAggregateVersion Long expectedVersion,
        String measureId,
        String interventionId,
        String tool,
        List<String> goals,
        List<PlanResource> resources) {}
