package dk.kk.registry.shared.intervention;

import java.time.LocalDate;

/** Corrects a {@link PartnerLeftEvent}: until when the organisation was a partner. */
public record PartnerDepartureCorrection(LocalDate effectiveTo) implements Correction {

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
