package dk.kk.registry.shared.intervention;

import dk.kk.registry.shared.common.Money;
import java.util.List;

/** Money committed by a source; amount is the current commitment after adjustments, zero once withdrawn. */
public record FundingLineView(
        String fundingId,
        String source,
        FundingSourceKind sourceKind,
        Money grantedAmount,
        Money amount,
        int fromYear,
        int toYear,
        String decisionReference,
        boolean withdrawn,
        String withdrawalReason,
        List<FundingAdjustmentView> adjustments) {}
