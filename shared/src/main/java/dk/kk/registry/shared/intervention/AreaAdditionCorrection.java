package dk.kk.registry.shared.intervention;

import dk.kk.registry.shared.common.UncertainDate;

/** Corrects an {@link InterventionAreaAddedEvent}: from when the intervention ran in the area. */
public record AreaAdditionCorrection(UncertainDate effectiveFrom) implements Correction {

    @Override
    public CorrectableEvent kind() {
        return CorrectableEvent.AREA_ADDED;
    }

    @Override
    public boolean givesNothing() {
        return effectiveFrom == null;
    }

    @Override
    public Correction over(Correction recorded) {
        AreaAdditionCorrection r = (AreaAdditionCorrection) recorded;
        return new AreaAdditionCorrection(Correction.or(effectiveFrom, r.effectiveFrom));
    }
}
