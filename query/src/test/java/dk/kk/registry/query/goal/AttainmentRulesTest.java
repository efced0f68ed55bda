package dk.kk.registry.query.goal;

import static dk.kk.registry.shared.goal.Attainment.MET;
import static dk.kk.registry.shared.goal.Attainment.NOT_MET;
import static dk.kk.registry.shared.goal.Attainment.NO_DATA;
import static dk.kk.registry.shared.goal.Attainment.OFF_TRACK;
import static dk.kk.registry.shared.goal.Attainment.ON_TRACK;
import static dk.kk.registry.shared.goal.GoalTargetType.ABSOLUTE_LEVEL;
import static dk.kk.registry.shared.goal.GoalTargetType.GAP_REDUCTION;
import static dk.kk.registry.shared.goal.GoalTargetType.PARITY_WITH_COMPARISON;
import static dk.kk.registry.shared.goal.GoalTargetType.RELATIVE_CHANGE;
import static dk.kk.registry.shared.indicator.Direction.HIGHER_IS_BETTER;
import static dk.kk.registry.shared.indicator.Direction.LOWER_IS_BETTER;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kk.registry.shared.common.Certainty;
import dk.kk.registry.shared.common.UncertainValue;
import dk.kk.registry.shared.goal.Baseline;
import dk.kk.registry.shared.goal.GoalConclusionView;
import dk.kk.registry.shared.goal.GoalOutcome;
import dk.kk.registry.shared.goal.GoalStatusReportView;
import dk.kk.registry.shared.goal.GoalTargetType;
import dk.kk.registry.shared.goal.GoalView;
import dk.kk.registry.shared.goal.Target;
import dk.kk.registry.shared.indicator.Direction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The board's arithmetic, for every target type, both directions and every state (ADR 0007). */
class AttainmentRulesTest {

    @Nested
    class RelativeChange {

        @Test
        void theSeedsEvictionWarningsAreReachedBeforeTheDeadline() {
            Assessment assessment = goal(RELATIVE_CHANGE, "-0.25")
                    .baseline(2017, "1.4", "0.6")
                    .status(2020, "0.8", "0.3")
                    .status(2024, "0.6", "0.2")
                    .assess(LOWER_IS_BETTER);

            assertThat(assessment.measuredValue().exactValue()).isEqualByComparingTo("-0.5714");
            assertThat(assessment.requiredValue()).isEqualByComparingTo("-0.25");
            assertThat(assessment.expectedShare()).isEqualByComparingTo("0.875");
            assertThat(assessment.expectedValue().exactValue()).isEqualByComparingTo("-0.2188");
            assertThat(assessment.attainment()).isEqualTo(ON_TRACK);
            assertThat(assessment.explanation())
                    .isEqualTo("Baseline 1.4 (2017) → status 0.6 (2024) = -57.1 % "
                            + "against a target of -25 % by 2025, lower is better: the target is reached before the "
                            + "deadline → ON_TRACK.");
        }

        @Test
        void theSeedsEvictionWarningsAreMetByTheConclusion() {
            Assessment assessment = goal(RELATIVE_CHANGE, "-0.25")
                    .baseline(2017, "1.4", "0.6")
                    .status(2024, "0.6", "0.2")
                    .concluded(GoalOutcome.MET, 2024)
                    .assess(LOWER_IS_BETTER);

            assertThat(assessment.measuredAttainment()).isEqualTo(ON_TRACK);
            assertThat(assessment.attainment()).isEqualTo(MET);
            assertThat(assessment.explanation())
                    .isEqualTo("Baseline 1.4 (2017) → status 0.6 (2024) = -57.1 % "
                            + "against a target of -25 % by 2025, lower is better: the target is reached before the "
                            + "deadline → ON_TRACK; concluded MET in 2024 → MET.");
        }

