package dk.kk.registry.shared.intervention;

import dk.kk.registry.shared.common.UncertainDate;
import java.util.List;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Registers a new intervention (indsats) with its lead administration, areas, target groups and goals, and the policy
 * it belongs to ({@code policy}, optional).
 */
public record RegisterInterventionCommand(
        @TargetAggregateIdentifier String interventionId,
        String title,
        String description,
        InterventionKind kind,
        InterventionCategory category,
        String leadAdministration,
        List<String> areas,
        Set<TargetGroup> targetGroups,
        List<String> goals,
        UncertainDate plannedStart,
        UncertainDate plannedEnd,
        String caseReference,
        String parentId,
        String policy) {}
