package dk.kk.registry.shared.intervention;

/** Why an open intervention needs its project manager now: what the start page lists it for. */
public enum ActionNeeded {
    /** Its planned end plus the grace period has passed without an evaluation. */
    EVALUATION_OVERDUE,
    /** Its evaluation falls due (planned end plus the grace period) within the next 90 days. */
    EVALUATION_DUE,
    /** Its planned end falls within the next 90 days. */
    PLANNED_END_NEAR,
    /** No funding line that is not withdrawn. */
    NO_FUNDING,
    /** Its stage has not changed for a year or more. */
    STAGE_UNCHANGED
}