        @Test
        void theSeedsMinorsBeforeAJudgeWereOffTrackIn2020() {
            Assessment assessment = goal(RELATIVE_CHANGE, "-0.06")
                    .baseline(2016, "56", null)
                    .status(2020, "59", null)
                    .assess(LOWER_IS_BETTER);

            assertThat(assessment.measuredValue().exactValue()).isEqualByComparingTo("0.0536");
            assertThat(assessment.expectedShare()).isEqualByComparingTo("0.4444");
            assertThat(assessment.expectedValue().exactValue()).isEqualByComparingTo("-0.0267");
            assertThat(assessment.attainment()).isEqualTo(OFF_TRACK);
            assertThat(assessment.explanation())
                    .isEqualTo("Baseline 56 (2016) → status 59 (2020) = +5.4 % "
                            + "against a target of -6 % by 2025, lower is better: the straight line from 2016 to 2025 "
                            + "requires -2.7 % by 2020 → OFF_TRACK.");
        }

        @Test
        void theSeedsMinorsBeforeAJudgeReachedTheTargetIn2023() {
            Assessment assessment = goal(RELATIVE_CHANGE, "-0.06")
                    .baseline(2016, "56", null)
                    .status(2020, "59", null)
                    .status(2023, "42", null)
                    .assess(LOWER_IS_BETTER);

            assertThat(assessment.measuredValue().exactValue()).isEqualByComparingTo("-0.25");
            assertThat(assessment.attainment()).isEqualTo(ON_TRACK);
        }

        @Test
        void aStatusForTheDeadlineYearIsFinal() {
            assertThat(goal(RELATIVE_CHANGE, "-0.25")
                            .baseline(2017, "1.4", null)
                            .status(2025, "1.05", null)
                            .assess(LOWER_IS_BETTER)
                            .attainment())
                    .isEqualTo(MET);
            assertThat(goal(RELATIVE_CHANGE, "-0.25")
                            .baseline(2017, "1.4", null)
                            .status(2025, "1.06", null)
                            .assess(LOWER_IS_BETTER)
                            .attainment())
                    .isEqualTo(NOT_MET);
            Assessment late = goal(RELATIVE_CHANGE, "-0.25")
                    .baseline(2017, "1.4", null)
                    .status(2026, "1.2", null)
                    .assess(LOWER_IS_BETTER);
            assertThat(late.attainment()).isEqualTo(NOT_MET);
            assertThat(late.explanation())
                    .endsWith("the status is for the deadline year or later and the target "
                            + "is not reached → NOT_MET.");
        }

        @Test
        void higherIsBetterTurnsTheComparisonAround() {
            GoalBuilder employment = goal(RELATIVE_CHANGE, "0.10").baseline(2017, "50", null);
            assertThat(employment
                            .status(2021, "52", null)
                            .assess(HIGHER_IS_BETTER)
                            .attainment())
                    .isEqualTo(OFF_TRACK);
            assertThat(goal(RELATIVE_CHANGE, "0.10")
                            .baseline(2017, "50", null)
                            .status(2021, "53", null)
                            .assess(HIGHER_IS_BETTER)
                            .attainment())
                    .isEqualTo(ON_TRACK);
            assertThat(goal(RELATIVE_CHANGE, "0.10")
                            .baseline(2017, "50", null)
                            .status(2021, "56", null)
                            .assess(HIGHER_IS_BETTER)
                            .attainment())
                    .isEqualTo(ON_TRACK);
        }

        /** With lower is better, a target of +10 % allows a rise of at most 10 %. */
        @Test
        void aRiseCanBeTheCeilingOfALowerIsBetterGoal() {
            assertThat(goal(RELATIVE_CHANGE, "0.10")
                            .baseline(2017, "50", null)
                            .status(2021, "53", null)
                            .assess(LOWER_IS_BETTER)
                            .attainment())
                    .isEqualTo(ON_TRACK);
            assertThat(goal(RELATIVE_CHANGE, "0.10")
                            .baseline(2017, "50", null)
                            .status(2025, "56", null)
                            .assess(LOWER_IS_BETTER)
                            .attainment())
                    .isEqualTo(NOT_MET);
        }

        @Test
        void exactlyOnTheStraightLineIsOnTrack() {
            Assessment assessment = goal(RELATIVE_CHANGE, "0.10")
                    .baseline(2017, "50", null)
                    .status(2021, "52.5", null)
                    .assess(HIGHER_IS_BETTER);

            assertThat(assessment.expectedValue().exactValue()).isEqualByComparingTo("0.05");
            assertThat(assessment.attainment()).isEqualTo(ON_TRACK);
        }

