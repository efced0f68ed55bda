package dk.kk.registry.shared.goal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets a measurable goal under a policy, owned by an administration. */
public record SetGoalCommand(
        @TargetAggregateIdentifier String goalId,
        String title,
        String policy,
        String ownerAdministration,
        String indicator,
        Baseline baseline,
        Target target,
        Integer deadlineYear) {
}
