package dk.kk.registry.shared.intervention;

import dk.kk.registry.shared.common.UncertainDate;

/** Corrects a {@link PlannedEndExtendedEvent}: the new planned end. */
public record PlannedEndExtensionCorrection(UncertainDate plannedEnd) implements Correction {

    @Override
    public CorrectableEvent kind() {
        return CorrectableEvent.PLANNED_END_EXTENDED;
    }

    @Override
    public boolean givesNothing() {
        return plannedEnd == null;
    }

    @Override
    public Correction over(Correction recorded) {
        PlannedEndExtensionCorrection r = (PlannedEndExtensionCorrection) recorded;
        return new PlannedEndExtensionCorrection(Correction.or(plannedEnd, r.plannedEnd));
    }
}
