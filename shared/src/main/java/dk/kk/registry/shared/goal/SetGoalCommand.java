package dk.kk.registry.shared.goal;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sets a measurable goal under a policy, owned by an administration. No {@code areas} (null or empty) means a
 * city-wide goal for the designated areas; a null {@code comparisonArea} means {@code rest-of-copenhagen}.
 */
public record SetGoalCommand(
        @TargetAggregateIdentifier String goalId,
        String title,
        String policy,
        String ownerAdministration,
        String indicator,
        List<String> areas,
        String comparisonArea,
        Baseline baseline,
        Target target,
        Integer deadlineYear) {}
