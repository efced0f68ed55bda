package dk.kk.registry.shared.funding;

import dk.kk.registry.shared.common.Money;

/**
 * One group's totals: granted (as first granted) + adjusted (net change by adjustments) - withdrawn (the amount a
 * withdrawal took away) = committed (current amounts, zero for withdrawn lines); spent is recorded expenditure, null
 * where expenditure cannot be attributed to the group (by source and source kind: spending names no funding line).
 */
public record FundingTotalView(
        String group,
        Money committed,
        Money granted,
        Money adjusted,
        Money withdrawn,
        Money spent,
        int fundingLines,
        int interventions) {
}
