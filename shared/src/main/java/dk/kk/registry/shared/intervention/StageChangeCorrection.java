package dk.kk.registry.shared.intervention;

import dk.kk.registry.shared.common.UncertainDate;

/** Corrects a {@link StageChangedEvent}: from when the stage held. */
public record StageChangeCorrection(UncertainDate effectiveFrom) implements Correction {

    @Override
    public CorrectableEvent kind() {
        return CorrectableEvent.STAGE_CHANGED;
    }

    @Override
    public boolean givesNothing() {
        return effectiveFrom == null;
    }

    @Override
    public Correction over(Correction recorded) {
        StageChangeCorrection r = (StageChangeCorrection) recorded;
        return new StageChangeCorrection(Correction.or(effectiveFrom, r.effectiveFrom));
    }
}
