package dk.kk.registry.command.plan;

import static dk.kk.registry.command.common.Refusals.violationOf;
import static dk.kk.registry.command.plan.PlanFixtures.AREA;
import static dk.kk.registry.command.plan.PlanFixtures.INTERVENTION;
import static dk.kk.registry.command.plan.PlanFixtures.PLAN;
import static dk.kk.registry.command.plan.PlanFixtures.because;
import static dk.kk.registry.command.plan.PlanFixtures.created;
import static org.hamcrest.Matchers.containsString;

import dk.kk.registry.command.common.AlreadyRecorded;
import dk.kk.registry.command.common.NothingChanged;
import dk.kk.registry.shared.plan.AnalysisItem;
import dk.kk.registry.shared.plan.AnalysisKind;
import dk.kk.registry.shared.plan.ChangePlanStatusCommand;
import dk.kk.registry.shared.plan.CreateDevelopmentPlanCommand;
import dk.kk.registry.shared.plan.DevelopmentPlanCreatedEvent;
import dk.kk.registry.shared.plan.InterventionMappedIntoPlanEvent;
import dk.kk.registry.shared.plan.MapInterventionIntoPlanCommand;
import dk.kk.registry.shared.plan.MappedInterventionRemovedEvent;
import dk.kk.registry.shared.plan.PlanAnalysisItemRecordedEvent;
import dk.kk.registry.shared.plan.PlanStatus;
import dk.kk.registry.shared.plan.PlanStatusChangedEvent;
import dk.kk.registry.shared.plan.RecordPlanAnalysisCommand;
import dk.kk.registry.shared.plan.RemoveMappedInterventionCommand;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/** A plan is created for an area and a policy, moves through its statuses, is analysed and maps interventions. */
class DevelopmentPlanTest {

    private static final String TWO_STATEMENTS_A =
            "I 2012 udarbejdes 3 udviklingsplaner og i 2013 udarbejdes de sidste 3.";
    private static final String TWO_STATEMENTS_B = "Med Bispebjerg, Nørrebro og Tingbjerg/Husum i 2013";

    private final AggregateTestFixture<DevelopmentPlan> fixture = PlanFixtures.fixture();

    private static CreateDevelopmentPlanCommand create(String area, String policy, Integer wave, Integer budgetYear) {
        return new CreateDevelopmentPlanCommand(
                PLAN,
                area,
                policy,
                " Udviklingsplan for Tingbjerg/Husum ",
                "Analyse og mål frem mod 2020",
                wave,
                budgetYear,
                List.of(TWO_STATEMENTS_A, " ", TWO_STATEMENTS_B));
    }

    @Test
    void aPlanIsCreatedWithBothStatementsAboutItsTiming() {
        fixture.givenNoPriorActivity()
                .when(create(AREA, "policy-2011", 1, 2013))
                .expectEvents(new DevelopmentPlanCreatedEvent(
                        PLAN,
                        AREA,
                        "policy-2011",
                        "Udviklingsplan for Tingbjerg/Husum",
                        "Analyse og mål frem mod 2020",
                        1,
                        2013,
                        List.of(TWO_STATEMENTS_A, TWO_STATEMENTS_B)));
    }

