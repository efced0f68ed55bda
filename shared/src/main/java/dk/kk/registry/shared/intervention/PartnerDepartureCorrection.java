package dk.kk.registry.shared.intervention;

import dk.kk.registry.shared.common.UncertainDate;

/** Corrects a {@link PartnerLeftEvent}: until when the organisation was a partner. */
public record PartnerDepartureCorrection(UncertainDate effectiveTo) implements Correction {

    @Override
    public CorrectableEvent kind() {
        return CorrectableEvent.PARTNER_LEFT;
    }

    @Override
    public boolean givesNothing() {
        return effectiveTo == null;
    }

    @Override
    public Correction over(Correction recorded) {
        PartnerDepartureCorrection r = (PartnerDepartureCorrection) recorded;
        return new PartnerDepartureCorrection(Correction.or(effectiveTo, r.effectiveTo));
    }
}
