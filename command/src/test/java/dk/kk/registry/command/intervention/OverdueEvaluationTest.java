package dk.kk.registry.command.intervention;

import static dk.kk.registry.command.intervention.Evaluations.evaluated;
import static dk.kk.registry.command.intervention.Evaluations.evaluation;
import static dk.kk.registry.command.intervention.InterventionCommands.extendTo;
import static dk.kk.registry.command.intervention.InterventionCommands.terminate;
import static dk.kk.registry.command.intervention.InterventionEvents.extended;
import static dk.kk.registry.command.intervention.InterventionEvents.terminated;
import static dk.kk.registry.command.intervention.InterventionFixtures.GRACE;
import static dk.kk.registry.command.intervention.InterventionFixtures.interventionFixture;
import static dk.kk.registry.command.intervention.Registrations.ID;
import static dk.kk.registry.command.intervention.Registrations.PLANNED_END;
import static dk.kk.registry.command.intervention.Registrations.registered;
import static dk.kk.registry.command.intervention.Registrations.registration;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kk.registry.command.common.Actors;
import dk.kk.registry.command.common.RuleViolation;
import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.intervention.EvaluationBecameOverdueEvent;
import dk.kk.registry.shared.intervention.OverdueEvaluationClearedEvent;
import dk.kk.registry.shared.intervention.OverdueEvaluationClearedEvent.Cause;
import dk.kk.registry.shared.intervention.ScheduleEvaluationDeadlineCommand;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/**
 * An intervention whose planned end plus the grace period passes without an evaluation is recorded as overdue by a
 * deadline the aggregate keeps in step with its planned end; an evaluation, or a later planned end, lifts it.
 */
class OverdueEvaluationTest {

    private static final EvaluationGracePeriod GRACE_PERIOD = new EvaluationGracePeriod(GRACE);
    private static final Instant DUE = GRACE_PERIOD.dueAt(PLANNED_END);
    private static final Instant BEFORE_PLANNED_END = Instant.parse("2024-06-01T10:00:00Z");

    private final AggregateTestFixture<Intervention> fixture = interventionFixture();

    @Test
    void theEvaluationIsDueAtTheStartOfTheDayAfterThePlannedEndInCopenhagenPlusGrace() {
        assertThat(DUE).isEqualTo(Instant.parse("2024-12-31T23:00:00Z").plus(GRACE));
    }

    @Test
    void registeringSchedulesTheDeadlineAtThePlannedEndPlusGrace() {
        fixture.givenCurrentTime(BEFORE_PLANNED_END)
                .when(registration().command())
                .expectEvents(registered())
                .expectScheduledDeadlineWithName(DUE, EvaluationDeadline.NAME);
    }

    @Test
    void anOpenEndedInterventionHasNoDeadline() {
        fixture.givenCurrentTime(BEFORE_PLANNED_END)
                .when(registration().plannedEnd((UncertainDate) null).command())
                .expectNoScheduledDeadlines();
    }

    @Test
    void theDeadlineRecordsTheEvaluationAsOverdue() {
        fixture.givenCurrentTime(BEFORE_PLANNED_END)
                .andGivenCommands(registration().command())
                .whenTimeAdvancesTo(DUE.plusSeconds(1))
                .expectTriggeredDeadlinesWithName(EvaluationDeadline.NAME)
                .expectEvents(new EvaluationBecameOverdueEvent(ID, UncertainDate.ofNullable(PLANNED_END), DUE));
    }

    @Test
    void nothingIsOverdueBeforeTheGracePeriodHasPassed() {
        fixture.givenCurrentTime(BEFORE_PLANNED_END)
                .andGivenCommands(registration().command())
                .whenTimeAdvancesTo(DUE.minusSeconds(1))
                .expectNoEvents();
    }

    @Test
    void anEvaluationCancelsTheDeadline() {
        fixture.givenCurrentTime(BEFORE_PLANNED_END)
                .andGivenCommands(registration().command())
                .when(evaluation().command())
                .expectEvents(evaluation().event())
                .expectNoScheduledDeadlines();
    }

    @Test
    void aTerminationCancelsTheDeadline() {
        fixture.givenCurrentTime(BEFORE_PLANNED_END)
                .andGivenCommands(registration().command())
                .when(terminate(LocalDate.of(2024, 6, 30)))
                .expectNoScheduledDeadlines();
    }

    @Test
    void aDeadlineReachingATerminatedInterventionRecordsNothing() {
        fixture.givenCurrentTime(BEFORE_PLANNED_END)
                .andGivenCommands(registration().command())
                .andGiven(terminated(LocalDate.of(2024, 6, 30)))
                .whenTimeAdvancesTo(DUE.plusSeconds(1))
                .expectTriggeredDeadlinesWithName(EvaluationDeadline.NAME)
                .expectNoEvents();
    }

    @Test
    void aDeadlineReachingAnEvaluatedInterventionRecordsNothing() {
        fixture.givenCurrentTime(BEFORE_PLANNED_END)
                .andGivenCommands(registration().command())
                .andGiven(evaluated())
                .whenTimeAdvancesTo(DUE.plusSeconds(1))
                .expectNoEvents();
    }

    @Test
    void anExtensionMovesTheDeadline() {
        LocalDate later = LocalDate.of(2025, 12, 31);
        fixture.givenCurrentTime(BEFORE_PLANNED_END)
                .andGivenCommands(registration().command())
                .when(extendTo(later))
                .expectEvents(extended(later))
                .expectScheduledDeadlineWithName(GRACE_PERIOD.dueAt(later), EvaluationDeadline.NAME)
                .expectNoScheduledDeadlineWithName(DUE, EvaluationDeadline.NAME);
    }

