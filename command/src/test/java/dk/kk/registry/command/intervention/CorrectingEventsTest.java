package dk.kk.registry.command.intervention;

import static dk.kk.registry.command.common.Refusals.expectRefusal;
import static dk.kk.registry.command.common.Refusals.violationOf;
import static dk.kk.registry.command.intervention.Corrections.correcting;
import static dk.kk.registry.command.intervention.Evaluations.evaluated;
import static dk.kk.registry.command.intervention.Evaluations.evaluation;
import static dk.kk.registry.command.intervention.FundingLines.FUNDING_ID;
import static dk.kk.registry.command.intervention.FundingLines.granted;
import static dk.kk.registry.command.intervention.InterventionCommands.addArea;
import static dk.kk.registry.command.intervention.InterventionCommands.adjustFunding;
import static dk.kk.registry.command.intervention.InterventionCommands.correct;
import static dk.kk.registry.command.intervention.InterventionCommands.extendTo;
import static dk.kk.registry.command.intervention.InterventionCommands.removeArea;
import static dk.kk.registry.command.intervention.InterventionEvents.areaAdded;
import static dk.kk.registry.command.intervention.InterventionEvents.areaRemoved;
import static dk.kk.registry.command.intervention.InterventionEvents.corrected;
import static dk.kk.registry.command.intervention.InterventionEvents.expenditureRecorded;
import static dk.kk.registry.command.intervention.InterventionEvents.extended;
import static dk.kk.registry.command.intervention.InterventionEvents.fundingAdjusted;
import static dk.kk.registry.command.intervention.InterventionEvents.fundingWithdrawn;
import static dk.kk.registry.command.intervention.InterventionEvents.partnerJoined;
import static dk.kk.registry.command.intervention.InterventionEvents.partnerLeft;
import static dk.kk.registry.command.intervention.InterventionEvents.scaled;
import static dk.kk.registry.command.intervention.InterventionEvents.stageChanged;
import static dk.kk.registry.command.intervention.InterventionEvents.terminated;
import static dk.kk.registry.command.intervention.InterventionFixtures.givenEventId;
import static dk.kk.registry.command.intervention.InterventionFixtures.interventionFixture;
import static dk.kk.registry.command.intervention.Registrations.AREA;
import static dk.kk.registry.command.intervention.Registrations.ID;
import static dk.kk.registry.command.intervention.Registrations.registered;
import static dk.kk.registry.command.intervention.Registrations.registration;
import static dk.kk.registry.shared.intervention.CorrectableEvent.*;

import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.intervention.Correction;
import dk.kk.registry.shared.intervention.EvaluationRecordedEvent;
import dk.kk.registry.shared.intervention.EvaluationResult;
import dk.kk.registry.shared.intervention.ExpenditureRecordedEvent;
import dk.kk.registry.shared.intervention.FundingAdjustedEvent;
import dk.kk.registry.shared.intervention.FundingGrantedEvent;
import dk.kk.registry.shared.intervention.FundingWithdrawnEvent;
import dk.kk.registry.shared.intervention.InterventionAreaAddedEvent;
import dk.kk.registry.shared.intervention.InterventionAreaRemovedEvent;
import dk.kk.registry.shared.intervention.InterventionRegisteredEvent;
import dk.kk.registry.shared.intervention.InterventionScaledEvent;
import dk.kk.registry.shared.intervention.InterventionTerminatedEvent;
import dk.kk.registry.shared.intervention.PartnerJoinedEvent;
import dk.kk.registry.shared.intervention.PartnerRole;
import dk.kk.registry.shared.intervention.PlannedEndExtendedEvent;
import dk.kk.registry.shared.intervention.Stage;
import dk.kk.registry.shared.intervention.StageChangedEvent;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.Test;

/**
 * Nothing is overwritten: a wrong fact is corrected by an event that names the event it corrects, and only the fields
 * that event recorded. Later rules then work with the corrected facts.
 */
class CorrectingEventsTest {

    private static final String AMAGER = "amager-sundby";