        /** -1/3 is below -0.333333 but not below -0.333334; the rounded figure shown is the same for both. */
        @Test
        void verdictsAreDecidedOnExactValuesNotOnRoundedOnes() {
            Assessment met = goal(RELATIVE_CHANGE, "-0.333333")
                    .baseline(2017, "3", null)
                    .status(2025, "2", null)
                    .assess(LOWER_IS_BETTER);
            Assessment notMet = goal(RELATIVE_CHANGE, "-0.333334")
                    .baseline(2017, "3", null)
                    .status(2025, "2", null)
                    .assess(LOWER_IS_BETTER);

            assertThat(met.measuredValue().exactValue()).isEqualByComparingTo("-0.3333");
            assertThat(notMet.measuredValue().exactValue()).isEqualByComparingTo("-0.3333");
            assertThat(met.attainment()).isEqualTo(MET);
            assertThat(notMet.attainment()).isEqualTo(NOT_MET);
        }

        @Test
        void theLatestStatusIsTheOneWithTheLatestYear() {
            Assessment assessment = goal(RELATIVE_CHANGE, "-0.25")
                    .baseline(2017, "1.4", null)
                    .status(2024, "0.6", null)
                    .status(2020, "0.8", null)
                    .assess(LOWER_IS_BETTER);

            assertThat(assessment.measuredValue().exactValue()).isEqualByComparingTo("-0.5714");
        }

        @Test
        void withoutADeadlineOnlyAReachedTargetIsOnTrack() {
            assertThat(goal(RELATIVE_CHANGE, "-0.25")
                            .baseline(2017, "1.4", null)
                            .deadline(null)
                            .status(2024, "0.6", null)
                            .assess(LOWER_IS_BETTER)
                            .attainment())
                    .isEqualTo(ON_TRACK);
            Assessment notYet = goal(RELATIVE_CHANGE, "-0.25")
                    .baseline(2017, "1.4", null)
                    .deadline(null)
                    .status(2024, "1.3", null)
                    .assess(LOWER_IS_BETTER);
            assertThat(notYet.attainment()).isEqualTo(OFF_TRACK);
            assertThat(notYet.expectedShare()).isNull();
            assertThat(notYet.explanation()).endsWith("there is no deadline to pace against → OFF_TRACK.");
        }
    }

    @Nested
    class AbsoluteLevel {

        @Test
        void lowerIsBetterFollowsTheLineFromBaselineToTargetLevel() {
            Assessment onTrack = goal(ABSOLUTE_LEVEL, "0.7")
                    .baseline(2017, "1.4", null)
                    .status(2021, "0.9", null)
                    .assess(LOWER_IS_BETTER);
            assertThat(onTrack.expectedValue().exactValue()).isEqualByComparingTo("1.05");
            assertThat(onTrack.measuredValue().exactValue()).isEqualByComparingTo("0.9");
            assertThat(onTrack.attainment()).isEqualTo(ON_TRACK);
            assertThat(onTrack.explanation())
                    .isEqualTo("Status 0.9 (2021) against a target level of 0.7 by 2025 "
                            + "(baseline 1.4 in 2017), lower is better: the straight line from 2017 to 2025 requires 1.05 "
                            + "by 2021 → ON_TRACK.");
            assertThat(goal(ABSOLUTE_LEVEL, "0.7")
                            .baseline(2017, "1.4", null)
                            .status(2021, "1.2", null)
                            .assess(LOWER_IS_BETTER)
                            .attainment())
                    .isEqualTo(OFF_TRACK);
        }

        @Test
        void lowerIsBetterIsMetAtOrBelowTheLevel() {
            assertThat(goal(ABSOLUTE_LEVEL, "0.7")
                            .baseline(2017, "1.4", null)
                            .status(2025, "0.70", null)
                            .assess(LOWER_IS_BETTER)
                            .attainment())
                    .isEqualTo(MET);
            assertThat(goal(ABSOLUTE_LEVEL, "0.7")
                            .baseline(2017, "1.4", null)
                            .status(2025, "0.71", null)
                            .assess(LOWER_IS_BETTER)
                            .attainment())
                    .isEqualTo(NOT_MET);
        }

