package dk.kk.registry.infra.operations;

import static dk.kk.registry.infra.support.Bodies.evaluation;
import static dk.kk.registry.infra.support.Bodies.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.registry.command.intervention.EvaluationGracePeriod;
import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.Eventually;
import dk.kk.registry.infra.support.Fixtures;
import dk.kk.registry.infra.support.RegistryIT;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An intervention whose planned end plus the grace period (ten years in the tests, {@link RegistryIT#GRACE_PERIOD})
 * has passed with no evaluation is recorded as overdue by the registry itself, from a deadline kept in PostgreSQL, and
 * listed at {@code GET /api/interventions/overdue-evaluations}; an evaluation lifts it.
 */
class OverdueEvaluationIT extends RegistryIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    private DeadlineManager deadlineManager;

    @Autowired
    private EvaluationGracePeriod grace;

    @Test
    void deadlinesAreKeptInPostgres() {
        assertThat(deadlineManager).isInstanceOf(DbSchedulerDeadlineManager.class);
        assertThat(grace.duration()).isEqualTo(Duration.ofDays(3650));
    }

    @Test
    void anInterventionPastItsPlannedEndAndGraceBecomesOverdueByItselfAndIsListed() {
        Instant beforeRegistration = Instant.now();
        String id = pastIntervention("Green Teams");
        Api auditor = api().as("auditor");
        Eventually.within(WAIT, "intervention " + id + " overdue", () -> overdue(auditor, id));

        JsonNode recorded = Fixtures.historyEvent(auditor, id, "EvaluationBecameOverdueEvent");
        assertThat(recorded.get("recordedBy").asText()).isEqualTo("registry");
        assertThat(recorded.get("source").asText()).isEqualTo("system");
        assertThat(recorded.get("payload").get("plannedEnd").asText()).isEqualTo("2014-06-30");
        assertThat(Instant.parse(recorded.get("payload").get("dueAt").asText()))
                .isEqualTo(grace.dueAt(LocalDate.of(2014, 6, 30)));

        Api.Response list = auditor.get("/api/interventions/overdue-evaluations?size=500");
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.json().get("page").asInt()).isZero();
        assertThat(list.json().get("size").asInt()).isEqualTo(500);
        assertThat(list.json().get("total").asLong()).isGreaterThanOrEqualTo(1);
        JsonNode item = item(list.json(), id);
        assertThat(item).as("listed: " + list).isNotNull();
        assertThat(item.get("overdueEvaluation").asBoolean()).isTrue();
        assertThat(item.get("plannedEnd").asText()).isEqualTo("2014-06-30");

        Api.Response csv = auditor.header("Accept", "text/csv").get("/api/interventions/overdue-evaluations?size=500");
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.text()).contains(id);

        Api.Response before = auditor.get("/api/interventions/overdue-evaluations?size=500&asOf=" + beforeRegistration);
        assertThat(item(before.json(), id)).isNull();
    }

    @Test
    void anEvaluationLiftsTheOverdueFlagAndTheListDropsTheIntervention() {
        String id = pastIntervention("Natteravne");
        Api auditor = api().as("auditor");
        Eventually.within(WAIT, "intervention " + id + " overdue", () -> overdue(auditor, id));

        Api.Response evaluated = api().as("evaluator")
                .post(
                        "/api/interventions/" + id + "/evaluations",
                        with(
                                evaluation("2012-01-01", "2014-06-30", "QUALITATIVE", "KFF", "INCONCLUSIVE"),
                                "summary",
                                "For få deltagere til at måle en effekt"));
        assertThat(evaluated.status()).as(evaluated.toString()).isEqualTo(201);

        Eventually.within(WAIT, "intervention " + id + " no longer overdue", () -> !overdue(auditor, id));
        assertThat(Fixtures.historyEvent(auditor, id, "OverdueEvaluationClearedEvent")
                        .get("payload")
                        .get("cause")
                        .asText())
                .isEqualTo("EVALUATION_RECORDED");
        assertThat(item(
                        auditor.get("/api/interventions/overdue-evaluations?size=500")
                                .json(),
                        id))
                .isNull();
    }

    @Test
    void theDeadlineWaitsInPostgresAndMovesWithThePlannedEnd() {
        Fixtures fixtures = fixtures();
        String id = fixtures.intervention(fixtures.registration("Tryghedsvandring", fixtures.area("husum")));
        assertThat(deadlinesOf(id)).containsExactly(grace.dueAt(LocalDate.of(2023, 12, 31)));

        Api.Response extended = api().as("pm.tmf")
                .post(
                        "/api/interventions/" + id + "/extension",
                        Map.of("plannedEnd", "2025-06-30", "reason", "forlænget af udvalget"));
        assertThat(extended.status()).as(extended.toString()).isEqualTo(200);
        assertThat(deadlinesOf(id)).containsExactly(grace.dueAt(LocalDate.of(2025, 6, 30)));
        assertThat(overdue(api().as("auditor"), id)).isFalse();
    }

    private String pastIntervention(String title) {
        Fixtures fixtures = fixtures();
        Map<String, Object> registration = fixtures.registration(title, fixtures.area("husum"));
        registration.put("plannedStart", "2012-01-01");
        registration.put("plannedEnd", "2014-06-30");
        return fixtures.intervention(registration);
    }

    private static boolean overdue(Api api, String id) {
        Api.Response read = api.get("/api/interventions/" + id);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        return read.json().get("overdueEvaluation").asBoolean();
    }

    private static JsonNode item(JsonNode page, String id) {
        for (JsonNode item : page.get("items")) {
            if (item.get("id").asText().equals(id)) {
                return item;
            }
        }
        return null;
    }

    /** The due instants of the deadlines whose (serialised) scope names the intervention. */
    private List<Instant> deadlinesOf(String id) {
        return new ArrayList<>(jdbc.query("""
                SELECT execution_time FROM scheduled_tasks
                WHERE position(convert_to(?, 'UTF8') IN task_data) > 0""", (rs, n) -> rs.getTimestamp(1).toInstant(), id));
    }
}
