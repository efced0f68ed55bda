package dk.kk.registry.shared.intervention;

import dk.kk.registry.shared.common.UncertainDate;

/** Corrects an {@link InterventionAreaRemovedEvent}: until when the intervention ran in the area. */
public record AreaRemovalCorrection(UncertainDate effectiveTo) implements Correction {

    @Override
    public CorrectableEvent kind() {
        return CorrectableEvent.AREA_REMOVED;
    }

    @Override
    public boolean givesNothing() {
        return effectiveTo == null;
    }

    @Override
    public Correction over(Correction recorded) {
        AreaRemovalCorrection r = (AreaRemovalCorrection) recorded;
        return new AreaRemovalCorrection(Correction.or(effectiveTo, r.effectiveTo));
    }
}
