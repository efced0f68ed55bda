package dk.kk.registry.shared.intervention;

import dk.kk.registry.shared.common.Money;

/** Corrects an {@link ExpenditureRecordedEvent}: the year and the amount spent. */
public record ExpenditureCorrection(Integer year, Money amount) implements Correction {

    @Override
    public CorrectableEvent kind() {
        return CorrectableEvent.EXPENDITURE_RECORDED;
    }

    @Override
    public boolean givesNothing() {
        return year == null && amount == null;
    }

    @Override
    public Correction over(Correction recorded) {
        ExpenditureCorrection r = (ExpenditureCorrection) recorded;
        return new ExpenditureCorrection(Correction.or(year, r.year), Correction.or(amount, r.amount));
    }
}