        @Test
        void higherIsBetterIsMetAtOrAboveTheLevel() {
            assertThat(goal(ABSOLUTE_LEVEL, "75")
                            .baseline(2017, "60", null)
                            .status(2025, "74", null)
                            .assess(HIGHER_IS_BETTER)
                            .attainment())
                    .isEqualTo(NOT_MET);
            assertThat(goal(ABSOLUTE_LEVEL, "75")
                            .baseline(2017, "60", null)
                            .status(2025, "75", null)
                            .assess(HIGHER_IS_BETTER)
                            .attainment())
                    .isEqualTo(MET);
            Assessment onTrack = goal(ABSOLUTE_LEVEL, "75")
                    .baseline(2017, "60", null)
                    .status(2021, "68", null)
                    .assess(HIGHER_IS_BETTER);
            assertThat(onTrack.expectedValue().exactValue()).isEqualByComparingTo("67.5");
            assertThat(onTrack.attainment()).isEqualTo(ON_TRACK);
        }
    }

    @Nested
    class ParityWithComparison {

        @Test
        void lowerIsBetterMeasuresHowFarTheAreasAreAbove() {
            Assessment offTrack = goal(PARITY_WITH_COMPARISON, "0.1")
                    .baseline(2017, "1.4", "0.6")
                    .status(2021, "0.9", "0.4")
                    .assess(LOWER_IS_BETTER);
            assertThat(offTrack.measuredValue().exactValue()).isEqualByComparingTo("0.5");
            assertThat(offTrack.expectedValue().exactValue()).isEqualByComparingTo("0.45");
            assertThat(offTrack.attainment()).isEqualTo(OFF_TRACK);
            assertThat(offTrack.explanation())
                    .isEqualTo("Behind copenhagen by 0.8 (2017: 1.4 against 0.6) → 0.5 "
                            + "(2021: 0.9 against 0.4) against at most 0.1 by 2025, lower is better: the straight line from "
                            + "2017 to 2025 requires 0.45 by 2021 → OFF_TRACK.");
            assertThat(goal(PARITY_WITH_COMPARISON, "0.1")
                            .baseline(2017, "1.4", "0.6")
                            .status(2025, "0.65", "0.6")
                            .assess(LOWER_IS_BETTER)
                            .attainment())
                    .isEqualTo(MET);
        }

        @Test
        void higherIsBetterMeasuresHowFarTheAreasAreBelowAndBeingAheadIsParity() {
            Assessment ahead = goal(PARITY_WITH_COMPARISON, "0")
                    .baseline(2017, "67", "76")
                    .status(2025, "76", "75")
                    .assess(HIGHER_IS_BETTER);
            assertThat(ahead.measuredValue().exactValue()).isEqualByComparingTo("-1");
            assertThat(ahead.attainment()).isEqualTo(MET);
            assertThat(goal(PARITY_WITH_COMPARISON, "0")
                            .baseline(2017, "67", "76")
                            .status(2025, "75", "76")
                            .assess(HIGHER_IS_BETTER)
                            .attainment())
                    .isEqualTo(NOT_MET);
        }

        @Test
        void aStatusWithoutTheComparisonIsNoData() {
            Assessment assessment = goal(PARITY_WITH_COMPARISON, "0")
                    .baseline(2017, "1.4", "0.6")
                    .status(2021, "0.9", null)
                    .assess(LOWER_IS_BETTER);
            assertThat(assessment.attainment()).isEqualTo(NO_DATA);
            assertThat(assessment.explanation())
                    .isEqualTo("The status for 2021 has no value for copenhagen " + "→ NO_DATA.");
        }
    }

    @Nested
    class GapReduction {

        @Test
        void theSeedsEvictionGapToCopenhagenWasHalved() {
            Assessment assessment = goal(GAP_REDUCTION, "0.5")
                    .baseline(2017, "1.4", "0.6")
                    .status(2024, "0.6", "0.2")
                    .assess(LOWER_IS_BETTER);
            assertThat(assessment.measuredValue().exactValue()).isEqualByComparingTo("0.5");
            assertThat(assessment.attainment()).isEqualTo(ON_TRACK);
            assertThat(assessment.explanation())
                    .isEqualTo("Gap to copenhagen 0.8 (2017: 1.4 against 0.6) → 0.4 "
                            + "(2024: 0.6 against 0.2) = 50 % of the gap closed against a target of 50 % by 2025, lower is "
                            + "better: the target is reached before the deadline → ON_TRACK.");
            assertThat(goal(GAP_REDUCTION, "0.5")
                            .baseline(2017, "1.4", "0.6")
                            .status(2025, "0.6", "0.2")
                            .assess(LOWER_IS_BETTER)
                            .attainment())
                    .isEqualTo(MET);
            assertThat(goal(GAP_REDUCTION, "0.6")
                            .baseline(2017, "1.4", "0.6")
                            .status(2025, "0.6", "0.2")
                            .assess(LOWER_IS_BETTER)
                            .attainment())
                    .isEqualTo(NOT_MET);
        }

