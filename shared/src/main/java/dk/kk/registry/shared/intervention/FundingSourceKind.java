package dk.kk.registry.shared.intervention;

/** Where the money for a funding line comes from. */
public enum FundingSourceKind {
    MUNICIPAL_BASE_BUDGET,
    MUNICIPAL_POOL,
    STATE_POOL,
    NATIONAL_BUILDING_FUND,
    HOUSING_ASSOCIATION,
    REGION,
    EU,
    FOUNDATION,
    PRIVATE
}
