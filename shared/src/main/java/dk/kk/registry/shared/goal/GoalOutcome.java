package dk.kk.registry.shared.goal;

/** How the owning administration concluded a goal. */
public enum GoalOutcome {
    MET,
    NOT_MET,
    PARTLY_MET,
    ABANDONED
}
