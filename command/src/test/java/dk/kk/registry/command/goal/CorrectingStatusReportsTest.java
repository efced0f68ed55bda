package dk.kk.registry.command.goal;

import static dk.kk.registry.command.common.Refusals.expectRefusal;
import static dk.kk.registry.command.common.Refusals.violationOf;
import static dk.kk.registry.command.goal.GoalFixtures.GOAL;
import static dk.kk.registry.command.goal.GoalFixtures.because;
import static dk.kk.registry.command.goal.GoalFixtures.evictionGoalSet;
import static dk.kk.registry.command.goal.GoalFixtures.value;

import dk.kk.registry.shared.common.UncertainValue;
import dk.kk.registry.shared.goal.CorrectGoalStatusReportCommand;
import dk.kk.registry.shared.goal.GoalConcludedEvent;
import dk.kk.registry.shared.goal.GoalOutcome;
import dk.kk.registry.shared.goal.GoalStatusReportCorrectedEvent;
import dk.kk.registry.shared.goal.GoalStatusReportedEvent;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/** Corrections of a status report: they name the year, change something, give a reason, and outlive a conclusion. */
class CorrectingStatusReportsTest {

    private static final GoalStatusReportedEvent REPORTED_2024 = new GoalStatusReportedEvent(
            GOAL, 2024, value("0.6"), value("0.2"), "Målsætningen er opnået.", null, "eDoc 2024-0353188");

    private final AggregateTestFixture<Goal> fixture = GoalFixtures.fixture();

    private static CorrectGoalStatusReportCommand correct(
            Integer year, UncertainValue areaValue, String commentary, String dataQualityNote) {
        return new CorrectGoalStatusReportCommand(GOAL, null, year, areaValue, null, commentary, dataQualityNote, null);
    }

    @Test
    void aReportsFieldIsCorrected() {
        fixture.given(evictionGoalSet(), REPORTED_2024)
                .when(correct(2024, null, null, "110 cases could not be located"), because("note was missing"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new GoalStatusReportCorrectedEvent(
                        GOAL, 2024, null, null, null, "110 cases could not be located", null))
                .expectResultMessagePayload(2L);
    }

    @Test
    void aBlankTextRemovesIt() {
        fixture.given(evictionGoalSet(), REPORTED_2024)
                .when(correct(2024, null, " ", null), because("the commentary belongs to 2023"))
                .expectEvents(new GoalStatusReportCorrectedEvent(GOAL, 2024, null, null, "", null, null));
    }

    @Test
    void aValueIsCorrected() {
        fixture.given(evictionGoalSet(), REPORTED_2024)
                .when(correct(2024, value("0.7"), null, null), because("typing error"))
                .expectEvents(new GoalStatusReportCorrectedEvent(GOAL, 2024, value("0.7"), null, null, null, null));
    }

    @Test
    void aCorrectionGivesAReason() {
        expectRefusal(
                fixture.given(evictionGoalSet(), REPORTED_2024)
                        .when(correct(2024, value("0.7"), null, null), MetaData.emptyInstance()),
                violationOf("ChangesGiveAReason", "reason"),
                "a correction requires a reason");
    }

    @Test
    void aCorrectionNamesAReportedYear() {
        expectRefusal(
                fixture.given(evictionGoalSet(), REPORTED_2024)
                        .when(correct(2023, value("0.7"), null, null), because("typing error")),
                violationOf("CorrectionsNameAReport", "year"),
                "there is no status report for 2023 to correct");
    }

    @Test
    void correctingAReportToWhatItSaysRecordsNothing() {
        expectRefusal(
                fixture.given(evictionGoalSet(), REPORTED_2024)
                        .when(correct(2024, value("0.60"), "Målsætningen er opnået.", null), because("again")),
                violationOf("NothingChanged"));
    }

    @Test
    void aCorrectedValueIsBounded() {
        expectRefusal(
                fixture.given(evictionGoalSet(), REPORTED_2024)
                        .when(correct(2024, value("0.6000001"), null, null), because("more precision")),
                violationOf("ValuesAreBounded", "areaValue"));
    }

    @Test
    void correctingAReportToWhatAnEarlierCorrectionSaidRecordsNothing() {
        expectRefusal(
                fixture.given(
                                evictionGoalSet(),
                                REPORTED_2024,
                                new GoalStatusReportCorrectedEvent(GOAL, 2024, value("0.7"), null, null, null, null))
                        .when(correct(2024, value("0.7"), null, null), because("same again")),
                violationOf("NothingChanged"));
    }

    @Test
    void aReportIsCorrectedAfterTheGoalIsConcluded() {
        fixture.given(evictionGoalSet(), REPORTED_2024, new GoalConcludedEvent(GOAL, GoalOutcome.MET, 2024))
                .when(correct(2024, null, null, "journal system changed"), because("note added after the fact"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new GoalStatusReportCorrectedEvent(
                        GOAL, 2024, null, null, null, "journal system changed", null));
    }
}
