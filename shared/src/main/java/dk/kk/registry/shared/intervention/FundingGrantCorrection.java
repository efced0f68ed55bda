package dk.kk.registry.shared.intervention;

import dk.kk.registry.shared.common.Money;

/** Corrects a {@link FundingGrantedEvent}: the amount granted, the years it covers and the decision's reference. */
public record FundingGrantCorrection(Money amount, Integer fromYear, Integer toYear, String decisionReference)
        implements Correction {

    @Override
    public CorrectableEvent kind() {
        return CorrectableEvent.FUNDING_GRANTED;
    }

    @Override
    public boolean givesNothing() {
        return amount == null && fromYear == null && toYear == null && decisionReference == null;
    }

    @Override
    public Correction over(Correction recorded) {
        FundingGrantCorrection r = (FundingGrantCorrection) recorded;
        return new FundingGrantCorrection(
                Correction.or(amount, r.amount),
                Correction.or(fromYear, r.fromYear),
                Correction.or(toYear, r.toYear),
                Correction.or(decisionReference, r.decisionReference));
    }
}
