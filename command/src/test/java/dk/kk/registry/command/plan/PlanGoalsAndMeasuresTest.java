package dk.kk.registry.command.plan;

import static dk.kk.registry.command.common.Refusals.violationOf;
import static dk.kk.registry.command.plan.PlanFixtures.AREA_GOAL;
import static dk.kk.registry.command.plan.PlanFixtures.CITY_WIDE_GOAL;
import static dk.kk.registry.command.plan.PlanFixtures.INTERVENTION;
import static dk.kk.registry.command.plan.PlanFixtures.OTHER_AREA_GOAL;
import static dk.kk.registry.command.plan.PlanFixtures.PLAN;
import static dk.kk.registry.command.plan.PlanFixtures.SECOND_AREA_GOAL;
import static dk.kk.registry.command.plan.PlanFixtures.because;
import static dk.kk.registry.command.plan.PlanFixtures.created;
import static dk.kk.registry.command.plan.PlanFixtures.goalAdded;
import static dk.kk.registry.command.plan.PlanFixtures.measure;
import static dk.kk.registry.command.plan.PlanFixtures.measureChosen;
import static dk.kk.registry.command.plan.PlanFixtures.resource;

import dk.kk.registry.command.common.AlreadyRecorded;
import dk.kk.registry.shared.common.Money;
import dk.kk.registry.shared.intervention.FundingSourceKind;
import dk.kk.registry.shared.plan.AddPlanGoalCommand;
import dk.kk.registry.shared.plan.ChoosePlanMeasureCommand;
import dk.kk.registry.shared.plan.PlanGoalAddedEvent;
import dk.kk.registry.shared.plan.PlanGoalRemovedEvent;
import dk.kk.registry.shared.plan.PlanMeasureChosenEvent;
import dk.kk.registry.shared.plan.PlanMeasureRemovedEvent;
import dk.kk.registry.shared.plan.PlanResource;
import dk.kk.registry.shared.plan.PlanStatus;
import dk.kk.registry.shared.plan.PlanStatusChangedEvent;
import dk.kk.registry.shared.plan.RemovePlanGoalCommand;
import dk.kk.registry.shared.plan.RemovePlanMeasureCommand;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/** A plan takes its own area's goals, and measures that serve them with exact resources. */
class PlanGoalsAndMeasuresTest {

    private final AggregateTestFixture<DevelopmentPlan> fixture = PlanFixtures.fixture();

    @Test
    void aGoalAboutTheAreaBecomesAPlanGoal() {
        fixture.given(created())
                .when(new AddPlanGoalCommand(PLAN, null, SECOND_AREA_GOAL))
                .expectEvents(new PlanGoalAddedEvent(PLAN, SECOND_AREA_GOAL))
                .expectResultMessagePayload(1L);
    }

    @Test
    void aGoalAboutAnotherAreaOrTheWholeCityIsNotThePlans() {
        fixture.given(created())
                .when(new AddPlanGoalCommand(PLAN, null, OTHER_AREA_GOAL))
                .expectException(violationOf("PlanGoalsConcernTheArea", "goalId"));
        fixture.given(created())
                .when(new AddPlanGoalCommand(PLAN, null, CITY_WIDE_GOAL))
                .expectException(violationOf("PlanGoalsConcernTheArea", "goalId"));
    }

    @Test
    void aPlanGoalIsAnExistingGoalTakenOnce() {
        fixture.given(created())
                .when(new AddPlanGoalCommand(PLAN, null, "no-such-goal"))
                .expectException(violationOf("ReferencesMustExist", "goalId"));
        fixture.given(created(), goalAdded(AREA_GOAL))
                .when(new AddPlanGoalCommand(PLAN, null, AREA_GOAL))
                .expectException(AlreadyRecorded.class);
    }

