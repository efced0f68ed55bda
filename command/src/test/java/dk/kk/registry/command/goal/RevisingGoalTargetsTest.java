package dk.kk.registry.command.goal;

import static dk.kk.registry.command.common.Refusals.expectRefusal;
import static dk.kk.registry.command.common.Refusals.violationOf;
import static dk.kk.registry.command.goal.GoalFixtures.BASELINE_2017;
import static dk.kk.registry.command.goal.GoalFixtures.GOAL;
import static dk.kk.registry.command.goal.GoalFixtures.MINUS_25_PERCENT;
import static dk.kk.registry.command.goal.GoalFixtures.because;
import static dk.kk.registry.command.goal.GoalFixtures.decimal;
import static dk.kk.registry.command.goal.GoalFixtures.evictionGoalSet;
import static dk.kk.registry.command.goal.GoalFixtures.goalSetWith;
import static dk.kk.registry.command.goal.GoalFixtures.value;

import dk.kk.registry.shared.goal.Baseline;
import dk.kk.registry.shared.goal.GoalConcludedEvent;
import dk.kk.registry.shared.goal.GoalOutcome;
import dk.kk.registry.shared.goal.GoalTargetRevisedEvent;
import dk.kk.registry.shared.goal.GoalTargetType;
import dk.kk.registry.shared.goal.ReviseGoalTargetCommand;
import dk.kk.registry.shared.goal.Target;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/** Target revisions: a measurable new target, with a reason, before the goal is concluded. */
class RevisingGoalTargetsTest {

    private static final Target MINUS_40_PERCENT = new Target(GoalTargetType.RELATIVE_CHANGE, decimal("-0.40"));

    private final AggregateTestFixture<Goal> fixture = GoalFixtures.fixture();

    private static ReviseGoalTargetCommand revise(Target target) {
        return new ReviseGoalTargetCommand(GOAL, null, target);
    }

    @Test
    void aTargetIsRevised() {
        fixture.given(evictionGoalSet())
                .when(revise(MINUS_40_PERCENT), because("the 2021 status was already at -43 %"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new GoalTargetRevisedEvent(GOAL, MINUS_40_PERCENT))
                .expectResultMessagePayload(1L);
    }

    @Test
    void aTargetMayChangeType() {
        fixture.given(evictionGoalSet())
                .when(revise(new Target(GoalTargetType.GAP_REDUCTION, decimal("0.5"))), because("half the gap"))
                .expectEvents(
                        new GoalTargetRevisedEvent(GOAL, new Target(GoalTargetType.GAP_REDUCTION, decimal("0.5"))));
    }

    @Test
    void aRevisionGivesAReason() {
        expectRefusal(
                fixture.given(evictionGoalSet()).when(revise(MINUS_40_PERCENT), MetaData.with("reason", "  ")),
                violationOf("ChangesGiveAReason", "reason"),
                "a target revision requires a reason");
    }

    @Test
    void revisingATargetToTheSameTargetRecordsNothing() {
        expectRefusal(
                fixture.given(evictionGoalSet())
                        .when(revise(new Target(GoalTargetType.RELATIVE_CHANGE, decimal("-0.250"))), because("same")),
                violationOf("NothingChanged", "target"),
                "the goal already has this target");
    }

    @Test
    void aRevisedTargetIsComparedWithTheRevisedOne() {
        fixture.given(evictionGoalSet(), new GoalTargetRevisedEvent(GOAL, MINUS_40_PERCENT))
                .when(revise(MINUS_25_PERCENT), because("back to the policy's figure"))
                .expectEvents(new GoalTargetRevisedEvent(GOAL, MINUS_25_PERCENT));
    }

    @Test
    void aRevisedTargetIsMeasurable() {
        expectRefusal(
                fixture.given(goalSetWith(new Baseline(2017, value("1.4"), null), MINUS_25_PERCENT))
                        .when(
                                revise(new Target(GoalTargetType.PARITY_WITH_COMPARISON, decimal("0"))),
                                because("parity")),
                violationOf("TargetsAreMeasurable", "target"));
    }

    @Test
    void aRevisedTargetHasAValue() {
        expectRefusal(
                fixture.given(goalSetWith(BASELINE_2017, MINUS_25_PERCENT))
                        .when(revise(new Target(GoalTargetType.ABSOLUTE_LEVEL, null)), because("a level")),
                violationOf("RequiredFields", "target.value"));
    }

    @Test
    void aConcludedGoalsTargetStays() {
        expectRefusal(
                fixture.given(evictionGoalSet(), new GoalConcludedEvent(GOAL, GoalOutcome.ABANDONED, 2020))
                        .when(revise(MINUS_40_PERCENT), because("too late")),
                violationOf("ConcludedGoalsStayClosed"));
    }
}
