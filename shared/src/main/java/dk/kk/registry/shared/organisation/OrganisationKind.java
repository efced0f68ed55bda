package dk.kk.registry.shared.organisation;

/** The kinds of organisation that take part in interventions. */
public enum OrganisationKind {
    ADMINISTRATION,
    POLICE,
    SSP,
    HOUSING_ASSOCIATION,
    NATIONAL_BUILDING_FUND,
    REGION,
    STATE,
    LOCAL_COMMITTEE,
    HEALTH_PROVIDER,
    CIVIL_SOCIETY,
    COMPANY,
    RESEARCH,
    OTHER
}
