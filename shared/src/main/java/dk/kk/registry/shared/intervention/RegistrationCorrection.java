package dk.kk.registry.shared.intervention;

import dk.kk.registry.shared.common.UncertainDate;

/** Corrects an {@link InterventionRegisteredEvent}: its texts, planned period and case reference. */
public record RegistrationCorrection(
        String title, String description, UncertainDate plannedStart, UncertainDate plannedEnd, String caseReference)
        implements Correction {

    @Override
    public CorrectableEvent kind() {
        return CorrectableEvent.REGISTRATION;
    }

    @Override
    public boolean givesNothing() {
        return title == null
                && description == null
                && plannedStart == null
                && plannedEnd == null
                && caseReference == null;
    }

    @Override
    public Correction over(Correction recorded) {
        RegistrationCorrection r = (RegistrationCorrection) recorded;
        return new RegistrationCorrection(
                Correction.or(title, r.title),
                Correction.or(description, r.description),
                Correction.or(plannedStart, r.plannedStart),
                Correction.or(plannedEnd, r.plannedEnd),
                Correction.or(caseReference, r.caseReference));
    }
}
