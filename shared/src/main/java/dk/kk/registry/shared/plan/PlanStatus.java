package dk.kk.registry.shared.plan;

/** Where a development plan (udviklingsplan) stands: drafted, adopted, followed up, evaluated, or superseded. */
public enum PlanStatus {
    DRAFTING,
    ADOPTED,
    IN_FOLLOW_UP,
    EVALUATED,
    SUPERSEDED
}
