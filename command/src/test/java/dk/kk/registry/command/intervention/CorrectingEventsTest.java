package dk.kk.registry.command.intervention;

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

import dk.kk.registry.shared.intervention.CorrectedValues;
import dk.kk.registry.shared.intervention.EvaluationRecordedEvent;
import dk.kk.registry.shared.intervention.EvaluationResult;
import dk.kk.registry.shared.intervention.ExpenditureRecordedEvent;
import dk.kk.registry.shared.intervention.FundingAdjustedEvent;
import dk.kk.registry.shared.intervention.FundingGrantedEvent;
import dk.kk.registry.shared.intervention.FundingWithdrawnEvent;
import dk.kk.registry.shared.intervention.InterventionAreaAddedEvent;
import dk.kk.registry.shared.intervention.InterventionAreaRemovedEvent;
import dk.kk.registry.shared.intervention.InterventionEventCorrectedEvent;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Nothing is overwritten: a wrong fact is corrected by an event that names the event it corrects, and only the fields
 * that event recorded. Later rules then work with the corrected facts.
 */
class CorrectingEventsTest {

    private static final String AMAGER = "amager-sundby";

    private AggregateTestFixture<Intervention> fixture;

    @BeforeEach
    void setUp() {
        fixture = interventionFixture();
    }

    private String registrationId() {
        return givenEventId(fixture, InterventionRegisteredEvent.class);
    }

