package dk.kk.registry.shared.intervention;

import dk.kk.registry.shared.common.UncertainDate;

/** Corrects a {@link PartnerJoinedEvent}: when the partner joined, and in which role. */
public record PartnerJoiningCorrection(UncertainDate effectiveFrom, PartnerRole role) implements Correction {

    @Override
    public CorrectableEvent kind() {
        return CorrectableEvent.PARTNER_JOINED;
    }

    @Override
    public boolean givesNothing() {
        return effectiveFrom == null && role == null;
    }

    @Override
    public Correction over(Correction recorded) {
        PartnerJoiningCorrection r = (PartnerJoiningCorrection) recorded;
        return new PartnerJoiningCorrection(Correction.or(effectiveFrom, r.effectiveFrom), Correction.or(role, r.role));
    }
}