        @Test
        void higherIsBetterClosesTheGapFromBelow() {
            Assessment assessment = goal(GAP_REDUCTION, "0.5")
                    .baseline(2017, "67", "76")
                    .status(2021, "70", "76")
                    .assess(HIGHER_IS_BETTER);
            assertThat(assessment.measuredValue().exactValue()).isEqualByComparingTo("0.3333");
            assertThat(assessment.expectedValue().exactValue()).isEqualByComparingTo("0.25");
            assertThat(assessment.attainment()).isEqualTo(ON_TRACK);
            assertThat(goal(GAP_REDUCTION, "0.5")
                            .baseline(2017, "67", "76")
                            .status(2021, "68", "76")
                            .assess(HIGHER_IS_BETTER)
                            .attainment())
                    .isEqualTo(OFF_TRACK);
        }

        @Test
        void areasThatWereAheadAtTheBaselineHaveNoGapToReduce() {
            Assessment assessment = goal(GAP_REDUCTION, "0.5")
                    .baseline(2017, "1.4", "0.6")
                    .status(2021, "1.0", "0.6")
                    .assess(HIGHER_IS_BETTER);
            assertThat(assessment.attainment()).isEqualTo(NO_DATA);
            assertThat(assessment.explanation()).contains("there is no gap to reduce");
        }
    }

    @Nested
    class WithoutFiguresOrWithAConclusion {

        @Test
        void aGoalWithoutStatusReportHasNoData() {
            Assessment assessment =
                    goal(RELATIVE_CHANGE, "-0.25").baseline(2017, "1.4", "0.6").assess(LOWER_IS_BETTER);
            assertThat(assessment.attainment()).isEqualTo(NO_DATA);
            assertThat(assessment.measuredValue()).isNull();
            assertThat(assessment.requiredValue()).isEqualByComparingTo("-0.25");
            assertThat(assessment.explanation()).isEqualTo("No status report yet → NO_DATA.");
        }

        @Test
        void anIndicatorWithoutKnownDirectionHasNoData() {
            assertThat(goal(RELATIVE_CHANGE, "-0.25")
                            .baseline(2017, "1.4", "0.6")
                            .status(2024, "0.6", "0.2")
                            .assess(null)
                            .attainment())
                    .isEqualTo(NO_DATA);
        }

        @Test
        void everyConclusionButMetIsNotMet() {
            for (GoalOutcome outcome :
                    new GoalOutcome[] {GoalOutcome.NOT_MET, GoalOutcome.PARTLY_MET, GoalOutcome.ABANDONED}) {
                Assessment assessment = goal(RELATIVE_CHANGE, "-0.25")
                        .baseline(2017, "1.4", "0.6")
                        .status(2024, "0.6", "0.2")
                        .concluded(outcome, 2024)
                        .assess(LOWER_IS_BETTER);
                assertThat(assessment.measuredAttainment()).isEqualTo(ON_TRACK);
                assertThat(assessment.attainment()).as(outcome.name()).isEqualTo(NOT_MET);
            }
        }

        @Test
        void anAbandonedGoalWithoutFiguresIsNotMet() {
            Assessment assessment = goal(RELATIVE_CHANGE, "-0.25")
                    .baseline(2017, "1.4", "0.6")
                    .concluded(GoalOutcome.ABANDONED, 2019)
                    .assess(LOWER_IS_BETTER);
            assertThat(assessment.measuredAttainment()).isEqualTo(NO_DATA);
            assertThat(assessment.attainment()).isEqualTo(NOT_MET);
            assertThat(assessment.explanation())
                    .isEqualTo("No status report yet → NO_DATA; concluded ABANDONED in " + "2019 → NOT_MET.");
        }
    }

