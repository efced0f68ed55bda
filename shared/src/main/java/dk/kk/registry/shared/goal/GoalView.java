package dk.kk.registry.shared.goal;

/** A goal with its baseline, target and deadline. */
public record GoalView(
        String id,
        String title,
        String policy,
        String ownerAdministration,
        String indicator,
        Baseline baseline,
        Target target,
        Integer deadlineYear) {
}
