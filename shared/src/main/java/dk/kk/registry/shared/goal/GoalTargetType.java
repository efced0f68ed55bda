package dk.kk.registry.shared.goal;

/** How a goal's target value is read. */
public enum GoalTargetType {
    RELATIVE_CHANGE,
    ABSOLUTE_LEVEL,
    PARITY_WITH_COMPARISON,
    GAP_REDUCTION
}
