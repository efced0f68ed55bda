package dk.kk.registry.command.intervention;

import static dk.kk.registry.command.common.Refusals.expectRefusal;
import static dk.kk.registry.command.common.Refusals.violationOf;
import static dk.kk.registry.command.intervention.InterventionFixtures.GRACE;
import static dk.kk.registry.command.intervention.InterventionFixtures.interventionFixture;
import static dk.kk.registry.command.intervention.Registrations.ID;
import static dk.kk.registry.command.intervention.Registrations.registration;

import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.intervention.ChangeStageCommand;
import dk.kk.registry.shared.intervention.EvaluationBecameOverdueEvent;
import dk.kk.registry.shared.intervention.ExtendInterventionCommand;
import dk.kk.registry.shared.intervention.PlannedEndExtendedEvent;
import dk.kk.registry.shared.intervention.Stage;
import dk.kk.registry.shared.intervention.StageChangedEvent;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/**
 * An intervention's dates as their sources state them (a year, a month, an interval, a bound, unknown): refused as out
 * of order only where they certainly are, and an evaluation falls due from the latest day its planned end allows.
 */
class DatesAsStatedTest {

    private static final EvaluationGracePeriod GRACE_PERIOD = new EvaluationGracePeriod(GRACE);
    private static final Instant EARLY = Instant.parse("2015-01-01T10:00:00Z");

    private final AggregateTestFixture<Intervention> fixture = interventionFixture();

    private static UncertainDate date(String notation) {
        return UncertainDate.parse(notation);
    }

    @Test
    void aStartGivenOnlyAsOnOrBeforeIsRecordedAsStated() {
        Registrations stated = registration().plannedStart("../2018").plannedEnd("2020");
        fixture.givenCurrentTime(EARLY).when(stated.command()).expectEvents(stated.event());
    }

    @Test
    void anEndThatMayFallAfterTheStartIsAccepted() {
        fixture.givenCurrentTime(EARLY)
                .when(registration().plannedStart("2018").plannedEnd("2018-03").command())
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void anEndCertainlyBeforeTheStartIsRefused() {
        expectRefusal(
                fixture.givenCurrentTime(EARLY)
                        .when(registration()
                                .plannedStart("2020")
                                .plannedEnd("2018")
                                .command()),
                violationOf("DatesAreConsistent", "plannedEnd"),
                "plannedEnd 2018 is before plannedStart 2020");
    }

    @Test
    void anUncertainDateIsNeverCertainlyOutOfOrder() {
        fixture.givenCurrentTime(EARLY)
                .when(registration().plannedStart("2020").plannedEnd("2018?").command())
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aStageMayChangeInAYearTheOpenStartAllows() {
        fixture.given(registration().plannedStart("../2018").event())
                .when(new ChangeStageCommand(ID, null, Stage.ACTIVE, date("2017")))
                .expectEvents(new StageChangedEvent(ID, Stage.ACTIVE, date("2017")));
    }

    @Test
    void aStageCannotChangeCertainlyBeforeTheStart() {
        expectRefusal(
                fixture.given(registration().plannedStart("2020").event())
                        .when(new ChangeStageCommand(ID, null, Stage.ACTIVE, date("2019-12"))),
                violationOf("DatesAreConsistent", "effectiveFrom"));
    }

    @Test
    void anExtensionCertainlyNoLaterThanThePlannedEndIsRefused() {
        expectRefusal(
                fixture.given(registration().plannedEnd("2024").event())
                        .when(new ExtendInterventionCommand(ID, null, date("2023"))),
                violationOf("ExtensionsMoveTheEndLater", "plannedEnd"));
    }

    @Test
    void anExtensionThatMayBeLaterIsRecorded() {
        fixture.given(registration().plannedEnd("../2024").event())
                .when(new ExtendInterventionCommand(ID, null, date("2024/2025")))
                .expectEvents(new PlannedEndExtendedEvent(ID, date("2024/2025")));
    }

    @Test
    void theEvaluationFallsDueFromTheLatestDayThePlannedEndAllows() {
        fixture.givenCurrentTime(EARLY)
                .when(registration().plannedEnd("2024-06").command())
                .expectScheduledDeadlineWithName(
                        GRACE_PERIOD.dueAt(LocalDate.of(2024, 6, 30)), EvaluationDeadline.NAME);
    }

    @Test
    void nothingIsOverdueWhileThePlannedEndMayStillBeAhead() {
        Instant dueFromTheEarliestDay = GRACE_PERIOD.dueAt(LocalDate.of(2024, 1, 1));
        fixture.givenCurrentTime(EARLY)
                .andGivenCommands(registration().plannedEnd("2024").command())
                .whenTimeAdvancesTo(dueFromTheEarliestDay.plusSeconds(1))
                .expectNoEvents();
    }

    @Test
    void anOverdueEvaluationNamesThePlannedEndAsStated() {
        Instant due = GRACE_PERIOD.dueAt(LocalDate.of(2024, 12, 31));
        fixture.givenCurrentTime(EARLY)
                .andGivenCommands(registration().plannedEnd("2024").command())
                .whenTimeAdvancesTo(due.plusSeconds(1))
                .expectTriggeredDeadlinesWithName(EvaluationDeadline.NAME)
                .expectEvents(new EvaluationBecameOverdueEvent(ID, date("2024"), due));
    }

    @Test
    void anUnknownPlannedEndIsNeverOverdue() {
        fixture.givenCurrentTime(EARLY)
                .when(registration().plannedEnd("unknown").command())
                .expectSuccessfulHandlerExecution()
                .expectNoScheduledDeadlines();
    }

    @Test
    void anEndOpenTowardsTheFutureIsNeverOverdue() {
        fixture.givenCurrentTime(EARLY)
                .when(registration().plannedEnd("2024/..").command())
                .expectNoScheduledDeadlines();
    }
}
