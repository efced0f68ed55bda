package dk.kk.registry.shared.plan;

/** Where the chain from vision to result is broken. */
public enum GapKind {
    /** A goal that no intervention and no measure serves. */
    GOAL_WITHOUT_INTERVENTION,
    /** An intervention in the strategy (mapped into a plan, or chosen as a measure) that serves none of its goals. */
    INTERVENTION_WITHOUT_GOAL,
    /** A goal's indicator without a measurement whose period ends in the last two calendar years or the current one. */
    INDICATOR_WITHOUT_RECENT_MEASUREMENT,
    /** A goal without a baseline value to measure progress from. */
    GOAL_WITHOUT_BASELINE,
    /** A plan measure with no resources set aside. */
    MEASURE_WITHOUT_RESOURCES,
    /** A development plan with no goals. */
    PLAN_WITHOUT_GOALS,
    /**
     * Two of a plan's interventions (measures or mapped) of the same category, for a shared target group, in the area
     * at the same time: the policy's rule that projects must not compete with each other.
     */
    COMPETING_INTERVENTIONS
}
