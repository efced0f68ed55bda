package dk.kk.registry.shared.intervention;

/** What an intervention is, in the registry's own categories. */
public enum InterventionCategory {
    SAFETY_PARTNERSHIP,
    AREA_RENEWAL,
    HOUSING_SOCIAL_PLAN,
    EMPLOYMENT_SCHEME,
    EDUCATION_GUIDANCE,
    STREET_OUTREACH,
    HEALTH,
    CULTURE_LEISURE,
    CHILDREN_FAMILIES,
    CRIME_PREVENTION,
    HOUSING_ALLOCATION,
    LANGUAGE,
    OTHER
}
