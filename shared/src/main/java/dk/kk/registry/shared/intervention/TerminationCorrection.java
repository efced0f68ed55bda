package dk.kk.registry.shared.intervention;

import dk.kk.registry.shared.common.UncertainDate;

/** Corrects an {@link InterventionTerminatedEvent}: from when it ended. */
public record TerminationCorrection(UncertainDate effectiveFrom) implements Correction {

    @Override
    public CorrectableEvent kind() {
        return CorrectableEvent.TERMINATED;
    }

    @Override
    public boolean givesNothing() {
        return effectiveFrom == null;
    }

    @Override
    public Correction over(Correction recorded) {
        TerminationCorrection r = (TerminationCorrection) recorded;
        return new TerminationCorrection(Correction.or(effectiveFrom, r.effectiveFrom));
    }
}
