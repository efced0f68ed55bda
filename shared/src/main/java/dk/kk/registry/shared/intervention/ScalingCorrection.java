package dk.kk.registry.shared.intervention;

import dk.kk.registry.shared.common.UncertainDate;

/** Corrects an {@link InterventionScaledEvent}: from when it ran in the new areas. */
public record ScalingCorrection(UncertainDate effectiveFrom) implements Correction {

    @Override
    public CorrectableEvent kind() {
        return CorrectableEvent.SCALED;
    }

    @Override
    public boolean givesNothing() {
        return effectiveFrom == null;
    }

    @Override
    public Correction over(Correction recorded) {
        ScalingCorrection r = (ScalingCorrection) recorded;
        return new ScalingCorrection(Correction.or(effectiveFrom, r.effectiveFrom));
    }
}