    @Test
    void aGoalLeavesThePlanWithAReason() {
        fixture.given(created(), goalAdded(AREA_GOAL))
                .when(new RemovePlanGoalCommand(PLAN, null, AREA_GOAL))
                .expectException(violationOf("ChangesGiveAReason"));
        fixture.given(created(), goalAdded(AREA_GOAL))
                .when(new RemovePlanGoalCommand(PLAN, null, AREA_GOAL), because("målet er opgivet"))
                .expectEvents(new PlanGoalRemovedEvent(PLAN, AREA_GOAL));
    }

    @Test
    void aGoalAMeasureServesStaysInThePlan() {
        fixture.given(created(), goalAdded(AREA_GOAL), measureChosen("measure-1", List.of(AREA_GOAL)))
                .when(new RemovePlanGoalCommand(PLAN, null, AREA_GOAL), because("målet er opgivet"))
                .expectException(violationOf("MeasuresServePlanGoals", "goalId"));
    }

    @Test
    void aMeasureLeavesThePlanWithAReasonAndThenItsGoalMayLeaveToo() {
        fixture.given(created(), goalAdded(AREA_GOAL), measureChosen("measure-1", List.of(AREA_GOAL)))
                .when(new RemovePlanMeasureCommand(PLAN, null, "measure-1"))
                .expectException(violationOf("ChangesGiveAReason"));
        fixture.given(created(), goalAdded(AREA_GOAL), measureChosen("measure-1", List.of(AREA_GOAL)))
                .when(new RemovePlanMeasureCommand(PLAN, null, "measure-1"), because("valgt i den forkerte plan"))
                .expectEvents(new PlanMeasureRemovedEvent(PLAN, "measure-1"));
        fixture.given(
                        created(),
                        goalAdded(AREA_GOAL),
                        measureChosen("measure-1", List.of(AREA_GOAL)),
                        new PlanMeasureRemovedEvent(PLAN, "measure-1"))
                .when(new RemovePlanGoalCommand(PLAN, null, AREA_GOAL), because("målet er opgivet"))
                .expectEvents(new PlanGoalRemovedEvent(PLAN, AREA_GOAL));
    }

    @Test
    void onlyAMeasureOfThePlanCanBeRemovedAndOnlyOnce() {
        fixture.given(created(), goalAdded(AREA_GOAL), measureChosen("measure-1", List.of(AREA_GOAL)))
                .when(new RemovePlanMeasureCommand(PLAN, null, "measure-2"), because("fejl"))
                .expectException(violationOf("RemovalsNameWhatIsThere", "measureId"));
        fixture.given(
                        created(),
                        goalAdded(AREA_GOAL),
                        measureChosen("measure-1", List.of(AREA_GOAL)),
                        new PlanMeasureRemovedEvent(PLAN, "measure-1"))
                .when(new RemovePlanMeasureCommand(PLAN, null, "measure-1"), because("fejl"))
                .expectException(violationOf("RemovalsNameWhatIsThere", "measureId"));
    }

    @Test
    void anInterventionIsChosenForAPlanGoalWithExactMoneyByYear() {
        List<PlanResource> resources = List.of(resource(2013, "1250000.50"), resource(2014, "0.01"));
        fixture.given(created(), goalAdded(AREA_GOAL))
                .when(measure("measure-1", List.of(AREA_GOAL), resources))
                .expectEvents(new PlanMeasureChosenEvent(
                        PLAN,
                        "measure-1",
                        INTERVENTION,
                        null,
                        List.of(AREA_GOAL),
                        List.of(
                                new PlanResource(
                                        FundingSourceKind.MUNICIPAL_POOL,
                                        null,
                                        2013,
                                        new Money(new BigDecimal("1250000.5"), "DKK")),
                                new PlanResource(
                                        FundingSourceKind.MUNICIPAL_POOL,
                                        null,
                                        2014,
                                        new Money(new BigDecimal("0.01"), "DKK")))));
    }

