package dk.kk.registry.command.reference;

import static dk.kk.registry.command.common.Refusals.violationOf;

import dk.kk.registry.command.common.AlreadyRecorded;
import dk.kk.registry.command.common.KnownReferences;
import dk.kk.registry.shared.goal.Baseline;
import dk.kk.registry.shared.goal.GoalSetEvent;
import dk.kk.registry.shared.goal.GoalTargetType;
import dk.kk.registry.shared.goal.SetGoalCommand;
import dk.kk.registry.shared.goal.Target;
import java.math.BigDecimal;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SOF's goal 2 of the 2017 policy: eviction warnings in the areas down by 25 % from 2017 to 2025. */
class GoalTest {

    private static final String GOAL = "sof-eviction-warnings";
    private static final Baseline BASELINE_2017 = new Baseline(2017, new BigDecimal("1.4"), new BigDecimal("0.6"));
    private static final Target MINUS_25_PERCENT = new Target(GoalTargetType.RELATIVE_CHANGE, new BigDecimal("-0.25"));

    private AggregateTestFixture<Goal> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Goal.class);
        fixture.registerInjectableResource(KnownReferences.none()
                .policy("policy-2017")
                .administration("SOF")
                .organisation("copenhagen-police")
                .indicator("eviction-warnings")
                .goal("sof-minors-before-a-judge"));
    }

    /** A valid goal; a test overrides what it is about. */
    private static final class Goals {

        private String goalId = GOAL;
        private String title = "Fewer eviction warnings";
        private String policy = "policy-2017";
        private String owner = "SOF";
        private String indicator = "eviction-warnings";
        private Baseline baseline = BASELINE_2017;
        private Target target = MINUS_25_PERCENT;
        private Integer deadlineYear = 2025;

        Goals id(String goalId) {
            this.goalId = goalId;
            return this;
        }

        Goals title(String title) {
            this.title = title;
            return this;
        }

        Goals policy(String policy) {
            this.policy = policy;
            return this;
        }

        Goals ownedBy(String administration) {
            this.owner = administration;
            return this;
        }

        Goals indicator(String indicator) {
            this.indicator = indicator;
            return this;
        }

        Goals baseline(Baseline baseline) {
            this.baseline = baseline;
            return this;
        }

        Goals target(Target target) {
            this.target = target;
            return this;
        }

        Goals deadline(Integer year) {
            this.deadlineYear = year;
            return this;
        }

        SetGoalCommand command() {
            return new SetGoalCommand(goalId, title, policy, owner, indicator, baseline, target, deadlineYear);
        }
    }

    private static Goals goal() {
        return new Goals();
    }

    @Test
    void aGoalIsSet() {
        fixture.givenNoPriorActivity()
                .when(goal().title(" Fewer eviction warnings ").command())
                .expectSuccessfulHandlerExecution()
                .expectEvents(new GoalSetEvent(GOAL, "Fewer eviction warnings", "policy-2017", "SOF",
                        "eviction-warnings", BASELINE_2017, MINUS_25_PERCENT, 2025))
                .expectResultMessagePayload(GOAL);
    }

    @Test
    void aGoalWithoutDeadlineIsSet() {
        fixture.givenNoPriorActivity()
                .when(goal().deadline(null).command())
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aGoalMayBeDueInItsBaselineYear() {
        fixture.givenNoPriorActivity()
                .when(goal().deadline(2017).command())
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aGoalHasATitle() {
        fixture.givenNoPriorActivity()
                .when(goal().title(null).command())
                .expectNoEvents()
                .expectException(violationOf("RequiredFields", "title"))
                .expectExceptionMessage("title is required");
    }

    @Test
    void aGoalTitleIsAtMostThreeHundredCharacters() {
        fixture.givenNoPriorActivity()
                .when(goal().title("t".repeat(301)).command())
                .expectNoEvents()
                .expectException(violationOf("TextLimits", "title"))
                .expectExceptionMessage("title is longer than 300 characters");
    }

    @Test
    void aGoalBelongsToAKnownPolicy() {
        fixture.givenNoPriorActivity()
                .when(goal().policy("policy-1999").command())
                .expectNoEvents()
                .expectException(violationOf("ReferencesMustExist", "policy"))
                .expectExceptionMessage("unknown policy 'policy-1999'");
    }

    @Test
    void aGoalIsOwnedByAnAdministration() {
        fixture.givenNoPriorActivity()
                .when(goal().ownedBy("copenhagen-police").command())
                .expectNoEvents()
                .expectException(violationOf("ReferencesMustExist", "ownerAdministration"))
                .expectExceptionMessage("unknown administration 'copenhagen-police'");
    }

    @Test
    void aGoalIsMeasuredByAKnownIndicator() {
        fixture.givenNoPriorActivity()
                .when(goal().indicator("evictions").command())
                .expectNoEvents()
                .expectException(violationOf("ReferencesMustExist", "indicator"))
                .expectExceptionMessage("unknown indicator 'evictions'");
    }

    @Test
    void aGoalHasABaseline() {
        fixture.givenNoPriorActivity()
                .when(goal().baseline(null).command())
                .expectNoEvents()
                .expectException(violationOf("RequiredFields", "baseline"))
                .expectExceptionMessage("baseline is required");
    }

    @Test
    void aGoalHasATarget() {
        fixture.givenNoPriorActivity()
                .when(goal().target(null).command())
                .expectNoEvents()
                .expectException(violationOf("RequiredFields", "target"))
                .expectExceptionMessage("target is required");
    }

    @Test
    void aTargetHasAType() {
        fixture.givenNoPriorActivity()
                .when(goal().target(new Target(null, new BigDecimal("-0.25"))).command())
                .expectNoEvents()
                .expectException(violationOf("RequiredFields", "target.type"))
                .expectExceptionMessage("target.type is required");
    }

    @Test
    void aTargetHasAValue() {
        fixture.givenNoPriorActivity()
                .when(goal().target(new Target(GoalTargetType.RELATIVE_CHANGE, null)).command())
                .expectNoEvents()
                .expectException(violationOf("RequiredFields", "target.value"))
                .expectExceptionMessage("target.value is required");
    }

    @Test
    void aGoalCannotBeDueBeforeItsBaselineYear() {
        fixture.givenNoPriorActivity()
                .when(goal().deadline(2016).command())
                .expectNoEvents()
                .expectException(violationOf("DatesAreConsistent", "deadlineYear"))
                .expectExceptionMessage("the deadline is before the baseline year");
    }

    @Test
    void aGoalIsSetOnce() {
        fixture.givenNoPriorActivity()
                .when(goal().id("sof-minors-before-a-judge").command())
                .expectNoEvents()
                .expectException(AlreadyRecorded.class)
                .expectExceptionMessage("goal 'sof-minors-before-a-judge' already exists");
    }

    @Test
    void aGoalHasAnId() {
        fixture.givenNoPriorActivity()
                .when(goal().id(" ").command())
                .expectNoEvents()
                .expectException(violationOf("RequiredFields"));
    }
}