    @Test
    void aPlanWithoutAKnownWaveOrBudgetYearIsCreated() {
        fixture.givenNoPriorActivity()
                .when(create(AREA, "policy-2011", null, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void anAreaHasOneLivePlanUnderAPolicy() {
        fixture.givenNoPriorActivity()
                .when(create("valby-vigerslev", "policy-2011", 1, 2013))
                .expectException(AlreadyRecorded.class)
                .expectExceptionMessage(containsString(PlanFixtures.VALBY_PLAN))
                .expectNoEvents();
    }

    @Test
    void aPlanNeedsAnExistingAreaAndPolicy() {
        fixture.givenNoPriorActivity()
                .when(create("atlantis", "policy-2011", 1, 2013))
                .expectException(violationOf("ReferencesMustExist", "area"));
        fixture.givenNoPriorActivity()
                .when(create(AREA, "policy-1999", 1, 2013))
                .expectException(violationOf("ReferencesMustExist", "policy"));
    }

    @Test
    void wavesCountFromOneAndBudgetYearsArePlausible() {
        fixture.givenNoPriorActivity()
                .when(create(AREA, "policy-2011", 0, 2013))
                .expectException(violationOf("PlausibleWaves", "wave"));
        fixture.givenNoPriorActivity()
                .when(create(AREA, "policy-2011", 1, 213))
                .expectException(violationOf("YearsArePlausible", "budgetYear"));
    }

    @Test
    void aStatusChangeGivesAReason() {
        fixture.given(created())
                .when(new ChangePlanStatusCommand(PLAN, null, PlanStatus.ADOPTED, LocalDate.of(2012, 10, 4)))
                .expectException(violationOf("ChangesGiveAReason", "reason"))
                .expectNoEvents();
    }

    @Test
    void aPlanIsAdoptedThenFollowedUp() {
        fixture.given(created(), new PlanStatusChangedEvent(PLAN, PlanStatus.ADOPTED, LocalDate.of(2012, 10, 4)))
                .when(
                        new ChangePlanStatusCommand(PLAN, null, PlanStatus.IN_FOLLOW_UP, LocalDate.of(2013, 1, 1)),
                        because("budget 2013 vedtaget"))
                .expectEvents(new PlanStatusChangedEvent(PLAN, PlanStatus.IN_FOLLOW_UP, LocalDate.of(2013, 1, 1)))
                .expectResultMessagePayload(2L);
    }

    @Test
    void aStatusDoesNotGoBack() {
        fixture.given(created(), new PlanStatusChangedEvent(PLAN, PlanStatus.IN_FOLLOW_UP, LocalDate.of(2013, 1, 1)))
                .when(
                        new ChangePlanStatusCommand(PLAN, null, PlanStatus.DRAFTING, LocalDate.of(2014, 1, 1)),
                        because("tilbage"))
                .expectException(violationOf("PlanStatusMovesForward", "status"));
    }

    @Test
    void aSupersededPlanStaysSuperseded() {
        fixture.given(created(), new PlanStatusChangedEvent(PLAN, PlanStatus.SUPERSEDED, LocalDate.of(2017, 1, 1)))
                .when(
                        new ChangePlanStatusCommand(PLAN, null, PlanStatus.EVALUATED, LocalDate.of(2020, 1, 1)),
                        because("evalueret"))
                .expectException(violationOf("PlanStatusMovesForward", "status"));
    }

    @Test
    void theSameStatusAgainChangesNothing() {
        fixture.given(created())
                .when(
                        new ChangePlanStatusCommand(PLAN, null, PlanStatus.DRAFTING, LocalDate.of(2012, 1, 1)),
                        because("igen"))
                .expectException(NothingChanged.class);
    }

    @Test
    void aStatusIsNotEffectiveBeforeTheOneBefore() {
        fixture.given(created(), new PlanStatusChangedEvent(PLAN, PlanStatus.ADOPTED, LocalDate.of(2012, 10, 4)))
                .when(
                        new ChangePlanStatusCommand(PLAN, null, PlanStatus.IN_FOLLOW_UP, LocalDate.of(2012, 1, 1)),
                        because("forkert dato"))
                .expectException(violationOf("DatesAreConsistent", "effectiveFrom"));
    }

    @Test
    void anAnalysisRecordsProblemsAndPotentialsWithTheirEvidence() {
        fixture.given(created())
                .when(new RecordPlanAnalysisCommand(
                        PLAN,
                        null,
                        List.of("item-1", "item-2"),
                        List.of(
                                new AnalysisItem(
                                        AnalysisKind.PROBLEM,
                                        "Mange uden for arbejdsmarkedet",
                                        List.of("no-labour-market-attachment"),
                                        List.of("measurement-2012")),
                                new AnalysisItem(AnalysisKind.POTENTIAL, " Grønne arealer ", null, null))))
                .expectEvents(
                        new PlanAnalysisItemRecordedEvent(
                                PLAN,
                                "item-1",
                                AnalysisKind.PROBLEM,
                                "Mange uden for arbejdsmarkedet",
                                List.of("no-labour-market-attachment"),
                                List.of("measurement-2012")),
                        new PlanAnalysisItemRecordedEvent(
                                PLAN, "item-2", AnalysisKind.POTENTIAL, "Grønne arealer", List.of(), List.of()))
                .expectResultMessagePayload(2L);
    }

    @Test
    void evidenceNamesRecordedIndicatorsAndMeasurements() {
        fixture.given(created())
                .when(new RecordPlanAnalysisCommand(
                        PLAN,
                        null,
                        List.of("item-1"),
                        List.of(new AnalysisItem(
                                AnalysisKind.PROBLEM,
                                "Utryghed",
                                List.of("no-labour-market-attachment"),
                                List.of("measurement-unknown")))))
                .expectException(violationOf("ReferencesMustExist", "items[0].measurements[0]"))
                .expectNoEvents();
    }

    @Test
    void anAnalysisItemHasAKindAndADescription() {
        fixture.given(created())
                .when(new RecordPlanAnalysisCommand(
                        PLAN, null, List.of("item-1"), List.of(new AnalysisItem(null, "Utryghed", null, null))))
                .expectException(violationOf("RequiredFields", "items[0].kind"));
    }

    @Test
    void anInterventionIsMappedWithItsAssessment() {
        fixture.given(created())
                .when(new MapInterventionIntoPlanCommand(PLAN, null, INTERVENTION, "Virker; bør fokuseres"))
                .expectEvents(new InterventionMappedIntoPlanEvent(PLAN, INTERVENTION, "Virker; bør fokuseres"));
    }

    @Test
    void anInterventionIsMappedOnceAndMustExist() {
        fixture.given(created(), new InterventionMappedIntoPlanEvent(PLAN, INTERVENTION, null))
                .when(new MapInterventionIntoPlanCommand(PLAN, null, INTERVENTION, "igen"))
                .expectException(AlreadyRecorded.class);
        fixture.given(created())
                .when(new MapInterventionIntoPlanCommand(PLAN, null, "no-such-intervention", null))
                .expectException(violationOf("ReferencesMustExist", "interventionId"));
    }

    @Test
    void aMappedInterventionIsRemovedWithAReason() {
        fixture.given(created(), new InterventionMappedIntoPlanEvent(PLAN, INTERVENTION, null))
                .when(new RemoveMappedInterventionCommand(PLAN, null, INTERVENTION))
                .expectException(violationOf("ChangesGiveAReason"));
        fixture.given(created(), new InterventionMappedIntoPlanEvent(PLAN, INTERVENTION, null))
                .when(new RemoveMappedInterventionCommand(PLAN, null, INTERVENTION), because("konkurrerer med drift"))
                .expectEvents(new MappedInterventionRemovedEvent(PLAN, INTERVENTION));
    }

    @Test
    void onlyAMappedInterventionIsRemoved() {
        fixture.given(created())
                .when(new RemoveMappedInterventionCommand(PLAN, null, INTERVENTION), because("fejl"))
                .expectException(violationOf("RemovalsNameWhatIsThere", "interventionId"));
    }
}
