package dk.kk.registry.command.goal;

import static dk.kk.registry.command.common.Refusals.expectRefusal;
import static dk.kk.registry.command.common.Refusals.violationOf;
import static dk.kk.registry.command.goal.GoalFixtures.GOAL;
import static dk.kk.registry.command.goal.GoalFixtures.decimal;
import static dk.kk.registry.command.goal.GoalFixtures.goal;
import static dk.kk.registry.command.goal.GoalFixtures.value;

import dk.kk.registry.command.common.AlreadyRecorded;
import dk.kk.registry.shared.common.UncertainValue;
import dk.kk.registry.shared.goal.Baseline;
import dk.kk.registry.shared.goal.GoalTargetType;
import dk.kk.registry.shared.goal.Target;
import java.util.Arrays;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/** Setting a goal: what it must say, and the references and figures it is refused for. */
class SettingAGoalTest {

    private final AggregateTestFixture<Goal> fixture = GoalFixtures.fixture();

    @Test
    void aGoalIsSet() {
        fixture.givenNoPriorActivity()
                .when(goal().title(" Fewer eviction warnings ").command())
                .expectSuccessfulHandlerExecution()
                .expectEvents(goal().event())
                .expectResultMessagePayload(GOAL);
    }

    @Test
    void aGoalWithoutAreasIsCityWideAndWithoutComparisonAreaIsComparedWithTheRestOfTheCity() {
        fixture.givenNoPriorActivity()
                .when(goal().areas(null).comparedWith(null).command())
                .expectEvents(goal().comparedWith("rest-of-copenhagen").event());
    }

    @Test
    void aGoalMayBeAboutSomeAreas() {
        fixture.givenNoPriorActivity()
                .when(goal().areas(List.of("tingbjerg-husum", "bispebjerg-nordvest"))
                        .command())
                .expectEvents(goal().areas(List.of("tingbjerg-husum", "bispebjerg-nordvest"))
                        .event());
    }

