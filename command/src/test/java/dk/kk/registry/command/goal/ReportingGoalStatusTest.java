package dk.kk.registry.command.goal;

import static dk.kk.registry.command.common.Refusals.expectRefusal;
import static dk.kk.registry.command.common.Refusals.violationOf;
import static dk.kk.registry.command.goal.GoalFixtures.AUTUMN_2024;
import static dk.kk.registry.command.goal.GoalFixtures.BASELINE_2017;
import static dk.kk.registry.command.goal.GoalFixtures.GOAL;
import static dk.kk.registry.command.goal.GoalFixtures.decimal;
import static dk.kk.registry.command.goal.GoalFixtures.evictionGoalSet;
import static dk.kk.registry.command.goal.GoalFixtures.goalSetWith;
import static dk.kk.registry.command.goal.GoalFixtures.reported;
import static dk.kk.registry.command.goal.GoalFixtures.value;

import dk.kk.registry.command.common.AlreadyRecorded;
import dk.kk.registry.shared.common.UncertainValue;
import dk.kk.registry.shared.goal.GoalConcludedEvent;
import dk.kk.registry.shared.goal.GoalOutcome;
import dk.kk.registry.shared.goal.GoalStatusReportedEvent;
import dk.kk.registry.shared.goal.GoalTargetType;
import dk.kk.registry.shared.goal.ReportGoalStatusCommand;
import dk.kk.registry.shared.goal.Target;
import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/** Status reports: one per year after the baseline, for a year that has begun, with the figures the target needs. */
class ReportingGoalStatusTest {

    /** After the 2025 deadline. */
    private static final Instant SPRING_2027 = Instant.parse("2027-03-01T09:00:00Z");

    private static final String NOTE = "journal system changed; 110 cases could not be located";

    private final AggregateTestFixture<Goal> fixture = GoalFixtures.fixture();

    private static ReportGoalStatusCommand report(Integer year, String areaValue, String comparisonValue) {
        return new ReportGoalStatusCommand(
                GOAL,
                null,
                year,
                areaValue == null ? null : value(areaValue),
                comparisonValue == null ? null : value(comparisonValue),
                null,
                null,
                null);
    }

