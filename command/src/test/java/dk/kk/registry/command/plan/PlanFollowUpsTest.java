package dk.kk.registry.command.plan;

import static dk.kk.registry.command.common.Refusals.violationOf;
import static dk.kk.registry.command.plan.PlanFixtures.AREA_GOAL;
import static dk.kk.registry.command.plan.PlanFixtures.AUTUMN_2014;
import static dk.kk.registry.command.plan.PlanFixtures.PLAN;
import static dk.kk.registry.command.plan.PlanFixtures.because;
import static dk.kk.registry.command.plan.PlanFixtures.created;
import static dk.kk.registry.command.plan.PlanFixtures.goalAdded;
import static dk.kk.registry.command.plan.PlanFixtures.measureChosen;

import dk.kk.registry.command.common.AlreadyRecorded;
import dk.kk.registry.command.common.NothingChanged;
import dk.kk.registry.shared.plan.CorrectPlanFollowUpCommand;
import dk.kk.registry.shared.plan.PlanFollowUpCorrectedEvent;
import dk.kk.registry.shared.plan.PlanFollowUpRecordedEvent;
import dk.kk.registry.shared.plan.Progress;
import dk.kk.registry.shared.plan.ProgressNote;
import dk.kk.registry.shared.plan.RecordPlanFollowUpCommand;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/** A follow-up per year, on the plan's own goals and measures; a correction is an event of its own. */
class PlanFollowUpsTest {

    private static final List<ProgressNote> GOAL_ON_TRACK =
            List.of(new ProgressNote(AREA_GOAL, Progress.ON_TRACK, " flere i job "));
    private static final List<ProgressNote> MEASURE_BEHIND =
            List.of(new ProgressNote("measure-1", Progress.BEHIND, null));

    private final AggregateTestFixture<DevelopmentPlan> fixture = PlanFixtures.fixture();

    private static PlanFollowUpRecordedEvent recorded2013() {
        return new PlanFollowUpRecordedEvent(
                PLAN,
                2013,
                List.of(new ProgressNote(AREA_GOAL, Progress.ON_TRACK, "flere i job")),
                MEASURE_BEHIND,
                null);
    }

    @Test
    void aYearsFollowUpIsRecorded() {
        fixture.givenCurrentTime(AUTUMN_2014)
                .andGiven(created(), goalAdded(AREA_GOAL), measureChosen("measure-1", List.of(AREA_GOAL)))
                .when(new RecordPlanFollowUpCommand(PLAN, null, 2013, GOAL_ON_TRACK, MEASURE_BEHIND, " "))
                .expectEvents(recorded2013())
                .expectResultMessagePayload(3L);
    }

    @Test
    void aYearIsFollowedUpOnce() {
        fixture.givenCurrentTime(AUTUMN_2014)
                .andGiven(
                        created(), goalAdded(AREA_GOAL), measureChosen("measure-1", List.of(AREA_GOAL)), recorded2013())
                .when(new RecordPlanFollowUpCommand(PLAN, null, 2013, null, null, "igen"))
                .expectException(AlreadyRecorded.class);
    }

    @Test
    void aFollowUpIsOfAYearThatHasBegun() {
        fixture.givenCurrentTime(AUTUMN_2014)
                .andGiven(created())
                .when(new RecordPlanFollowUpCommand(PLAN, null, 2015, null, null, "for tidligt"))
                .expectException(violationOf("YearHasBegun", "year"));
    }

    @Test
    void aFollowUpSpeaksOfThePlansOwnGoalsAndMeasures() {
        fixture.givenCurrentTime(AUTUMN_2014)
                .andGiven(created(), goalAdded(AREA_GOAL))
                .when(new RecordPlanFollowUpCommand(
                        PLAN,
                        null,
                        2013,
                        List.of(new ProgressNote("another-goal", Progress.ON_TRACK, null)),
                        null,
                        null))
                .expectException(violationOf("FollowUpsFollowThePlan", "goals[0].subject"));
        fixture.givenCurrentTime(AUTUMN_2014)
                .andGiven(created(), goalAdded(AREA_GOAL))
                .when(new RecordPlanFollowUpCommand(PLAN, null, 2013, null, MEASURE_BEHIND, null))
                .expectException(violationOf("FollowUpsFollowThePlan", "measures[0].subject"));
    }

    @Test
    void anEmptyFollowUpIsRefused() {
        fixture.givenCurrentTime(AUTUMN_2014)
                .andGiven(created())
                .when(new RecordPlanFollowUpCommand(PLAN, null, 2013, List.of(), null, " "))
                .expectException(violationOf("RequiredFields"));
    }

    @Test
    void aFollowUpIsCorrectedByAnEventWithAReason() {
        List<ProgressNote> completed = List.of(new ProgressNote("measure-1", Progress.COMPLETED, "afsluttet"));
        fixture.givenCurrentTime(AUTUMN_2014)
                .andGiven(
                        created(), goalAdded(AREA_GOAL), measureChosen("measure-1", List.of(AREA_GOAL)), recorded2013())
                .when(
                        new CorrectPlanFollowUpCommand(PLAN, null, 2013, GOAL_ON_TRACK, completed, null),
                        because("indsatsen var afsluttet"))
                .expectEvents(new PlanFollowUpCorrectedEvent(
                        PLAN,
                        2013,
                        List.of(new ProgressNote(AREA_GOAL, Progress.ON_TRACK, "flere i job")),
                        completed,
                        null));
    }

    @Test
    void aCorrectionNeedsAReasonAFollowUpAndAChange() {
        fixture.givenCurrentTime(AUTUMN_2014)
                .andGiven(
                        created(), goalAdded(AREA_GOAL), measureChosen("measure-1", List.of(AREA_GOAL)), recorded2013())
                .when(new CorrectPlanFollowUpCommand(PLAN, null, 2013, GOAL_ON_TRACK, MEASURE_BEHIND, null))
                .expectException(violationOf("ChangesGiveAReason"));
        fixture.givenCurrentTime(AUTUMN_2014)
                .andGiven(
                        created(), goalAdded(AREA_GOAL), measureChosen("measure-1", List.of(AREA_GOAL)), recorded2013())
                .when(
                        new CorrectPlanFollowUpCommand(PLAN, null, 2013, GOAL_ON_TRACK, MEASURE_BEHIND, null),
                        because("samme"))
                .expectException(NothingChanged.class);
        fixture.givenCurrentTime(AUTUMN_2014)
                .andGiven(created())
                .when(new CorrectPlanFollowUpCommand(PLAN, null, 2012, null, null, "x"), because("fejl"))
                .expectException(violationOf("CorrectionsNameAFollowUp", "year"));
    }

    @Test
    void aCorrectedFollowUpIsTheOneLaterCorrectionsCompareWith() {
        List<ProgressNote> completed = List.of(new ProgressNote("measure-1", Progress.COMPLETED, null));
        fixture.givenCurrentTime(AUTUMN_2014)
                .andGiven(
                        created(),
                        goalAdded(AREA_GOAL),
                        measureChosen("measure-1", List.of(AREA_GOAL)),
                        recorded2013(),
                        new PlanFollowUpCorrectedEvent(PLAN, 2013, List.of(), completed, null))
                .when(new CorrectPlanFollowUpCommand(PLAN, null, 2013, null, completed, null), because("samme"))
                .expectException(NothingChanged.class);
    }
}
