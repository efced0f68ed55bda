package dk.kk.registry.command.intervention;

import static dk.kk.registry.command.intervention.Registrations.ID;

import dk.kk.registry.shared.common.Money;
import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.intervention.Correction;
import dk.kk.registry.shared.intervention.ExpenditureRecordedEvent;
import dk.kk.registry.shared.intervention.FundingAdjustedEvent;
import dk.kk.registry.shared.intervention.FundingWithdrawnEvent;
import dk.kk.registry.shared.intervention.InterventionAreaAddedEvent;
import dk.kk.registry.shared.intervention.InterventionAreaRemovedEvent;
import dk.kk.registry.shared.intervention.InterventionEmbeddedEvent;
import dk.kk.registry.shared.intervention.InterventionEventCorrectedEvent;
import dk.kk.registry.shared.intervention.InterventionScaledEvent;
import dk.kk.registry.shared.intervention.InterventionTerminatedEvent;
import dk.kk.registry.shared.intervention.PartnerJoinedEvent;
import dk.kk.registry.shared.intervention.PartnerLeftEvent;
import dk.kk.registry.shared.intervention.PartnerRole;
import dk.kk.registry.shared.intervention.PlannedEndExtendedEvent;
import dk.kk.registry.shared.intervention.Stage;
import dk.kk.registry.shared.intervention.StageChangedEvent;
import java.time.LocalDate;
import java.util.List;

/** The events of the registered intervention's history, for the given part of a test. */
final class InterventionEvents {

    private InterventionEvents() {}

    static InterventionAreaAddedEvent areaAdded(String area, LocalDate from) {
        return new InterventionAreaAddedEvent(ID, area, UncertainDate.ofNullable(from));
    }

    static InterventionAreaRemovedEvent areaRemoved(String area, LocalDate to) {
        return new InterventionAreaRemovedEvent(ID, area, UncertainDate.ofNullable(to));
    }

    static PartnerJoinedEvent partnerJoined(String organisation, PartnerRole role, LocalDate from) {
        return new PartnerJoinedEvent(ID, organisation, role, UncertainDate.ofNullable(from));
    }

    static PartnerLeftEvent partnerLeft(String organisation, LocalDate to) {
        return new PartnerLeftEvent(ID, organisation, UncertainDate.ofNullable(to));
    }

    static FundingAdjustedEvent fundingAdjusted(String fundingId, String dkk) {
        return new FundingAdjustedEvent(ID, fundingId, Money.dkk(dkk));
    }

    static FundingWithdrawnEvent fundingWithdrawn(String fundingId) {
        return new FundingWithdrawnEvent(ID, fundingId);
    }

    static ExpenditureRecordedEvent expenditureRecorded(String expenditureId, int year, String dkk) {
        return new ExpenditureRecordedEvent(ID, expenditureId, year, Money.dkk(dkk));
    }

    static StageChangedEvent stageChanged(Stage stage, LocalDate from) {
        return new StageChangedEvent(ID, stage, UncertainDate.ofNullable(from));
    }

    static PlannedEndExtendedEvent extended(LocalDate plannedEnd) {
        return new PlannedEndExtendedEvent(ID, UncertainDate.ofNullable(plannedEnd));
    }

    static InterventionEmbeddedEvent embedded(String administration, LocalDate from) {
        return new InterventionEmbeddedEvent(ID, administration, UncertainDate.ofNullable(from));
    }

    static InterventionScaledEvent scaled(LocalDate from, String... areas) {
        return new InterventionScaledEvent(ID, List.of(areas), UncertainDate.ofNullable(from));
    }

    static InterventionTerminatedEvent terminated(LocalDate from) {
        return new InterventionTerminatedEvent(ID, UncertainDate.ofNullable(from));
    }

    static InterventionEventCorrectedEvent corrected(String eventId, Correction correction) {
        return new InterventionEventCorrectedEvent(ID, eventId, correction.kind(), correction);
    }
}