    @Test
    void thePlannedEndOfTheRegistrationIsCorrected() {
        TestExecutor<Intervention> history = fixture.given(registered());
        String registration = registrationId();
        CorrectedValues values = correcting().plannedEnd(LocalDate.of(2023, 12, 31)).values();

        history.when(correct(registration, values))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new InterventionEventCorrectedEvent(ID, registration, "InterventionRegisteredEvent",
                        values))
                .expectResultMessagePayload(1L);
    }

    @Test
    void theTextsOfTheRegistrationAreCorrected() {
        TestExecutor<Intervention> history = fixture.given(registered());
        String registration = registrationId();
        CorrectedValues values = correcting().title("Tryghedspartnerskab Tingbjerg/Husum")
                .description("Safety partnership.").caseReference("2020-0123457").values();

        history.when(correct(registration, values))
                .expectEvents(new InterventionEventCorrectedEvent(ID, registration, "InterventionRegisteredEvent",
                        values));
    }

    @Test
    void aCorrectedPlannedEndCountsForLaterExtensions() {
        TestExecutor<Intervention> history = fixture.given(registered());
        history.andGiven(corrected(registrationId(), InterventionRegisteredEvent.class,
                        correcting().plannedEnd(LocalDate.of(2022, 12, 31)).values()))
                .when(extendTo(LocalDate.of(2023, 12, 31)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PlannedEndExtendedEvent(ID, LocalDate.of(2023, 12, 31)))
                .expectResultMessagePayload(2L);
    }

    @Test
    void correctingTheRegisteredEndLeavesALaterExtensionInForce() {
        TestExecutor<Intervention> history = fixture.given(registered(), extended(LocalDate.of(2025, 12, 31)));
        history.andGiven(corrected(registrationId(), InterventionRegisteredEvent.class,
                        correcting().plannedEnd(LocalDate.of(2022, 12, 31)).values()))
                .when(extendTo(LocalDate.of(2025, 6, 30)))
                .expectNoEvents()
                .expectException(violationOf("ExtensionsMoveTheEndLater"))
                .expectExceptionMessage("the new planned end 2025-06-30 is not after the current planned end "
                        + "2025-12-31");
    }

    @Test
    void anExtensionsPlannedEndIsCorrected() {
        TestExecutor<Intervention> history = fixture.given(registered(), extended(LocalDate.of(2025, 12, 31)));
        String extension = givenEventId(fixture, PlannedEndExtendedEvent.class);
        CorrectedValues values = correcting().plannedEnd(LocalDate.of(2025, 6, 30)).values();

        history.when(correct(extension, values))
                .expectEvents(new InterventionEventCorrectedEvent(ID, extension, "PlannedEndExtendedEvent", values))
                .expectResultMessagePayload(2L);
    }

    @Test
    void aCorrectedPlannedEndCannotPrecedeThePlannedStart() {
        TestExecutor<Intervention> history = fixture.given(registered());
        history.when(correct(registrationId(), correcting().plannedEnd(LocalDate.of(2020, 6, 30)).values()))
                .expectNoEvents()
                .expectException(violationOf("DatesAreConsistent", "plannedEnd"))
                .expectExceptionMessage("plannedEnd 2020-06-30 is before plannedStart 2021-01-01");
    }

    @Test
    void aCorrectedPlannedStartCannotFollowThePlannedEnd() {
        TestExecutor<Intervention> history = fixture.given(registered());
        history.when(correct(registrationId(), correcting().plannedStart(LocalDate.of(2025, 1, 1)).values()))
                .expectNoEvents()
                .expectException(violationOf("DatesAreConsistent", "plannedEnd"))
                .expectExceptionMessage("plannedEnd 2024-12-31 is before plannedStart 2025-01-01");
    }

    @Test
    void aCorrectedPlannedStartCountsForLaterAreas() {
        TestExecutor<Intervention> history = fixture.given(registered());
        history.andGiven(corrected(registrationId(), InterventionRegisteredEvent.class,
                        correcting().plannedStart(LocalDate.of(2021, 6, 1)).values()))
                .when(addArea(AMAGER, LocalDate.of(2021, 3, 1)))
                .expectNoEvents()
                .expectException(violationOf("DatesAreConsistent", "effectiveFrom"))
                .expectExceptionMessage("effectiveFrom 2021-03-01 is before the intervention's planned start "
                        + "2021-06-01");
    }

    @Test
    void cannotCorrectAnUnknownEvent() {
        fixture.given(registered())
                .when(correct("event-that-never-was", correcting().title("Another title").values()))
                .expectNoEvents()
                .expectException(violationOf("CorrectionsNameAnEvent", "eventId"))
                .expectExceptionMessage("no correctable event 'event-that-never-was' in this intervention's history");
    }

    @Test
    void aWithdrawalIsNotCorrectable() {
        TestExecutor<Intervention> history = fixture.given(registered(), granted(), fundingWithdrawn(FUNDING_ID));
        String withdrawal = givenEventId(fixture, FundingWithdrawnEvent.class);
        history.when(correct(withdrawal, correcting().amount("1.00").values()))
                .expectNoEvents()
                .expectException(violationOf("CorrectionsNameAnEvent"));
    }

    @Test
    void cannotCorrectAFieldTheEventDoesNotRecord() {
        TestExecutor<Intervention> history = fixture.given(registered());
        history.when(correct(registrationId(), correcting().amount("100.00").values()))
                .expectNoEvents()
                .expectException(violationOf("CorrectableFields", "values.amount"))
                .expectExceptionMessage("amount cannot be corrected on a InterventionRegisteredEvent; it records "
                        + "caseReference, description, plannedEnd, plannedStart, title");
    }

    @Test
    void cannotCorrectThePlannedEndOfAnAreasAddition() {
        TestExecutor<Intervention> history = fixture.given(registered(), areaAdded(AMAGER, LocalDate.of(2022, 1, 1)));
        history.when(correct(givenEventId(fixture, InterventionAreaAddedEvent.class),
                        correcting().plannedEnd(LocalDate.of(2023, 1, 1)).values()))
                .expectNoEvents()
                .expectException(violationOf("CorrectableFields", "values.plannedEnd"))
                .expectExceptionMessage("plannedEnd cannot be corrected on a InterventionAreaAddedEvent; it records "
                        + "effectiveFrom");
    }

    @Test
    void aCorrectionMustChangeSomething() {
        TestExecutor<Intervention> history = fixture.given(registered());
        history.when(correct(registrationId(), Corrections.nothing()))
                .expectNoEvents()
                .expectException(violationOf("CorrectionsChangeSomething", "values"))
                .expectExceptionMessage("give at least one corrected value");
    }

    @Test
    void correctingAnEventToWhatItAlreadySaysRecordsNothing() {
        TestExecutor<Intervention> history = fixture.given(registered());
        history.when(correct(registrationId(), correcting().title(registered().title())
                        .plannedEnd(registered().plannedEnd()).values()))
                .expectNoEvents()
                .expectException(violationOf("NothingChanged", "values"))
                .expectExceptionMessage("the InterventionRegisteredEvent already records these values");
    }

    @Test
    void correctingAnEventToWhatAnEarlierCorrectionSaidRecordsNothing() {
        TestExecutor<Intervention> history = fixture.given(registered(), granted());
        history.andGiven(corrected(givenEventId(fixture, FundingGrantedEvent.class), FundingGrantedEvent.class,
                        correcting().amount("1000000.00").values()))
                .when(correct(givenEventId(fixture, FundingGrantedEvent.class),
                        correcting().amount("1000000").values()))
                .expectNoEvents()
                .expectException(violationOf("NothingChanged", "values"));
    }

    @Test
    void aCorrectionThatChangesOneOfItsValuesIsRecorded() {
        TestExecutor<Intervention> history = fixture.given(registered());
        CorrectedValues values = correcting().title(registered().title()).plannedEnd(LocalDate.of(2025, 6, 30))
                .values();
        history.when(correct(registrationId(), values))
                .expectEvents(corrected(registrationId(), InterventionRegisteredEvent.class, values));
    }

    @Test
    void aCorrectionWithoutValuesIsRefused() {
        TestExecutor<Intervention> history = fixture.given(registered());
        history.when(correct(registrationId(), null))
                .expectNoEvents()
                .expectException(violationOf("CorrectionsChangeSomething", "values"));
    }

    @Test
    void aCorrectedTitleCannotBeBlank() {
        TestExecutor<Intervention> history = fixture.given(registered());
        history.when(correct(registrationId(), correcting().title(" ").values()))
                .expectNoEvents()
                .expectException(violationOf("RequiredFields", "values.title"))
                .expectExceptionMessage("values.title is required");
    }

    @Test
    void aCorrectedTitleKeepsTheLimit() {
        TestExecutor<Intervention> history = fixture.given(registered());
        history.when(correct(registrationId(), correcting().title("x".repeat(201)).values()))
                .expectNoEvents()
                .expectException(violationOf("TextLimits", "values.title"));
    }

    @Test
    void aCorrectedCaseReferenceKeepsTheLimit() {
        TestExecutor<Intervention> history = fixture.given(registered());
        history.when(correct(registrationId(), correcting().caseReference("1".repeat(101)).values()))
                .expectNoEvents()
                .expectException(violationOf("TextLimits", "values.caseReference"));
    }

    @Test
    void anAreasStartIsCorrected() {
        TestExecutor<Intervention> history = fixture.given(registered(), areaAdded(AMAGER, LocalDate.of(2022, 6, 1)));
        String addition = givenEventId(fixture, InterventionAreaAddedEvent.class);
        CorrectedValues values = correcting().effectiveFrom(LocalDate.of(2022, 5, 1)).values();

        history.when(correct(addition, values))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new InterventionEventCorrectedEvent(ID, addition, "InterventionAreaAddedEvent", values))
                .expectResultMessagePayload(2L);
    }

    @Test
    void anAreasStartCannotBeCorrectedPastItsEnd() {
        TestExecutor<Intervention> history = fixture.given(registered(),
                areaAdded(AMAGER, LocalDate.of(2022, 1, 1)), areaRemoved(AMAGER, LocalDate.of(2022, 6, 30)));
        history.when(correct(givenEventId(fixture, InterventionAreaAddedEvent.class),
                        correcting().effectiveFrom(LocalDate.of(2022, 7, 1)).values()))
                .expectNoEvents()
                .expectException(violationOf("DatesAreConsistent", "values.effectiveFrom"))
                .expectExceptionMessage("the corrected period would end (2022-06-30) before it starts (2022-07-01)");
    }

    @Test
    void anAreasEndCannotBeCorrectedBeforeItsStart() {
        TestExecutor<Intervention> history = fixture.given(registered(),
                areaAdded(AMAGER, LocalDate.of(2022, 1, 1)), areaRemoved(AMAGER, LocalDate.of(2022, 6, 30)));
        history.when(correct(givenEventId(fixture, InterventionAreaRemovedEvent.class),
                        correcting().effectiveTo(LocalDate.of(2021, 12, 31)).values()))
                .expectNoEvents()
                .expectException(violationOf("DatesAreConsistent", "values.effectiveTo"))
                .expectExceptionMessage("the corrected period would end (2021-12-31) before it starts (2022-01-01)");
    }

    @Test
    void anAreasEndIsCorrected() {
        TestExecutor<Intervention> history = fixture.given(registered(),
                areaAdded(AMAGER, LocalDate.of(2022, 1, 1)), areaRemoved(AMAGER, LocalDate.of(2022, 6, 30)));
        history.when(correct(givenEventId(fixture, InterventionAreaRemovedEvent.class),
                        correcting().effectiveTo(LocalDate.of(2022, 9, 30)).values()))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(3L);
    }

    @Test
    void aCorrectedAreaStartCountsWhenTheAreaIsRemoved() {
        TestExecutor<Intervention> history = fixture.given(registered(), areaAdded(AMAGER, LocalDate.of(2022, 6, 1)));
        history.andGiven(corrected(givenEventId(fixture, InterventionAreaAddedEvent.class),
                        InterventionAreaAddedEvent.class,
                        correcting().effectiveFrom(LocalDate.of(2022, 9, 1)).values()))
                .when(removeArea(AMAGER, LocalDate.of(2022, 8, 1)))
                .expectNoEvents()
                .expectException(violationOf("DatesAreConsistent", "effectiveTo"))
                .expectExceptionMessage("effectiveTo 2022-08-01 is before effectiveFrom 2022-09-01");
    }

    @Test
    void anAreasStartCannotBeCorrectedToBeforeThePlannedStart() {
        TestExecutor<Intervention> history = fixture.given(registered(), areaAdded(AMAGER, LocalDate.of(2022, 6, 1)));
        history.when(correct(givenEventId(fixture, InterventionAreaAddedEvent.class),
                        correcting().effectiveFrom(LocalDate.of(2020, 6, 1)).values()))
                .expectNoEvents()
                .expectException(violationOf("DatesAreConsistent", "values.effectiveFrom"));
    }

    @Test
    void aCorrectedPlannedStartMovesTheStartOfTheRegisteredAreas() {
        TestExecutor<Intervention> history = fixture.given(registration().areas(AREA, AMAGER).event());
        history.andGiven(corrected(registrationId(), InterventionRegisteredEvent.class,
                        correcting().plannedStart(LocalDate.of(2021, 6, 1)).values()))
                .when(removeArea(AREA, LocalDate.of(2021, 3, 1)))
                .expectNoEvents()
                .expectException(violationOf("DatesAreConsistent", "effectiveTo"));
    }

    @Test
    void aCorrectedScalingDateMovesTheStartOfTheScaledAreas() {
        TestExecutor<Intervention> history = fixture.given(registered(), evaluated(),
                scaled(LocalDate.of(2023, 1, 1), AMAGER));
        history.andGiven(corrected(givenEventId(fixture, InterventionScaledEvent.class), InterventionScaledEvent.class,
                        correcting().effectiveFrom(LocalDate.of(2023, 6, 1)).values()))
                .when(removeArea(AMAGER, LocalDate.of(2023, 3, 1)))
                .expectNoEvents()
                .expectException(violationOf("DatesAreConsistent", "effectiveTo"));
    }

    @Test
    void aPartnersRoleIsCorrected() {
        TestExecutor<Intervention> history = fixture.given(registered(),
                partnerJoined("copenhagen-police", PartnerRole.PARTICIPANT, LocalDate.of(2021, 3, 1)));
        String joining = givenEventId(fixture, PartnerJoinedEvent.class);
        CorrectedValues values = correcting().role(PartnerRole.CO_LEAD).values();

        history.when(correct(joining, values))
                .expectEvents(new InterventionEventCorrectedEvent(ID, joining, "PartnerJoinedEvent", values))
                .expectResultMessagePayload(2L);
    }

    @Test
    void aPartnersStartCannotBeCorrectedPastItsDeparture() {
        TestExecutor<Intervention> history = fixture.given(registered(),
                partnerJoined("copenhagen-police", PartnerRole.PARTICIPANT, LocalDate.of(2021, 3, 1)),
                partnerLeft("copenhagen-police", LocalDate.of(2021, 12, 31)));
        history.when(correct(givenEventId(fixture, PartnerJoinedEvent.class),
                        correcting().effectiveFrom(LocalDate.of(2022, 1, 1)).values()))
                .expectNoEvents()
                .expectException(violationOf("DatesAreConsistent", "values.effectiveFrom"))
                .expectExceptionMessage("the corrected period would end (2021-12-31) before it starts (2022-01-01)");
    }

    @Test
    void aGrantedAmountIsCorrected() {
        TestExecutor<Intervention> history = fixture.given(registered(), granted());
        String grant = givenEventId(fixture, FundingGrantedEvent.class);
        CorrectedValues values = correcting().amount("1200000.00").years(2021, 2023).values();

        history.when(correct(grant, values))
                .expectEvents(new InterventionEventCorrectedEvent(ID, grant, "FundingGrantedEvent", values))
                .expectResultMessagePayload(2L);
    }

    @Test
    void aGrantsDecisionReferenceIsCorrected() {
        TestExecutor<Intervention> history = fixture.given(registered(), granted());
        String grant = givenEventId(fixture, FundingGrantedEvent.class);
        CorrectedValues values = correcting().decisionReference("BR 2020-10-08 pkt. 7").values();

        history.when(correct(grant, values))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new InterventionEventCorrectedEvent(ID, grant, "FundingGrantedEvent", values));
    }

    @Test
    void aCorrectedAmountCannotBeNegative() {
        TestExecutor<Intervention> history = fixture.given(registered(), granted());
        history.when(correct(givenEventId(fixture, FundingGrantedEvent.class), correcting().amount("-5.00").values()))
                .expectNoEvents()
                .expectException(violationOf("AmountsAreNotNegative", "values.amount"))
                .expectExceptionMessage("values.amount must not be negative");
    }

    @Test
    void correctedFundingYearsCannotBeReversed() {
        TestExecutor<Intervention> history = fixture.given(registered(), granted());
        history.when(correct(givenEventId(fixture, FundingGrantedEvent.class), correcting().years(null, 2020).values()))
                .expectNoEvents()
                .expectException(violationOf("DatesAreConsistent", "years"))
                .expectExceptionMessage("the funding ends (2020) before it starts (2021)");
    }

    @Test
    void aCorrectedGrantCountsForTheNextAdjustment() {
        TestExecutor<Intervention> history = fixture.given(registered(), granted());
        history.andGiven(corrected(givenEventId(fixture, FundingGrantedEvent.class), FundingGrantedEvent.class,
                        correcting().amount("1000000.00").values()))
                .when(adjustFunding(FUNDING_ID, "1000000.00"))
                .expectNoEvents()
                .expectException(violationOf("NothingChanged"))
                .expectExceptionMessage("the funding line already commits 1000000.00 DKK");
    }

    @Test
    void correctingAGrantLeavesALaterAdjustmentInForce() {
        TestExecutor<Intervention> history = fixture.given(registered(), granted(),
                fundingAdjusted(FUNDING_ID, "900000.00"));
        history.andGiven(corrected(givenEventId(fixture, FundingGrantedEvent.class), FundingGrantedEvent.class,
                        correcting().amount("1000000.00").values()))
                .when(adjustFunding(FUNDING_ID, "900000.00"))
                .expectNoEvents()
                .expectException(violationOf("NothingChanged"))
                .expectExceptionMessage("the funding line already commits 900000.00 DKK");
    }

    @Test
    void anAdjustedAmountIsCorrected() {
        TestExecutor<Intervention> history = fixture.given(registered(), granted(),
                fundingAdjusted(FUNDING_ID, "900000.00"));
        history.andGiven(corrected(givenEventId(fixture, FundingAdjustedEvent.class), FundingAdjustedEvent.class,
                        correcting().amount("950000.00").values()))
                .when(adjustFunding(FUNDING_ID, "950000.00"))
                .expectNoEvents()
                .expectException(violationOf("NothingChanged"))
                .expectExceptionMessage("the funding line already commits 950000.00 DKK");
    }

    @Test
    void anExpendituresYearIsCorrected() {
        TestExecutor<Intervention> history = fixture.given(registered(),
                expenditureRecorded("spent-2022", 2022, "312500.00"));
        String expenditure = givenEventId(fixture, ExpenditureRecordedEvent.class);
        CorrectedValues values = correcting().year(2023).values();

        history.when(correct(expenditure, values))
                .expectEvents(new InterventionEventCorrectedEvent(ID, expenditure, "ExpenditureRecordedEvent", values));
    }

    @Test
    void anExpendituresCorrectedYearIsInRange() {
        TestExecutor<Intervention> history = fixture.given(registered(),
                expenditureRecorded("spent-2022", 2022, "312500.00"));
        history.when(correct(givenEventId(fixture, ExpenditureRecordedEvent.class), correcting().year(1899).values()))
                .expectNoEvents()
                .expectException(violationOf("YearsInRange", "values.year"))
                .expectExceptionMessage("values.year must lie between 1990 and 2100");
    }

    @Test
    void anEvaluationsResultIsCorrected() {
        TestExecutor<Intervention> history = fixture.given(registered(), evaluated());
        String evaluationEvent = givenEventId(fixture, EvaluationRecordedEvent.class);
        CorrectedValues values = correcting().result(EvaluationResult.MIXED).summary("Mixed effects.")
                .reportReference("2023-0004568").values();

        history.when(correct(evaluationEvent, values))
                .expectEvents(new InterventionEventCorrectedEvent(ID, evaluationEvent, "EvaluationRecordedEvent",
                        values));
    }

    @Test
    void anEvaluationsPeriodCannotBeCorrectedToBeforeTheStart() {
        TestExecutor<Intervention> history = fixture.given(registered(), evaluated());
        history.when(correct(givenEventId(fixture, EvaluationRecordedEvent.class),
                        correcting().period(LocalDate.of(2020, 7, 1), null).values()))
                .expectNoEvents()
                .expectException(violationOf("EvaluationInsideIntervention", "periodFrom"))
                .expectExceptionMessage("the evaluated period starts (2020-07-01) before the intervention "
                        + "(2021-01-01)");
    }

    @Test
    void anEvaluationsCorrectedEndIsComparedWithItsRecordedStart() {
        TestExecutor<Intervention> history = fixture.given(registered(), evaluated());
        history.when(correct(givenEventId(fixture, EvaluationRecordedEvent.class),
                        correcting().period(null, LocalDate.of(2020, 12, 31)).values()))
                .expectNoEvents()
                .expectException(violationOf("DatesAreConsistent", "periodTo"))
                .expectExceptionMessage("the evaluated period ends (2020-12-31) before it starts (2021-01-01)");
    }

    @Test
    void anEvaluationsEarlierCorrectionCountsForTheNextOne() {
        TestExecutor<Intervention> history = fixture.given(registered(), evaluated());
        String evaluationEvent = givenEventId(fixture, EvaluationRecordedEvent.class);
        history.andGiven(corrected(evaluationEvent, EvaluationRecordedEvent.class,
                        correcting().period(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)).values()))
                .when(correct(evaluationEvent, correcting().period(null, LocalDate.of(2021, 12, 31)).values()))
                .expectNoEvents()
                .expectException(violationOf("DatesAreConsistent", "periodTo"))
                .expectExceptionMessage("the evaluated period ends (2021-12-31) before it starts (2022-01-01)");
    }

    @Test
    void aStageChangesDateCannotBeCorrectedToBeforeThePlannedStart() {
        TestExecutor<Intervention> history = fixture.given(registered(),
                stageChanged(Stage.ACTIVE, LocalDate.of(2021, 2, 1)));
        history.when(correct(givenEventId(fixture, StageChangedEvent.class),
                        correcting().effectiveFrom(LocalDate.of(2020, 12, 1)).values()))
                .expectNoEvents()
                .expectException(violationOf("DatesAreConsistent", "values.effectiveFrom"))
                .expectExceptionMessage("values.effectiveFrom 2020-12-01 is before the intervention's planned start "
                        + "2021-01-01");
    }

    @Test
    void aTerminatedInterventionsEventsAreStillCorrected() {
        TestExecutor<Intervention> history = fixture.given(registered(), terminated(LocalDate.of(2023, 6, 30)));
        String termination = givenEventId(fixture, InterventionTerminatedEvent.class);
        CorrectedValues values = correcting().effectiveFrom(LocalDate.of(2022, 12, 31)).values();

        history.when(correct(termination, values))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new InterventionEventCorrectedEvent(ID, termination, "InterventionTerminatedEvent",
                        values))
                .expectResultMessagePayload(2L);
    }

    @Test
    void aCorrectedEndingDateBoundsLaterEvaluations() {
        TestExecutor<Intervention> history = fixture.given(registered(), terminated(LocalDate.of(2023, 6, 30)));
        history.andGiven(corrected(givenEventId(fixture, InterventionTerminatedEvent.class),
                        InterventionTerminatedEvent.class, correcting().effectiveFrom(LocalDate.of(2022, 12, 31))
                                .values()))
                .when(evaluation().period(LocalDate.of(2021, 1, 1), LocalDate.of(2023, 6, 30)).command())
                .expectNoEvents()
                .expectException(violationOf("EvaluationInsideIntervention", "periodTo"))
                .expectExceptionMessage("the evaluated period ends (2023-06-30) after the intervention ended "
                        + "(2022-12-31)");
    }
}
