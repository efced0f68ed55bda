package dk.kk.registry.shared.intervention;

import dk.kk.registry.shared.common.UncertainDate;

/** Corrects an {@link InterventionEmbeddedEvent}: from when the intervention is part of core operations. */
public record EmbeddingCorrection(UncertainDate effectiveFrom) implements Correction {

    @Override
    public CorrectableEvent kind() {
        return CorrectableEvent.EMBEDDED;
    }

    @Override
    public boolean givesNothing() {
        return effectiveFrom == null;
    }

    @Override
    public Correction over(Correction recorded) {
        EmbeddingCorrection r = (EmbeddingCorrection) recorded;
        return new EmbeddingCorrection(Correction.or(effectiveFrom, r.effectiveFrom));
    }
}