    private static GoalBuilder goal(GoalTargetType type, String value) {
        return new GoalBuilder(new Target(type, new BigDecimal(value)));
    }

    /** Figures stated as ranges or bounds (ADR 0016): the verdict at both ends of what they allow. */
    @Nested
    class StatedAsRanges {

        @Test
        void aRangeStraddlingTheTargetIsUncertainAndShowsTheLeastFavourableVerdict() {
            Assessment assessment = goal(ABSOLUTE_LEVEL, "70")
                    .baseline(2017, "60", null)
                    .status(2025, "67..72", null)
                    .assess(HIGHER_IS_BETTER);

            assertThat(assessment.measuredValue()).isEqualTo(range("67", "72"));
            assertThat(assessment.measuredAttainment()).isEqualTo(NOT_MET);
            assertThat(assessment.certainty()).isEqualTo(Certainty.POSSIBLE);
            assertThat(assessment.bestPossibleAttainment()).isEqualTo(MET);
            assertThat(assessment.attainment()).isEqualTo(NOT_MET);
            assertThat(assessment.explanation())
                    .isEqualTo("Status 67–72 (2025) against a target level of 70 by "
                            + "2025 (baseline 60 in 2017), higher is better: the status is for the deadline year or later "
                            + "and the target is possibly reached → NOT_MET if the least favourable value the figures allow "
                            + "holds, MET if the most favourable does (uncertain).");
        }

        @Test
        void aRangeWhollyPastTheTargetIsCertain() {
            Assessment assessment = goal(ABSOLUTE_LEVEL, "70")
                    .baseline(2017, "60", null)
                    .status(2025, "72..75", null)
                    .assess(HIGHER_IS_BETTER);

            assertThat(assessment.attainment()).isEqualTo(MET);
            assertThat(assessment.certainty()).isEqualTo(Certainty.CERTAIN);
            assertThat(assessment.bestPossibleAttainment()).isEqualTo(MET);
        }

        @Test
        void aBoundOpenOnTheFavourableSideCanStillBeCertain() {
            Assessment assessment = goal(ABSOLUTE_LEVEL, "70")
                    .baseline(2017, "80", null)
                    .status(2025, "<60", null)
                    .assess(LOWER_IS_BETTER);

            assertThat(assessment.measuredValue()).isEqualTo(UncertainValue.range(null, new BigDecimal("60")));
            assertThat(assessment.attainment()).isEqualTo(MET);
            assertThat(assessment.certainty()).isEqualTo(Certainty.CERTAIN);
            assertThat(assessment.explanation()).startsWith("Status below 60 (2025)");
        }

        @Test
        void aBoundOpenOnTheUnfavourableSideIsNeverCertainlyReached() {
            Assessment assessment = goal(ABSOLUTE_LEVEL, "70")
                    .baseline(2017, "80", null)
                    .status(2025, ">60", null)
                    .assess(LOWER_IS_BETTER);

            assertThat(assessment.attainment()).isEqualTo(NOT_MET);
            assertThat(assessment.certainty()).isEqualTo(Certainty.POSSIBLE);
            assertThat(assessment.bestPossibleAttainment()).isEqualTo(MET);
        }

        @Test
        void aRelativeChangeFromARangedBaselineIsARangeRoundedOutwards() {
            Assessment assessment = goal(RELATIVE_CHANGE, "-0.25")
                    .baseline(2017, "1.3..1.5", "0.6")
                    .status(2024, "0.6", "0.2")
                    .assess(LOWER_IS_BETTER);

            // 0.6 / 1.5 - 1 = -0.6 exactly; 0.6 / 1.3 - 1 = -0.53846…, rounded up.
            assertThat(assessment.measuredValue()).isEqualTo(range("-0.6", "-0.5384"));
            assertThat(assessment.attainment()).isEqualTo(ON_TRACK);
            assertThat(assessment.certainty()).isEqualTo(Certainty.CERTAIN);
            assertThat(assessment.explanation())
                    .isEqualTo("Baseline 1.3–1.5 (2017) → status 0.6 (2024) = -60 % "
                            + "to -53.8 % against a target of -25 % by 2025, lower is better: the target is reached before "
                            + "the deadline → ON_TRACK.");
        }