    private final AggregateTestFixture<Intervention> fixture = interventionFixture();

    private String registrationId() {
        return givenEventId(fixture, InterventionRegisteredEvent.class);
    }

    @Test
    void thePlannedEndOfTheRegistrationIsCorrected() {
        TestExecutor<Intervention> history = fixture.given(registered());
        String registration = registrationId();
        Correction values = correcting().plannedEnd(LocalDate.of(2023, 12, 31)).of(REGISTRATION);

        history.when(correct(registration, values))
                .expectSuccessfulHandlerExecution()
                .expectEvents(corrected(registration, values))
                .expectResultMessagePayload(1L);
    }

    @Test
    void theTextsOfTheRegistrationAreCorrected() {
        TestExecutor<Intervention> history = fixture.given(registered());
        String registration = registrationId();
        Correction values = correcting()
                .title("Tryghedspartnerskab Tingbjerg/Husum")
                .description("Safety partnership.")
                .caseReference("2020-0123457")
                .of(REGISTRATION);

        history.when(correct(registration, values)).expectEvents(corrected(registration, values));
    }

    @Test
    void aCorrectedPlannedEndCountsForLaterExtensions() {
        TestExecutor<Intervention> history = fixture.given(registered());
        history.andGiven(corrected(
                        registrationId(),
                        correcting().plannedEnd(LocalDate.of(2022, 12, 31)).of(REGISTRATION)))
                .when(extendTo(LocalDate.of(2023, 12, 31)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PlannedEndExtendedEvent(ID, UncertainDate.of(LocalDate.of(2023, 12, 31))))
                .expectResultMessagePayload(2L);
    }

    @Test
    void correctingTheRegisteredEndLeavesALaterExtensionInForce() {
        TestExecutor<Intervention> history = fixture.given(registered(), extended(LocalDate.of(2025, 12, 31)));
        expectRefusal(
                history.andGiven(corrected(
                                registrationId(),
                                correcting()
                                        .plannedEnd(LocalDate.of(2022, 12, 31))
                                        .of(REGISTRATION)))
                        .when(extendTo(LocalDate.of(2025, 6, 30))),
                violationOf("ExtensionsMoveTheEndLater"),
                "the new planned end 2025-06-30 is not after the current planned end " + "2025-12-31");
    }

    @Test
    void anExtensionsPlannedEndIsCorrected() {
        TestExecutor<Intervention> history = fixture.given(registered(), extended(LocalDate.of(2025, 12, 31)));
        String extension = givenEventId(fixture, PlannedEndExtendedEvent.class);
        Correction values = correcting().plannedEnd(LocalDate.of(2025, 6, 30)).of(PLANNED_END_EXTENDED);

        history.when(correct(extension, values))
                .expectEvents(corrected(extension, values))
                .expectResultMessagePayload(2L);
    }

    @Test
    void aCorrectedPlannedEndCannotPrecedeThePlannedStart() {
        TestExecutor<Intervention> history = fixture.given(registered());
        expectRefusal(
                history.when(correct(
                        registrationId(),
                        correcting().plannedEnd(LocalDate.of(2020, 6, 30)).of(REGISTRATION))),
                violationOf("DatesAreConsistent", "plannedEnd"),
                "plannedEnd 2020-06-30 is before plannedStart 2021-01-01");
    }

    @Test
    void aCorrectedPlannedStartCannotFollowThePlannedEnd() {
        TestExecutor<Intervention> history = fixture.given(registered());
        expectRefusal(
                history.when(correct(
                        registrationId(),
                        correcting().plannedStart(LocalDate.of(2025, 1, 1)).of(REGISTRATION))),
                violationOf("DatesAreConsistent", "plannedEnd"),
                "plannedEnd 2024-12-31 is before plannedStart 2025-01-01");
    }

    @Test
    void aCorrectedPlannedStartCountsForLaterAreas() {
        TestExecutor<Intervention> history = fixture.given(registered());
        expectRefusal(
                history.andGiven(corrected(
                                registrationId(),
                                correcting()
                                        .plannedStart(LocalDate.of(2021, 6, 1))
                                        .of(REGISTRATION)))
                        .when(addArea(AMAGER, LocalDate.of(2021, 3, 1))),
                violationOf("DatesAreConsistent", "effectiveFrom"),
                "effectiveFrom 2021-03-01 is before the intervention's planned start " + "2021-06-01");
    }

    @Test
    void cannotCorrectAnUnknownEvent() {
        expectRefusal(
                fixture.given(registered())
                        .when(correct(
                                "event-that-never-was",
                                correcting().title("Another title").of(REGISTRATION))),
                violationOf("CorrectionsNameAnEvent", "eventId"),
                "no correctable event 'event-that-never-was' in this intervention's history");
    }

    @Test
    void aWithdrawalIsNotCorrectable() {
        TestExecutor<Intervention> history = fixture.given(registered(), granted(), fundingWithdrawn(FUNDING_ID));
        String withdrawal = givenEventId(fixture, FundingWithdrawnEvent.class);
        expectRefusal(
                history.when(correct(withdrawal, correcting().amount("1.00").of(FUNDING_ADJUSTED))),
                violationOf("CorrectionsNameAnEvent"));
    }

    @Test
    void aCorrectionOfAnotherKindOfEventIsRefused() {
        TestExecutor<Intervention> history = fixture.given(registered());
        expectRefusal(
                history.when(
                        correct(registrationId(), correcting().amount("100.00").of(FUNDING_GRANTED))),
                violationOf("CorrectionsMatchTheEvent", "eventId"),
                "event '" + registrationId() + "' is a InterventionRegisteredEvent, not a " + "FundingGrantedEvent");
    }

    @Test
    void aCorrectionMustChangeSomething() {
        TestExecutor<Intervention> history = fixture.given(registered());
        expectRefusal(
                history.when(correct(registrationId(), Corrections.nothing(REGISTRATION))),
                violationOf("CorrectionsChangeSomething", "values"),
                "give at least one corrected value");
    }

    @Test
    void correctingAnEventToWhatItAlreadySaysRecordsNothing() {
        TestExecutor<Intervention> history = fixture.given(registered());
        expectRefusal(
                history.when(correct(
                        registrationId(),
                        correcting()
                                .title(registered().title())
                                .plannedEnd(registered().plannedEnd().exactDay())
                                .of(REGISTRATION))),
                violationOf("NothingChanged", "values"),
                "the InterventionRegisteredEvent already records these values");
    }

    @Test
    void correctingAnEventToWhatAnEarlierCorrectionSaidRecordsNothing() {
        TestExecutor<Intervention> history = fixture.given(registered(), granted());
        expectRefusal(
                history.andGiven(corrected(
                                givenEventId(fixture, FundingGrantedEvent.class),
                                correcting().amount("1000000.00").of(FUNDING_GRANTED)))
                        .when(correct(
                                givenEventId(fixture, FundingGrantedEvent.class),
                                correcting().amount("1000000").of(FUNDING_GRANTED))),
                violationOf("NothingChanged", "values"));
    }

    @Test
    void aCorrectionThatChangesOneOfItsValuesIsRecorded() {
        TestExecutor<Intervention> history = fixture.given(registered());
        Correction values = correcting()
                .title(registered().title())
                .plannedEnd(LocalDate.of(2025, 6, 30))
                .of(REGISTRATION);
        history.when(correct(registrationId(), values)).expectEvents(corrected(registrationId(), values));
    }

    @Test
    void aCorrectionWithoutACorrectionOfTheEventsKindIsRefused() {
        TestExecutor<Intervention> history = fixture.given(registered());
        expectRefusal(history.when(correct(registrationId(), null)), violationOf("CorrectionsNameAnEvent", "eventId"));
    }

    @Test
    void aCorrectedTitleCannotBeBlank() {
        TestExecutor<Intervention> history = fixture.given(registered());
        expectRefusal(
                history.when(correct(registrationId(), correcting().title(" ").of(REGISTRATION))),
                violationOf("RequiredFields", "values.title"),
                "values.title is required");
    }

    @Test
    void aCorrectedTitleKeepsTheLimit() {
        TestExecutor<Intervention> history = fixture.given(registered());
        expectRefusal(
                history.when(correct(
                        registrationId(), correcting().title("x".repeat(201)).of(REGISTRATION))),
                violationOf("TextLimits", "values.title"));
    }

    @Test
    void aCorrectedCaseReferenceKeepsTheLimit() {
        TestExecutor<Intervention> history = fixture.given(registered());
        expectRefusal(
                history.when(correct(
                        registrationId(),
                        correcting().caseReference("1".repeat(101)).of(REGISTRATION))),
                violationOf("TextLimits", "values.caseReference"));
    }

    @Test
    void anAreasStartIsCorrected() {
        TestExecutor<Intervention> history = fixture.given(registered(), areaAdded(AMAGER, LocalDate.of(2022, 6, 1)));
        String addition = givenEventId(fixture, InterventionAreaAddedEvent.class);
        Correction values = correcting().effectiveFrom(LocalDate.of(2022, 5, 1)).of(AREA_ADDED);

        history.when(correct(addition, values))
                .expectSuccessfulHandlerExecution()
                .expectEvents(corrected(addition, values))
                .expectResultMessagePayload(2L);
    }

    @Test
    void anAreasStartCannotBeCorrectedPastItsEnd() {
        TestExecutor<Intervention> history = fixture.given(
                registered(),
                areaAdded(AMAGER, LocalDate.of(2022, 1, 1)),
                areaRemoved(AMAGER, LocalDate.of(2022, 6, 30)));
        expectRefusal(
                history.when(correct(
                        givenEventId(fixture, InterventionAreaAddedEvent.class),
                        correcting().effectiveFrom(LocalDate.of(2022, 7, 1)).of(AREA_ADDED))),
                violationOf("DatesAreConsistent", "values.effectiveFrom"),
                "the corrected period would end (2022-06-30) before it starts (2022-07-01)");
    }

    @Test
    void anAreasEndCannotBeCorrectedBeforeItsStart() {
        TestExecutor<Intervention> history = fixture.given(
                registered(),
                areaAdded(AMAGER, LocalDate.of(2022, 1, 1)),
                areaRemoved(AMAGER, LocalDate.of(2022, 6, 30)));
        expectRefusal(
                history.when(correct(
                        givenEventId(fixture, InterventionAreaRemovedEvent.class),
                        correcting().effectiveTo(LocalDate.of(2021, 12, 31)).of(AREA_REMOVED))),
                violationOf("DatesAreConsistent", "values.effectiveTo"),
                "the corrected period would end (2021-12-31) before it starts (2022-01-01)");
    }

    @Test
    void anAreasEndIsCorrected() {
        TestExecutor<Intervention> history = fixture.given(
                registered(),
                areaAdded(AMAGER, LocalDate.of(2022, 1, 1)),
                areaRemoved(AMAGER, LocalDate.of(2022, 6, 30)));
        history.when(correct(
                        givenEventId(fixture, InterventionAreaRemovedEvent.class),
                        correcting().effectiveTo(LocalDate.of(2022, 9, 30)).of(AREA_REMOVED)))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(3L);
    }

    @Test
    void aCorrectedAreaStartCountsWhenTheAreaIsRemoved() {
        TestExecutor<Intervention> history = fixture.given(registered(), areaAdded(AMAGER, LocalDate.of(2022, 6, 1)));
        expectRefusal(
                history.andGiven(corrected(
                                givenEventId(fixture, InterventionAreaAddedEvent.class),
                                correcting()
                                        .effectiveFrom(LocalDate.of(2022, 9, 1))
                                        .of(AREA_ADDED)))
                        .when(removeArea(AMAGER, LocalDate.of(2022, 8, 1))),
                violationOf("DatesAreConsistent", "effectiveTo"),
                "effectiveTo 2022-08-01 is before effectiveFrom 2022-09-01");
    }

    @Test
    void anAreasStartCannotBeCorrectedToBeforeThePlannedStart() {
        TestExecutor<Intervention> history = fixture.given(registered(), areaAdded(AMAGER, LocalDate.of(2022, 6, 1)));
        expectRefusal(
                history.when(correct(
                        givenEventId(fixture, InterventionAreaAddedEvent.class),
                        correcting().effectiveFrom(LocalDate.of(2020, 6, 1)).of(AREA_ADDED))),
                violationOf("DatesAreConsistent", "values.effectiveFrom"));
    }

    @Test
    void aCorrectedPlannedStartMovesTheStartOfTheRegisteredAreas() {
        TestExecutor<Intervention> history =
                fixture.given(registration().areas(AREA, AMAGER).event());
        expectRefusal(
                history.andGiven(corrected(
                                registrationId(),
                                correcting()
                                        .plannedStart(LocalDate.of(2021, 6, 1))
                                        .of(REGISTRATION)))
                        .when(removeArea(AREA, LocalDate.of(2021, 3, 1))),
                violationOf("DatesAreConsistent", "effectiveTo"));
    }

    @Test
    void aCorrectedScalingDateMovesTheStartOfTheScaledAreas() {
        TestExecutor<Intervention> history =
                fixture.given(registered(), evaluated(), scaled(LocalDate.of(2023, 1, 1), AMAGER));
        expectRefusal(
                history.andGiven(corrected(
                                givenEventId(fixture, InterventionScaledEvent.class),
                                correcting()
                                        .effectiveFrom(LocalDate.of(2023, 6, 1))
                                        .of(SCALED)))
                        .when(removeArea(AMAGER, LocalDate.of(2023, 3, 1))),
                violationOf("DatesAreConsistent", "effectiveTo"));
    }

    @Test
    void aPartnersRoleIsCorrected() {
        TestExecutor<Intervention> history = fixture.given(
                registered(), partnerJoined("copenhagen-police", PartnerRole.PARTICIPANT, LocalDate.of(2021, 3, 1)));
        String joining = givenEventId(fixture, PartnerJoinedEvent.class);
        Correction values = correcting().role(PartnerRole.CO_LEAD).of(PARTNER_JOINED);

        history.when(correct(joining, values))
                .expectEvents(corrected(joining, values))
                .expectResultMessagePayload(2L);
    }

    @Test
    void aPartnersStartCannotBeCorrectedPastItsDeparture() {
        TestExecutor<Intervention> history = fixture.given(
                registered(),
                partnerJoined("copenhagen-police", PartnerRole.PARTICIPANT, LocalDate.of(2021, 3, 1)),
                partnerLeft("copenhagen-police", LocalDate.of(2021, 12, 31)));
        expectRefusal(
                history.when(correct(
                        givenEventId(fixture, PartnerJoinedEvent.class),
                        correcting().effectiveFrom(LocalDate.of(2022, 1, 1)).of(PARTNER_JOINED))),
                violationOf("DatesAreConsistent", "values.effectiveFrom"),
                "the corrected period would end (2021-12-31) before it starts (2022-01-01)");
    }

    @Test
    void aGrantedAmountIsCorrected() {
        TestExecutor<Intervention> history = fixture.given(registered(), granted());
        String grant = givenEventId(fixture, FundingGrantedEvent.class);
        Correction values = correcting().amount("1200000.00").years(2021, 2023).of(FUNDING_GRANTED);

        history.when(correct(grant, values))
                .expectEvents(corrected(grant, values))
                .expectResultMessagePayload(2L);
    }

    @Test
    void aGrantsDecisionReferenceIsCorrected() {
        TestExecutor<Intervention> history = fixture.given(registered(), granted());
        String grant = givenEventId(fixture, FundingGrantedEvent.class);
        Correction values =
                correcting().decisionReference("BR 2020-10-08 pkt. 7").of(FUNDING_GRANTED);

        history.when(correct(grant, values)).expectSuccessfulHandlerExecution().expectEvents(corrected(grant, values));
    }

    @Test
    void aCorrectedAmountCannotBeNegative() {
        TestExecutor<Intervention> history = fixture.given(registered(), granted());
        expectRefusal(
                history.when(correct(
                        givenEventId(fixture, FundingGrantedEvent.class),
                        correcting().amount("-5.00").of(FUNDING_GRANTED))),
                violationOf("AmountsAreNotNegative", "values.amount"),
                "values.amount must not be negative");
    }

    @Test
    void correctedFundingYearsCannotBeReversed() {
        TestExecutor<Intervention> history = fixture.given(registered(), granted());
        expectRefusal(
                history.when(correct(
                        givenEventId(fixture, FundingGrantedEvent.class),
                        correcting().years(null, 2020).of(FUNDING_GRANTED))),
                violationOf("DatesAreConsistent", "years"),
                "the funding ends (2020) before it starts (2021)");
    }

    @Test
    void aCorrectedGrantCountsForTheNextAdjustment() {
        TestExecutor<Intervention> history = fixture.given(registered(), granted());
        expectRefusal(
                history.andGiven(corrected(
                                givenEventId(fixture, FundingGrantedEvent.class),
                                correcting().amount("1000000.00").of(FUNDING_GRANTED)))
                        .when(adjustFunding(FUNDING_ID, "1000000.00")),
                violationOf("NothingChanged"),
                "the funding line already commits 1000000.00 DKK");
    }

    @Test
    void correctingAGrantLeavesALaterAdjustmentInForce() {
        TestExecutor<Intervention> history =
                fixture.given(registered(), granted(), fundingAdjusted(FUNDING_ID, "900000.00"));
        expectRefusal(
                history.andGiven(corrected(
                                givenEventId(fixture, FundingGrantedEvent.class),
                                correcting().amount("1000000.00").of(FUNDING_GRANTED)))
                        .when(adjustFunding(FUNDING_ID, "900000.00")),
                violationOf("NothingChanged"),
                "the funding line already commits 900000.00 DKK");
    }

    @Test
    void anAdjustedAmountIsCorrected() {
        TestExecutor<Intervention> history =
                fixture.given(registered(), granted(), fundingAdjusted(FUNDING_ID, "900000.00"));
        expectRefusal(
                history.andGiven(corrected(
                                givenEventId(fixture, FundingAdjustedEvent.class),
                                correcting().amount("950000.00").of(FUNDING_ADJUSTED)))
                        .when(adjustFunding(FUNDING_ID, "950000.00")),
                violationOf("NothingChanged"),
                "the funding line already commits 950000.00 DKK");
    }

    @Test
    void anExpendituresYearIsCorrected() {
        TestExecutor<Intervention> history =
                fixture.given(registered(), expenditureRecorded("spent-2022", 2022, "312500.00"));
        String expenditure = givenEventId(fixture, ExpenditureRecordedEvent.class);
        Correction values = correcting().year(2023).of(EXPENDITURE_RECORDED);

        history.when(correct(expenditure, values)).expectEvents(corrected(expenditure, values));
    }

    @Test
    void anExpendituresCorrectedYearIsInRange() {
        TestExecutor<Intervention> history =
                fixture.given(registered(), expenditureRecorded("spent-2022", 2022, "312500.00"));
        expectRefusal(
                history.when(correct(
                        givenEventId(fixture, ExpenditureRecordedEvent.class),
                        correcting().year(1899).of(EXPENDITURE_RECORDED))),
                violationOf("YearsInRange", "values.year"),
                "values.year must lie between 1990 and 2100");
    }

    @Test
    void anEvaluationsResultIsCorrected() {
        TestExecutor<Intervention> history = fixture.given(registered(), evaluated());
        String evaluationEvent = givenEventId(fixture, EvaluationRecordedEvent.class);
        Correction values = correcting()
                .result(EvaluationResult.MIXED)
                .summary("Mixed effects.")
                .reportReference("2023-0004568")
                .of(EVALUATION_RECORDED);

        history.when(correct(evaluationEvent, values)).expectEvents(corrected(evaluationEvent, values));
    }

    @Test
    void anEvaluationsPeriodCannotBeCorrectedToBeforeTheStart() {
        TestExecutor<Intervention> history = fixture.given(registered(), evaluated());
        expectRefusal(
                history.when(correct(
                        givenEventId(fixture, EvaluationRecordedEvent.class),
                        correcting().period(LocalDate.of(2020, 7, 1), null).of(EVALUATION_RECORDED))),
                violationOf("EvaluationInsideIntervention", "periodFrom"),
                "the evaluated period starts (2020-07-01) before the intervention " + "(2021-01-01)");
    }

    @Test
    void anEvaluationsCorrectedEndIsComparedWithItsRecordedStart() {
        TestExecutor<Intervention> history = fixture.given(registered(), evaluated());
        expectRefusal(
                history.when(correct(
                        givenEventId(fixture, EvaluationRecordedEvent.class),
                        correcting().period(null, LocalDate.of(2020, 12, 31)).of(EVALUATION_RECORDED))),
                violationOf("DatesAreConsistent", "periodTo"),
                "the evaluated period ends (2020-12-31) before it starts (2021-01-01)");
    }

    @Test
    void anEvaluationsEarlierCorrectionCountsForTheNextOne() {
        TestExecutor<Intervention> history = fixture.given(registered(), evaluated());
        String evaluationEvent = givenEventId(fixture, EvaluationRecordedEvent.class);
        expectRefusal(
                history.andGiven(corrected(
                                evaluationEvent,
                                correcting()
                                        .period(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31))
                                        .of(EVALUATION_RECORDED)))
                        .when(correct(
                                evaluationEvent,
                                correcting()
                                        .period(null, LocalDate.of(2021, 12, 31))
                                        .of(EVALUATION_RECORDED))),
                violationOf("DatesAreConsistent", "periodTo"),
                "the evaluated period ends (2021-12-31) before it starts (2022-01-01)");
    }

