package dk.kk.registry.infra.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.registry.command.intervention.EvaluationGracePeriod;
import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.Eventually;
import dk.kk.registry.infra.support.Fixtures;
import dk.kk.registry.infra.support.RegistryIT;
import dk.kk.registry.shared.common.AuditMetadata;
import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.intervention.InterventionCategory;
import dk.kk.registry.shared.intervention.InterventionKind;
import dk.kk.registry.shared.intervention.InterventionRegisteredEvent;
import dk.kk.registry.shared.intervention.TargetGroup;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
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

        assertThat(backfill.backfill()).isGreaterThanOrEqualTo(1);

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

        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(backfill::backfill);
        CompletableFuture<Integer> other = CompletableFuture.supplyAsync(backfill::backfill);
        one.join();
        other.join();

        assertThat(backfill.pendingDeadlines().get(id)).hasSize(1);
    }

    private static boolean overdue(Api api, String id) {
        return api.get("/api/interventions/" + id)
                .json()
                .get("overdueEvaluation")
                .asBoolean();
    }
}
