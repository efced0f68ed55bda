package dk.kk.registry.command.goal;

import static dk.kk.registry.command.common.Refusals.expectRefusal;
import static dk.kk.registry.command.common.Refusals.violationOf;
import static dk.kk.registry.command.goal.GoalFixtures.AUTUMN_2024;
import static dk.kk.registry.command.goal.GoalFixtures.GOAL;
import static dk.kk.registry.command.goal.GoalFixtures.because;
import static dk.kk.registry.command.goal.GoalFixtures.evictionGoalSet;
import static dk.kk.registry.command.goal.GoalFixtures.reported;

import dk.kk.registry.shared.goal.ConcludeGoalCommand;
import dk.kk.registry.shared.goal.GoalConcludedEvent;
import dk.kk.registry.shared.goal.GoalOutcome;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/** Concluding a goal: once, with a reason, on a status report unless it is abandoned, in a year that has begun. */
class ConcludingGoalsTest {

    private final AggregateTestFixture<Goal> fixture = GoalFixtures.fixture();

    private static ConcludeGoalCommand conclude(GoalOutcome outcome, Integer year) {
        return new ConcludeGoalCommand(GOAL, null, outcome, year);
    }

    @Test
    void aGoalIsConcludedMetOnItsStatus() {
        fixture.givenCurrentTime(AUTUMN_2024)
                .andGiven(evictionGoalSet(), reported(2020, "0.8", "0.3"), reported(2024, "0.6", "0.2"))
                .when(conclude(GoalOutcome.MET, 2024), because("SOF's 2024 status: the goal is met"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new GoalConcludedEvent(GOAL, GoalOutcome.MET, 2024))
                .expectResultMessagePayload(3L);
    }

    @Test
    void everyOutcomeButAbandonedRestsOnAStatus() {
        for (GoalOutcome outcome : new GoalOutcome[] {GoalOutcome.MET, GoalOutcome.NOT_MET, GoalOutcome.PARTLY_MET}) {
            expectRefusal(
                    GoalFixtures.fixture()
                            .givenCurrentTime(AUTUMN_2024)
                            .andGiven(evictionGoalSet())
                            .when(conclude(outcome, 2024), because("no figures")),
                    violationOf("ConclusionsRestOnAStatus", "outcome"));
        }
    }

    @Test
    void aGoalIsAbandonedWithoutStatus() {
        fixture.givenCurrentTime(AUTUMN_2024)
                .andGiven(evictionGoalSet())
                .when(conclude(GoalOutcome.ABANDONED, 2019), because("replaced by the 2019 plan"))
                .expectEvents(new GoalConcludedEvent(GOAL, GoalOutcome.ABANDONED, 2019));
    }

    @Test
    void aConclusionComesNoEarlierThanTheLatestStatus() {
        expectRefusal(
                fixture.givenCurrentTime(AUTUMN_2024)
                        .andGiven(evictionGoalSet(), reported(2024, "0.6", "0.2"))
                        .when(conclude(GoalOutcome.PARTLY_MET, 2023), because("too early")),
                violationOf("ConclusionsRestOnAStatus", "year"),
                "the conclusion is before the latest status report (2024)");
    }

    @Test
    void aConclusionIsNotBeforeTheBaseline() {
        expectRefusal(
                fixture.givenCurrentTime(AUTUMN_2024)
                        .andGiven(evictionGoalSet())
                        .when(conclude(GoalOutcome.ABANDONED, 2016), because("never started")),
                violationOf("DatesAreConsistent", "year"));
    }

    @Test
    void aConclusionsYearHasBegun() {
        expectRefusal(
                fixture.givenCurrentTime(AUTUMN_2024)
                        .andGiven(evictionGoalSet(), reported(2024, "0.6", "0.2"))
                        .when(conclude(GoalOutcome.MET, 2025), because("ahead of time")),
                violationOf("YearHasBegun", "year"));
    }

    @Test
    void aConclusionHasAnOutcomeAndAYear() {
        expectRefusal(
                fixture.givenCurrentTime(AUTUMN_2024)
                        .andGiven(evictionGoalSet(), reported(2024, "0.6", "0.2"))
                        .when(conclude(null, 2024), because("?")),
                violationOf("RequiredFields", "outcome"));
        expectRefusal(
                GoalFixtures.fixture()
                        .givenCurrentTime(AUTUMN_2024)
                        .andGiven(evictionGoalSet(), reported(2024, "0.6", "0.2"))
                        .when(conclude(GoalOutcome.MET, null), because("?")),
                violationOf("RequiredFields", "year"));
    }

    @Test
    void aConclusionGivesAReason() {
        expectRefusal(
                fixture.givenCurrentTime(AUTUMN_2024)
                        .andGiven(evictionGoalSet(), reported(2024, "0.6", "0.2"))
                        .when(conclude(GoalOutcome.MET, 2024), MetaData.emptyInstance()),
                violationOf("ChangesGiveAReason", "reason"),
                "a conclusion requires a reason");
    }

    @Test
    void aGoalIsConcludedOnce() {
        expectRefusal(
                fixture.givenCurrentTime(AUTUMN_2024)
                        .andGiven(
                                evictionGoalSet(),
                                reported(2024, "0.6", "0.2"),
                                new GoalConcludedEvent(GOAL, GoalOutcome.MET, 2024))
                        .when(conclude(GoalOutcome.NOT_MET, 2024), because("second thoughts")),
                violationOf("ConcludedGoalsStayClosed"));
    }
}