        @Test
        void theStraightLineIsARangeWhenTheBaselineIs() {
            // Expected by 2021 (half way): 60–64 at the baseline, 70 at the deadline: 65–67.
            Assessment assessment = goal(ABSOLUTE_LEVEL, "70")
                    .baseline(2017, "60..64", null)
                    .deadline(2025)
                    .status(2021, "66", null)
                    .assess(HIGHER_IS_BETTER);

            assertThat(assessment.expectedValue()).isEqualTo(range("65", "67"));
            assertThat(assessment.attainment()).isEqualTo(OFF_TRACK);
            assertThat(assessment.certainty()).isEqualTo(Certainty.POSSIBLE);
            assertThat(assessment.bestPossibleAttainment()).isEqualTo(ON_TRACK);
        }

        @Test
        void aBaselineThatMayBeZeroGivesNoRelativeChange() {
            Assessment assessment = goal(RELATIVE_CHANGE, "-0.25")
                    .baseline(2017, "<1", null)
                    .status(2024, "0.6", null)
                    .assess(LOWER_IS_BETTER);

            assertThat(assessment.attainment()).isEqualTo(NO_DATA);
            assertThat(assessment.certainty()).isNull();
            assertThat(assessment.explanation())
                    .isEqualTo("A relative change from a baseline of below 1, which may "
                            + "be 0, is undefined → NO_DATA.");
        }

        @Test
        void exactFiguresAreCertain() {
            Assessment assessment = goal(RELATIVE_CHANGE, "-0.25")
                    .baseline(2017, "1.4", "0.6")
                    .status(2024, "0.6", "0.2")
                    .assess(LOWER_IS_BETTER);

            assertThat(assessment.certainty()).isEqualTo(Certainty.CERTAIN);
            assertThat(assessment.bestPossibleAttainment()).isEqualTo(ON_TRACK);
        }

        private static UncertainValue range(String from, String to) {
            return UncertainValue.range(new BigDecimal(from), new BigDecimal(to));
        }
    }

    /** A goal view with just the figures the board reads. */
    private static final class GoalBuilder {

        private final Target target;
        private Baseline baseline;
        private Integer deadlineYear = 2025;
        private final List<GoalStatusReportView> reports = new ArrayList<>();
        private GoalConclusionView conclusion;

        GoalBuilder(Target target) {
            this.target = target;
        }

        GoalBuilder baseline(int year, String areaValue, String comparisonValue) {
            baseline = new Baseline(year, value(areaValue), value(comparisonValue));
            return this;
        }

        GoalBuilder deadline(Integer year) {
            deadlineYear = year;
            return this;
        }

        GoalBuilder status(int year, String areaValue, String comparisonValue) {
            reports.add(new GoalStatusReportView(
                    year, value(areaValue), value(comparisonValue), null, null, null, null, null, null, List.of()));
            return this;
        }

        GoalBuilder concluded(GoalOutcome outcome, int year) {
            conclusion = new GoalConclusionView(outcome, year, null, null, null);
            return this;
        }

        Assessment assess(Direction direction) {
            GoalView goal = new GoalView(
                    "goal",
                    0,
                    "A goal",
                    "policy-2017",
                    "SOF",
                    "an-indicator",
                    List.of(),
                    "copenhagen",
                    baseline,
                    target,
                    deadlineYear,
                    List.copyOf(reports),
                    List.of(),
                    conclusion,
                    null,
                    null,
                    null);
            return AttainmentRules.assess(goal, direction);
        }

        /** {@code "0.6"} exact, {@code "67..72"} a range (either side may be empty: open), {@code "<60"}, {@code ">5"}. */
        private static UncertainValue value(String value) {
            if (value == null) {
                return null;
            }
            if (value.startsWith("<")) {
                return UncertainValue.below(new BigDecimal(value.substring(1)));
            }
            if (value.startsWith(">")) {
                return UncertainValue.above(new BigDecimal(value.substring(1)));
            }
            int range = value.indexOf("..");
            if (range < 0) {
                return UncertainValue.exact(new BigDecimal(value));
            }
            String from = value.substring(0, range);
            String to = value.substring(range + 2);
            return UncertainValue.range(
                    from.isEmpty() ? null : new BigDecimal(from), to.isEmpty() ? null : new BigDecimal(to));
        }
    }
}