    @Test
    void aStatusIsReported() {
        fixture.givenCurrentTime(AUTUMN_2024)
                .andGiven(evictionGoalSet(), reported(2020, "0.8", "0.3"))
                .when(new ReportGoalStatusCommand(
                        GOAL,
                        null,
                        2024,
                        value("0.6"),
                        value("0.2"),
                        " Målsætningen er opnået. ",
                        NOTE,
                        "eDoc 2024-0353188"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new GoalStatusReportedEvent(
                        GOAL, 2024, value("0.6"), value("0.2"), "Målsætningen er opnået.", NOTE, "eDoc 2024-0353188"))
                .expectResultMessagePayload(2L);
    }

    @Test
    void aStatusMayBeARangeOrABoundAsItsSourceStatesIt() {
        UncertainValue between = UncertainValue.range(decimal("67"), decimal("72"));
        UncertainValue below = UncertainValue.below(decimal("60"));
        fixture.givenCurrentTime(AUTUMN_2024)
                .andGiven(evictionGoalSet())
                .when(new ReportGoalStatusCommand(GOAL, null, 2024, between, below, null, null, null))
                .expectEvents(new GoalStatusReportedEvent(GOAL, 2024, between, below, null, null, null));
    }

    @Test
    void aRangesBoundsHaveAtMostSixDecimals() {
        expectRefusal(
                fixture.givenCurrentTime(AUTUMN_2024)
                        .andGiven(evictionGoalSet())
                        .when(new ReportGoalStatusCommand(
                                GOAL,
                                null,
                                2024,
                                UncertainValue.range(decimal("0.5"), decimal("0.6000001")),
                                value("0.2"),
                                null,
                                null,
                                null)),
                violationOf("ValuesAreBounded", "areaValue"));
    }

    @Test
    void blankTextsAreNoTexts() {
        fixture.givenCurrentTime(AUTUMN_2024)
                .andGiven(evictionGoalSet())
                .when(new ReportGoalStatusCommand(GOAL, null, 2020, value("0.8"), value("0.3"), " ", "", null))
                .expectEvents(new GoalStatusReportedEvent(GOAL, 2020, value("0.8"), value("0.3"), null, null, null));
    }

    @Test
    void theComparisonValueIsOptionalForARelativeChange() {
        fixture.givenCurrentTime(AUTUMN_2024)
                .andGiven(evictionGoalSet())
                .when(report(2020, "0.8", null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aStatusForTheYearsAfterTheDeadlineIsReported() {
        fixture.givenCurrentTime(SPRING_2027)
                .andGiven(evictionGoalSet())
                .when(report(2026, "0.5", "0.2"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aStatusHasAYear() {
        expectRefusal(
                fixture.givenCurrentTime(AUTUMN_2024)
                        .andGiven(evictionGoalSet())
                        .when(report(null, "0.8", "0.3")),
                violationOf("RequiredFields", "year"));
    }

    @Test
    void aStatusFollowsTheBaseline() {
        expectRefusal(
                fixture.givenCurrentTime(AUTUMN_2024)
                        .andGiven(evictionGoalSet())
                        .when(report(BASELINE_2017.year(), "1.4", "0.6")),
                violationOf("StatusFollowsBaseline", "year"),
                "a status report is for a year after the baseline year 2017");
    }

    @Test
    void aStatusIsForAYearThatHasBegun() {
        expectRefusal(
                fixture.givenCurrentTime(AUTUMN_2024)
                        .andGiven(evictionGoalSet())
                        .when(report(2025, "0.5", "0.2")),
                violationOf("YearHasBegun", "year"),
                "year 2025 has not begun");
    }

    @Test
    void aStatusYearIsPlausible() {
        expectRefusal(
                fixture.givenCurrentTime(AUTUMN_2024)
                        .andGiven(evictionGoalSet())
                        .when(report(20240, "0.6", "0.2")),
                violationOf("YearsArePlausible", "year"));
    }

    @Test
    void aStatusHasAnAreaValue() {
        expectRefusal(
                fixture.givenCurrentTime(AUTUMN_2024)
                        .andGiven(evictionGoalSet())
                        .when(report(2020, null, "0.3")),
                violationOf("RequiredFields", "areaValue"));
    }

    @Test
    void statusValuesAreBounded() {
        expectRefusal(
                fixture.givenCurrentTime(AUTUMN_2024)
                        .andGiven(evictionGoalSet())
                        .when(report(2020, "0.8", "0.0000001")),
                violationOf("ValuesAreBounded", "comparisonValue"));
    }

    @Test
    void aTargetMeasuredAgainstTheComparisonNeedsTheComparisonValue() {
        expectRefusal(
                fixture.givenCurrentTime(AUTUMN_2024)
                        .andGiven(goalSetWith(BASELINE_2017, new Target(GoalTargetType.GAP_REDUCTION, decimal("0.5"))))
                        .when(report(2020, "0.8", null)),
                violationOf("StatusNeedsComparison", "comparisonValue"));
    }

    @Test
    void textsHaveLimits() {
        expectRefusal(
                fixture.givenCurrentTime(AUTUMN_2024)
                        .andGiven(evictionGoalSet())
                        .when(new ReportGoalStatusCommand(
                                GOAL, null, 2020, value("0.8"), value("0.3"), null, "n".repeat(2001), null)),
                violationOf("TextLimits", "dataQualityNote"));
    }

    @Test
    void aYearIsReportedOnceAndThenCorrected() {
        fixture.givenCurrentTime(AUTUMN_2024)
                .andGiven(evictionGoalSet(), reported(2020, "0.8", "0.3"))
                .when(report(2020, "0.7", "0.3"))
                .expectNoEvents()
                .expectException(AlreadyRecorded.class)
                .expectExceptionMessage(
                        "the status for 2020 is already reported; record a correction of that " + "report instead");
    }

    @Test
    void aConcludedGoalTakesNoMoreReports() {
        expectRefusal(
                fixture.givenCurrentTime(AUTUMN_2024)
                        .andGiven(
                                evictionGoalSet(),
                                reported(2020, "0.8", "0.3"),
                                new GoalConcludedEvent(GOAL, GoalOutcome.MET, 2024))
                        .when(report(2024, "0.6", "0.2")),
                violationOf("ConcludedGoalsStayClosed"),
                "the goal was concluded (MET in 2024); only corrections of its status "
                        + "reports can still be recorded");
    }
}