    @Test
    void aStageChangesDateCannotBeCorrectedToBeforeThePlannedStart() {
        TestExecutor<Intervention> history =
                fixture.given(registered(), stageChanged(Stage.ACTIVE, LocalDate.of(2021, 2, 1)));
        expectRefusal(
                history.when(correct(
                        givenEventId(fixture, StageChangedEvent.class),
                        correcting().effectiveFrom(LocalDate.of(2020, 12, 1)).of(STAGE_CHANGED))),
                violationOf("DatesAreConsistent", "values.effectiveFrom"),
                "values.effectiveFrom 2020-12-01 is before the intervention's planned start " + "2021-01-01");
    }

    @Test
    void aTerminatedInterventionsEventsAreStillCorrected() {
        TestExecutor<Intervention> history = fixture.given(registered(), terminated(LocalDate.of(2023, 6, 30)));
        String termination = givenEventId(fixture, InterventionTerminatedEvent.class);
        Correction values =
                correcting().effectiveFrom(LocalDate.of(2022, 12, 31)).of(TERMINATED);

        history.when(correct(termination, values))
                .expectSuccessfulHandlerExecution()
                .expectEvents(corrected(termination, values))
                .expectResultMessagePayload(2L);
    }

    @Test
    void aCorrectedEndingDateBoundsLaterEvaluations() {
        TestExecutor<Intervention> history = fixture.given(registered(), terminated(LocalDate.of(2023, 6, 30)));
        expectRefusal(
                history.andGiven(corrected(
                                givenEventId(fixture, InterventionTerminatedEvent.class),
                                correcting()
                                        .effectiveFrom(LocalDate.of(2022, 12, 31))
                                        .of(TERMINATED)))
                        .when(evaluation()
                                .period(LocalDate.of(2021, 1, 1), LocalDate.of(2023, 6, 30))
                                .command()),
                violationOf("EvaluationInsideIntervention", "periodTo"),
                "the evaluated period ends (2023-06-30) after the intervention ended " + "(2022-12-31)");
    }
}
