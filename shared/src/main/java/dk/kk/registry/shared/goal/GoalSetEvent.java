package dk.kk.registry.shared.goal;

import org.axonframework.serialization.Revision;

/** A measurable goal was set under a policy. */
@Revision("1")
public record GoalSetEvent(
        String goalId,
        String title,
        String policy,
        String ownerAdministration,
        String indicator,
        Baseline baseline,
        Target target,
        Integer deadlineYear) {
}