    @Test
    void aGoalsAreasExist() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(goal().areas(List.of("tingbjerg-husum", "atlantis"))
                                .command()),
                violationOf("ReferencesMustExist", "areas[1]"),
                "unknown area 'atlantis'");
    }

    @Test
    void aGoalNamesEachAreaOnce() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(goal().areas(List.of("tingbjerg-husum", "tingbjerg-husum"))
                                .command()),
                violationOf("NoDuplicates", "areas"));
    }

    @Test
    void aGoalIsNotComparedWithOneOfItsOwnAreas() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(goal().areas(List.of("tingbjerg-husum"))
                                .comparedWith("tingbjerg-husum")
                                .command()),
                violationOf("ComparisonIsAnotherArea", "areas[0]"));
    }

    @Test
    void aGoalIsComparedWithAKnownArea() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(goal().comparedWith("denmark").command()),
                violationOf("ReferencesMustExist", "comparisonArea"),
                "unknown area 'denmark'");
    }

    @Test
    void aGoalWithoutDeadlineIsSet() {
        fixture.givenNoPriorActivity().when(goal().deadline(null).command()).expectSuccessfulHandlerExecution();
    }

    @Test
    void aGoalMayBeDueInItsBaselineYear() {
        fixture.givenNoPriorActivity().when(goal().deadline(2017).command()).expectSuccessfulHandlerExecution();
    }

    @Test
    void aGoalHasATitle() {
        expectRefusal(
                fixture.givenNoPriorActivity().when(goal().title(null).command()),
                violationOf("RequiredFields", "title"),
                "title is required");
    }

    @Test
    void aGoalTitleIsAtMostThreeHundredCharacters() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(goal().title("t".repeat(301)).command()),
                violationOf("TextLimits", "title"),
                "title is longer than 300 characters");
    }

    @Test
    void aGoalBelongsToAKnownPolicy() {
        expectRefusal(
                fixture.givenNoPriorActivity().when(goal().policy("policy-1999").command()),
                violationOf("ReferencesMustExist", "policy"),
                "unknown policy 'policy-1999'");
    }

    @Test
    void aGoalIsOwnedByAnAdministration() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(goal().ownedBy("copenhagen-police").command()),
                violationOf("ReferencesMustExist", "ownerAdministration"),
                "unknown administration 'copenhagen-police'");
    }

    @Test
    void aGoalIsMeasuredByAKnownIndicator() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(goal().indicator("evictions").command()),
                violationOf("ReferencesMustExist", "indicator"),
                "unknown indicator 'evictions'");
    }

    @Test
    void aGoalHasABaseline() {
        expectRefusal(
                fixture.givenNoPriorActivity().when(goal().baseline(null).command()),
                violationOf("RequiredFields", "baseline"),
                "baseline is required");
    }

    @Test
    void aBaselineHasAnAreaValue() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(goal().baseline(new Baseline(2017, null, value("0.6")))
                                .command()),
                violationOf("RequiredFields", "baseline.areaValue"));
    }

    @Test
    void aBaselineYearIsPlausible() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(goal().baseline(new Baseline(0, value("1.4"), value("0.6")))
                                .command()),
                violationOf("YearsArePlausible", "baseline.year"),
                "baseline.year must be between 1990 and 2100");
    }

    @Test
    void aBaselineHasBeenMeasured() {
        expectRefusal(
                fixture.givenCurrentTime(GoalFixtures.AUTUMN_2024)
                        .when(goal().baseline(new Baseline(2025, value("1.4"), value("0.6")))
                                .command()),
                violationOf("YearHasBegun", "baseline.year"));
    }

    @Test
    void valuesHaveAtMostSixDecimals() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(goal().baseline(new Baseline(2017, value("1.4000001"), value("0.6")))
                                .command()),
                violationOf("ValuesAreBounded", "baseline.areaValue"));
    }

    @Test
    void valuesAreBelowATrillion() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(goal().baseline(new Baseline(2017, value("1E+12"), value("0.6")))
                                .command()),
                violationOf("ValuesAreBounded", "baseline.areaValue"));
    }

    @Test
    void aGoalHasATarget() {
        expectRefusal(
                fixture.givenNoPriorActivity().when(goal().target(null).command()),
                violationOf("RequiredFields", "target"),
                "target is required");
    }

    @Test
    void aTargetHasAType() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(goal().target(new Target(null, decimal("-0.25"))).command()),
                violationOf("RequiredFields", "target.type"),
                "target.type is required");
    }

    @Test
    void aTargetHasAValue() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(goal().target(new Target(GoalTargetType.RELATIVE_CHANGE, null))
                                .command()),
                violationOf("RequiredFields", "target.value"),
                "target.value is required");
    }

    @Test
    void everyTargetTypeCanBeSet() {
        Arrays.stream(new Target[] {
                    new Target(GoalTargetType.RELATIVE_CHANGE, decimal("-1")),
                    new Target(GoalTargetType.ABSOLUTE_LEVEL, decimal("0.7")),
                    new Target(GoalTargetType.PARITY_WITH_COMPARISON, decimal("0")),
                    new Target(GoalTargetType.GAP_REDUCTION, decimal("1"))
                })
                .forEach(target -> GoalFixtures.fixture()
                        .givenNoPriorActivity()
                        .when(goal().target(target).command())
                        .expectSuccessfulHandlerExecution());
    }

    @Test
    void aRelativeChangeCannotGoBelowMinusHundredPercent() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(goal().target(GoalTargetType.RELATIVE_CHANGE, "-1.01")
                                .command()),
                violationOf("TargetsAreMeasurable", "target"));
    }

    @Test
    void aRelativeChangeNeedsABaselineOtherThanZero() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(goal().baseline(new Baseline(2017, value("0.0"), value("0.6")))
                                .command()),
                violationOf("TargetsAreMeasurable", "target"),
                "a relative change needs a baseline area value other than 0");
    }

    @Test
    void aBaselineMayBeARangeAsItsSourceStatesIt() {
        Baseline stated = new Baseline(
                2017, UncertainValue.range(decimal("67"), decimal("72")), UncertainValue.below(decimal("60")));
        fixture.givenNoPriorActivity()
                .when(goal().baseline(stated).command())
                .expectSuccessfulHandlerExecution()
                .expectEvents(GoalFixtures.evictionGoalSetWith(stated));
    }

    @Test
    void aRelativeChangeNeedsABaselineThatCannotBeZero() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(goal().baseline(new Baseline(2017, UncertainValue.below(decimal("0.5")), value("0.6")))
                                .command()),
                violationOf("TargetsAreMeasurable", "target"),
                "a relative change needs a baseline area value other than 0, and the range " + "<0.5 allows 0");
    }

    @Test
    void parityNeedsTheComparisonsBaseline() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(goal().baseline(new Baseline(2017, value("1.4"), null))
                                .target(GoalTargetType.PARITY_WITH_COMPARISON, "0")
                                .command()),
                violationOf("TargetsAreMeasurable", "target"),
                "PARITY_WITH_COMPARISON needs the baseline's comparisonValue");
    }

    @Test
    void aParityToleranceIsNotNegative() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(goal().target(GoalTargetType.PARITY_WITH_COMPARISON, "-0.1")
                                .command()),
                violationOf("TargetsAreMeasurable", "target"));
    }

    @Test
    void aGapReductionNeedsTheComparisonsBaseline() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(goal().baseline(new Baseline(2017, value("1.4"), null))
                                .target(GoalTargetType.GAP_REDUCTION, "0.5")
                                .command()),
                violationOf("TargetsAreMeasurable", "target"));
    }

    @Test
    void aGapReductionClosesAShareBetweenZeroAndOne() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(goal().target(GoalTargetType.GAP_REDUCTION, "1.5").command()),
                violationOf("TargetsAreMeasurable", "target"));
        expectRefusal(
                GoalFixtures.fixture()
                        .givenNoPriorActivity()
                        .when(goal().target(GoalTargetType.GAP_REDUCTION, "0").command()),
                violationOf("TargetsAreMeasurable", "target"));
    }

    @Test
    void aGapReductionNeedsAGap() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(goal().baseline(new Baseline(2017, value("0.6"), value("0.60")))
                                .target(GoalTargetType.GAP_REDUCTION, "0.5")
                                .command()),
                violationOf("TargetsAreMeasurable", "target"),
                "there is no gap to the comparison area at the baseline to reduce");
    }

    @Test
    void aGoalCannotBeDueBeforeItsBaselineYear() {
        expectRefusal(
                fixture.givenNoPriorActivity().when(goal().deadline(2016).command()),
                violationOf("DatesAreConsistent", "deadlineYear"),
                "the deadline is before the baseline year");
    }

    @Test
    void aDeadlineIsPlausible() {
        expectRefusal(
                fixture.givenNoPriorActivity().when(goal().deadline(2101).command()),
                violationOf("YearsArePlausible", "deadlineYear"));
    }

    @Test
    void aGoalIsSetOnce() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(goal().id("sof-minors-before-a-judge").command()),
                AlreadyRecorded.class,
                "goal 'sof-minors-before-a-judge' already exists");
    }

    @Test
    void aGoalIdIsNotAnotherThingsId() {
        expectRefusal(
                fixture.givenNoPriorActivity().when(goal().id("copenhagen").command()),
                AlreadyRecorded.class,
                "'copenhagen' is already the id of an area");
    }

    @Test
    void aGoalHasAnId() {
        expectRefusal(fixture.givenNoPriorActivity().when(goal().id(" ").command()), violationOf("RequiredFields"));
    }
}
