package dk.kk.registry.shared.intervention;

/**
 * The lifecycle of the 2011 policy (after the Young Foundation): problem, proposed solution, intervention,
 * evaluation, scaling, and the new method in core operations; an intervention may also be terminated.
 */
public enum Stage {
    PROBLEM,
    PROPOSED,
    ACTIVE,
    UNDER_EVALUATION,
    SCALING,
    EMBEDDED,
    TERMINATED;

    /** The stages a project manager sets directly; the others follow from decisions. */
    public boolean isSetDirectly() {
        return this == PROBLEM || this == PROPOSED || this == ACTIVE || this == UNDER_EVALUATION;
    }

    public boolean isClosed() {
        return this == EMBEDDED || this == TERMINATED;
    }
}
