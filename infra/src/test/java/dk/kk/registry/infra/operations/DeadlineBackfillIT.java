package dk.kk.registry.infra.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.registry.command.intervention.EvaluationGracePeriod;
import dk.kk.registry.infra.gateway.SystemCommands;
import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.Eventually;
import dk.kk.registry.infra.support.Fixtures;
import dk.kk.registry.infra.support.RegistryIT;
import dk.kk.registry.shared.common.AuditMetadata;
import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.intervention.InterventionCategory;
import dk.kk.registry.shared.intervention.InterventionKind;
import dk.kk.registry.shared.intervention.InterventionRegisteredEvent;
import dk.kk.registry.shared.intervention.InterventionsOwingEvaluationView;
import dk.kk.registry.shared.intervention.ScheduleEvaluationDeadlineCommand;
import dk.kk.registry.shared.intervention.TargetGroup;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Interventions recorded before deadlines existed, or whose deadline row was lost, still become overdue: the backfill
 * (run at every start, and here by hand) gives each open, unevaluated intervention with a planned end the deadline it
 * lacks, once, however often and from however many instances it runs.
 */
class DeadlineBackfillIT extends RegistryIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    private EvaluationDeadlineBackfill backfill;

    @Autowired
    private EventStore eventStore;

    @Autowired
    private EvaluationGracePeriod grace;

    @Autowired
    private SystemCommands commands;

    @Test
    void anInterventionRecordedBeforeDeadlinesExistedBecomesOverdueAfterTheBackfill() {
        String area = fixtures().area("backfill");
        String id = UUID.randomUUID().toString();
        LocalDate plannedEnd = LocalDate.of(2013, 12, 31);
        // Recorded as the registry recorded registrations before ADR 0010: the event without a deadline.
        eventStore.publish(new GenericDomainEventMessage<>(
                "Intervention",
                id,
                0L,
                new InterventionRegisteredEvent(
                        id,
                        "Boligsocial helhedsplan " + area,
                        "",
                        InterventionKind.AREA_BASED,
                        InterventionCategory.HOUSING_SOCIAL_PLAN,
                        "TMF",
                        List.of(area),
                        Set.of(TargetGroup.FAMILIES),
                        List.of(),
                        UncertainDate.of(LocalDate.of(2010, 1, 1)),
                        UncertainDate.ofNullable(plannedEnd),
                        null,
                        null),
                MetaData.with(AuditMetadata.USER, "pm.tmf")
                        .and(AuditMetadata.ROLE, "PROJECT_MANAGER")
                        .and(AuditMetadata.ADMINISTRATION, "TMF")
                        .and(AuditMetadata.SOURCE, AuditMetadata.SOURCE_API)
                        .and(AuditMetadata.REASON, "registreret før fristerne")));
        Api auditor = api().as("auditor");
        Eventually.within(
                WAIT,
                "intervention " + id + " projected",
                () -> auditor.get("/api/interventions/" + id).status() == 200);
        assertThat(backfill.pendingDeadlines()).doesNotContainKey(id);
        assertThat(overdue(auditor, id)).isFalse();

        assertThat(backfill.backfill().inBulk()).as("written in bulk").isGreaterThanOrEqualTo(1);

        Eventually.within(WAIT, "intervention " + id + " overdue", () -> overdue(auditor, id));
        JsonNode recorded = Fixtures.historyEvent(auditor, id, "EvaluationBecameOverdueEvent");
        assertThat(recorded.get("recordedBy").asText()).isEqualTo("registry");
        assertThat(recorded.get("payload").get("dueAt").asText())
                .isEqualTo(grace.dueAt(plannedEnd).toString());
        JsonNode list =
                auditor.get("/api/interventions/overdue-evaluations?size=500").json();
        assertThat(list.get("items").findValuesAsText("id")).contains(id);
        assertThat(backfill.pendingDeadlines())
                .as("the deadline ran and is gone")
                .doesNotContainKey(id);
    }

    @Test
    void aLostDeadlineRowIsScheduledAgainOnceAndABackfillWithNothingMissingChangesNothing() {
        Fixtures fixtures = fixtures();
        String id = fixtures.intervention(fixtures.registration("Lektiecafé", fixtures.area("backfill-lost")));
        List<String> instances = backfill.pendingDeadlines().get(id);
        assertThat(instances).hasSize(1);
        assertThat(jdbc.update("DELETE FROM scheduled_tasks WHERE task_instance = ?", instances.get(0)))
                .isEqualTo(1);
        assertThat(backfill.pendingDeadlines()).doesNotContainKey(id);

        backfill.backfill();

        List<String> scheduledAgain = backfill.pendingDeadlines().get(id);
        assertThat(scheduledAgain).hasSize(1);
        assertThat(jdbc.queryForObject(
                                "SELECT execution_time FROM scheduled_tasks WHERE task_instance = ?",
                                java.sql.Timestamp.class,
                                scheduledAgain.get(0))
                        .toInstant())
                .isEqualTo(grace.dueAt(LocalDate.of(2023, 12, 31)));

        backfill.backfill();
        assertThat(backfill.pendingDeadlines().get(id)).as("left as it was").isEqualTo(scheduledAgain);
    }

    @Test
    void twoInstancesBackfillingAtOnceScheduleOneDeadline() {
        Fixtures fixtures = fixtures();
        String id = fixtures.intervention(fixtures.registration("Natteravne", fixtures.area("backfill-twice")));
        jdbc.update(
                "DELETE FROM scheduled_tasks WHERE task_instance = ?",
                backfill.pendingDeadlines().get(id).get(0));

        CompletableFuture<EvaluationDeadlineBackfill.Scheduled> one = CompletableFuture.supplyAsync(backfill::backfill);
        CompletableFuture<EvaluationDeadlineBackfill.Scheduled> other =
                CompletableFuture.supplyAsync(backfill::backfill);
        one.join();
        other.join();

        assertThat(backfill.pendingDeadlines().get(id)).hasSize(1);
    }

    /**
     * The bulk path writes exactly the deadlines the aggregate's command writes, on the same history: for every
     * intervention owing an evaluation (the demo history's and planned ends stated as a day, a year, uncertain, an
     * interval, on or before, open, and extended), the same row of {@code scheduled_tasks} but for its random instance
     * id: the same task, due instant and task data (deadline name, scope, payload and metadata, byte for byte).
     */
    @Test
    void theDeadlinesWrittenInBulkAreTheOnesTheCommandsSchedule() {
        Fixtures fixtures = fixtures();
        String area = fixtures.area("backfill-bulk");
        for (String plannedEnd :
                List.of("2031-03-15", "2031", "2031?", "2030/2032", "../2031-06", "2031/..", "2031-05~")) {
            Map<String, Object> registration = fixtures.registration("Slutter " + plannedEnd, area);
            registration.put("plannedEnd", plannedEnd);
            fixtures.intervention(registration);
        }
        String extended = fixtures.intervention(fixtures.registration("Forlænget", area));
        Api.Response extension = api().as("pm.tmf")
                .post(
                        "/api/interventions/" + extended + "/extension",
                        Map.of("plannedEnd", "2032-06", "reason", "forlænget af udvalget"));
        assertThat(extension.status()).as(extension.toString()).isEqualTo(200);
        Api auditor = api().as("auditor");
        Eventually.within(
                WAIT, "the extension of " + extended + " projected", () -> auditor.get("/api/interventions/" + extended)
                        .json()
                        .get("plannedEnd")
                        .asText()
                        .equals("2032-06"));

        List<String> owing = backfill.owing().stream()
                .map(InterventionsOwingEvaluationView.Owing::interventionId)
                .toList();
        assertThat(owing).contains(extended).hasSizeGreaterThan(8);
        dropDeadlines();
        for (String id : owing) {
            commands.send(new ScheduleEvaluationDeadlineCommand(id), AuditMetadata.SOURCE_SYSTEM, "sammenligning");
        }
        Map<String, List<String>> byCommand = deadlineRows();
        dropDeadlines();

        EvaluationDeadlineBackfill.Scheduled scheduled = backfill.backfill();

        assertThat(scheduled.byCommand())
                .as("every read-side row is at its aggregate")
                .isZero();
        assertThat(scheduled.inBulk()).isEqualTo(byCommand.size());
        assertThat(deadlineRows()).isEqualTo(byCommand);
    }

    private void dropDeadlines() {
        backfill.pendingDeadlines()
                .values()
                .forEach(instances -> instances.forEach(
                        instance -> jdbc.update("DELETE FROM scheduled_tasks WHERE task_instance = ?", instance)));
        assertThat(backfill.pendingDeadlines()).isEmpty();
    }

    /** Each intervention's pending deadlines as rows of {@code scheduled_tasks}, without their instance ids. */
    private Map<String, List<String>> deadlineRows() {
        Map<String, List<String>> rows = new TreeMap<>();
        backfill.pendingDeadlines()
                .forEach((id, instances) -> rows.put(
                        id,
                        instances.stream()
                                .map(instance -> jdbc.queryForObject("""
                                        SELECT concat_ws(' ', task_name, execution_time, encode(sha256(task_data), 'hex'),
                                               picked, picked_by, last_success, last_failure, consecutive_failures,
                                               last_heartbeat, version)
                                        FROM scheduled_tasks WHERE task_instance = ?""", String.class, instance))
                                .sorted()
                                .toList()));
        return rows;
    }

    private static boolean overdue(Api api, String id) {
        return api.get("/api/interventions/" + id)
                .json()
                .get("overdueEvaluation")
                .asBoolean();
    }
}