    @Test
    void aDescribedToolIsAMeasureToo() {
        fixture.given(created(), goalAdded(AREA_GOAL))
                .when(new ChoosePlanMeasureCommand(
                        PLAN, null, "measure-2", null, "Lektiehjælp på biblioteket", List.of(AREA_GOAL), null))
                .expectEvents(new PlanMeasureChosenEvent(
                        PLAN, "measure-2", null, "Lektiehjælp på biblioteket", List.of(AREA_GOAL), List.of()));
    }

    @Test
    void aMeasureIsAnInterventionOrAToolNotBoth() {
        fixture.given(created(), goalAdded(AREA_GOAL))
                .when(new ChoosePlanMeasureCommand(
                        PLAN, null, "measure-2", INTERVENTION, "og et redskab", List.of(AREA_GOAL), null))
                .expectException(violationOf("MeasuresNameOneInterventionOrTool"));
        fixture.given(created(), goalAdded(AREA_GOAL))
                .when(new ChoosePlanMeasureCommand(PLAN, null, "measure-2", null, " ", List.of(AREA_GOAL), null))
                .expectException(violationOf("MeasuresNameOneInterventionOrTool"));
    }

    @Test
    void aMeasuresGoalMustBelongToThePlan() {
        fixture.given(created(), goalAdded(AREA_GOAL))
                .when(measure("measure-1", List.of(AREA_GOAL, SECOND_AREA_GOAL), null))
                .expectException(violationOf("MeasuresServePlanGoals", "goals[1]"))
                .expectNoEvents();
    }

    @Test
    void aMeasureServesAtLeastOneGoal() {
        fixture.given(created(), goalAdded(AREA_GOAL))
                .when(measure("measure-1", List.of(), null))
                .expectException(violationOf("MeasuresServePlanGoals", "goals"));
    }

    @Test
    void aSupersededPlanTakesNoMeasures() {
        fixture.given(
                        created(),
                        goalAdded(AREA_GOAL),
                        new PlanStatusChangedEvent(PLAN, PlanStatus.SUPERSEDED, LocalDate.of(2017, 1, 1)))
                .when(measure("measure-1", List.of(AREA_GOAL), null))
                .expectException(violationOf("SupersededPlansTakeNoMeasures"))
                .expectNoEvents();
    }

    @Test
    void resourcesAreAboveZeroAndNamedOncePerSourceAndYear() {
        fixture.given(created(), goalAdded(AREA_GOAL))
                .when(measure("measure-1", List.of(AREA_GOAL), List.of(resource(2013, "0"))))
                .expectException(violationOf("ResourcesArePositive", "resources[0].amount"));
        fixture.given(created(), goalAdded(AREA_GOAL))
                .when(measure("measure-1", List.of(AREA_GOAL), List.of(resource(2013, "10"), resource(2013, "20"))))
                .expectException(violationOf("NoDuplicates", "resources[1]"));
    }

    @Test
    void aResourceNamesAKnownSourceAndAYear() {
        fixture.given(created(), goalAdded(AREA_GOAL))
                .when(measure(
                        "measure-1",
                        List.of(AREA_GOAL),
                        List.of(new PlanResource(
                                FundingSourceKind.HOUSING_ASSOCIATION, "unknown-association", 2013, Money.dkk("10")))))
                .expectException(violationOf("ReferencesMustExist", "resources[0].source"));
        fixture.given(created(), goalAdded(AREA_GOAL))
                .when(measure(
                        "measure-1",
                        List.of(AREA_GOAL),
                        List.of(new PlanResource(FundingSourceKind.HOUSING_ASSOCIATION, "fsb", null, Money.dkk("10")))))
                .expectException(violationOf("RequiredFields", "resources[0].year"));
    }

    @Test
    void aMeasureIdIsChosenOnce() {
        fixture.given(created(), goalAdded(AREA_GOAL), measureChosen("measure-1", List.of(AREA_GOAL)))
                .when(measure("measure-1", List.of(AREA_GOAL), null))
                .expectException(AlreadyRecorded.class);
    }
}
