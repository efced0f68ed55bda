package dk.kk.registry.shared.intervention;

/** Whom an intervention is for. */
public enum TargetGroup {
    INFANTS,
    CHILDREN,
    YOUTH,
    YOUNG_ADULTS,
    ADULTS,
    FAMILIES,
    SENIORS,
    ALL_RESIDENTS
}