    @Test
    void anEvaluationClearsAnOverdueEvaluation() {
        fixture.givenCurrentTime(DUE.plus(Duration.ofDays(10)))
                .andGiven(
                        registered(), new EvaluationBecameOverdueEvent(ID, UncertainDate.ofNullable(PLANNED_END), DUE))
                .when(evaluation().command())
                .expectEvents(evaluation().event(), new OverdueEvaluationClearedEvent(ID, Cause.EVALUATION_RECORDED));
    }

    @Test
    void anExtensionBeyondTheGracePeriodClearsAnOverdueEvaluationAndSetsANewDeadline() {
        LocalDate later = LocalDate.of(2026, 12, 31);
        fixture.givenCurrentTime(DUE.plus(Duration.ofDays(10)))
                .andGiven(
                        registered(), new EvaluationBecameOverdueEvent(ID, UncertainDate.ofNullable(PLANNED_END), DUE))
                .when(extendTo(later))
                .expectEvents(extended(later), new OverdueEvaluationClearedEvent(ID, Cause.PLANNED_END_MOVED))
                .expectScheduledDeadlineWithName(GRACE_PERIOD.dueAt(later), EvaluationDeadline.NAME);
    }

    @Test
    void anExtensionStillPastItsGracePeriodLeavesTheEvaluationOverdue() {
        LocalDate later = LocalDate.of(2025, 1, 31);
        fixture.givenCurrentTime(GRACE_PERIOD.dueAt(later).plus(Duration.ofDays(1)))
                .andGiven(
                        registered(), new EvaluationBecameOverdueEvent(ID, UncertainDate.ofNullable(PLANNED_END), DUE))
                .when(extendTo(later))
                .expectEvents(extended(later))
                .expectNoScheduledDeadlines();
    }

    @Test
    void aStaleDeadlineFromAnEarlierPlannedEndRecordsNothing() {
        fixture.givenCurrentTime(BEFORE_PLANNED_END)
                .andGivenCommands(registration().command())
                .andGiven(extended(LocalDate.of(2027, 12, 31)))
                .whenTimeAdvancesTo(DUE.plusSeconds(1))
                .expectTriggeredDeadlinesWithName(EvaluationDeadline.NAME)
                .expectNoEvents();
    }

    @Test
    void theBackfillSetsTheDeadlineOfAnInterventionRecordedWithoutOne() {
        fixture.givenCurrentTime(BEFORE_PLANNED_END)
                .andGiven(registered())
                .when(new ScheduleEvaluationDeadlineCommand(ID))
                .expectNoEvents()
                .expectScheduledDeadlineWithName(DUE, EvaluationDeadline.NAME);
    }

    @Test
    void aBackfilledDeadlineAlreadyPastRecordsTheEvaluationAsOverdue() {
        fixture.givenCurrentTime(BEFORE_PLANNED_END)
                .andGiven(registered())
                .andGivenCommands(new ScheduleEvaluationDeadlineCommand(ID))
                .whenTimeAdvancesTo(DUE.plusSeconds(1))
                .expectTriggeredDeadlinesWithName(EvaluationDeadline.NAME)
                .expectEvents(new EvaluationBecameOverdueEvent(ID, UncertainDate.ofNullable(PLANNED_END), DUE));
    }

    @Test
    void theBackfillLeavesAnEvaluatedInterventionWithoutADeadline() {
        fixture.givenCurrentTime(BEFORE_PLANNED_END)
                .andGiven(registered(), evaluated())
                .when(new ScheduleEvaluationDeadlineCommand(ID))
                .expectNoEvents()
                .expectNoScheduledDeadlines();
    }

    @Test
    void theBackfillLeavesAnOverdueOrTerminatedInterventionWithoutADeadline() {
        fixture.givenCurrentTime(DUE.plusSeconds(1))
                .andGiven(
                        registered(), new EvaluationBecameOverdueEvent(ID, UncertainDate.ofNullable(PLANNED_END), DUE))
                .when(new ScheduleEvaluationDeadlineCommand(ID))
                .expectNoScheduledDeadlines();
        interventionFixture()
                .givenCurrentTime(BEFORE_PLANNED_END)
                .andGiven(registered(), terminated(LocalDate.of(2024, 6, 30)))
                .when(new ScheduleEvaluationDeadlineCommand(ID))
                .expectNoScheduledDeadlines();
    }

    @Test
    void theBackfillReplacesTheDeadlineRatherThanAddingASecond() {
        fixture.givenCurrentTime(BEFORE_PLANNED_END)
                .andGivenCommands(registration().command(), new ScheduleEvaluationDeadlineCommand(ID))
                .whenTimeAdvancesTo(DUE.plusSeconds(1))
                .expectTriggeredDeadlinesWithName(EvaluationDeadline.NAME)
                .expectEvents(new EvaluationBecameOverdueEvent(ID, UncertainDate.ofNullable(PLANNED_END), DUE));
    }

    @Test
    void onlyTheRegistrySchedulesADeadline() {
        fixture.givenCurrentTime(BEFORE_PLANNED_END)
                .andGiven(registered())
                .when(new ScheduleEvaluationDeadlineCommand(ID), Actors.projectManagerOf("TMF"))
                .expectException(RuleViolation.class)
                .expectNoScheduledDeadlines();
    }
}
