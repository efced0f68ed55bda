package dk.kk.registry.shared.funding;

import dk.kk.registry.shared.intervention.InterventionCategory;
import java.time.Instant;

/**
 * Funding totals grouped as asked, over the interventions the optional filters select (area: ever in that area;
 * administration: the lead administration; category), as the registry knew them at asOf (null: now).
 */
public record FindFundingSummaryQuery(
        FundingGroupBy groupBy,
        String area,
        String administration,
        InterventionCategory category,
        Instant asOf,
        int page,
        int size) {}
