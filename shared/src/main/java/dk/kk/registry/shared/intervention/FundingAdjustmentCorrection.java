package dk.kk.registry.shared.intervention;

import dk.kk.registry.shared.common.Money;

/** Corrects a {@link FundingAdjustedEvent}: the adjusted amount. */
public record FundingAdjustmentCorrection(Money amount) implements Correction {

    @Override
    public CorrectableEvent kind() {
        return CorrectableEvent.FUNDING_ADJUSTED;
    }

    @Override
    public boolean givesNothing() {
        return amount == null;
    }

    @Override
    public Correction over(Correction recorded) {
        FundingAdjustmentCorrection r = (FundingAdjustmentCorrection) recorded;
        return new FundingAdjustmentCorrection(Correction.or(amount, r.amount));
    }
}
