package dk.kk.registry.infra.api;

import static dk.kk.registry.infra.api.Problems.assertField;
import static dk.kk.registry.infra.api.Problems.assertProblem;
import static dk.kk.registry.infra.support.Bodies.ABSENT;
import static dk.kk.registry.infra.support.Bodies.with;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.Bodies;
import dk.kk.registry.infra.support.RegistryIT;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code Idempotency-Key} (API.md, conventions): the same key and body answers the first answer again and records
 * nothing new; the same key with another body is a 409; each user's keys are their own.
 */
class IdempotencyIT extends RegistryIT {

    private static Map<String, Object> registration(String lead) {
        return with(
                Bodies.registration("Lektiecafé i Mjølnerparken " + UUID.randomUUID()),
                "category",
                "EDUCATION_GUIDANCE",
                "leadAdministration",
                lead,
                "targetGroups",
                List.of("CHILDREN"),
                "plannedStart",
                "2020-08-01",
                "plannedEnd",
                ABSENT);
    }

    private static String key() {
        return "key-" + UUID.randomUUID();
    }

    @Test
    void theSameKeyAndBodyAnswersTheFirstAnswerAndRecordsOneIntervention() {
        Api pm = api().as("pm.tmf").header("Idempotency-Key", key());
        Map<String, Object> registration = registration("TMF");
        long events = events();

        Api.Response first = pm.post("/api/interventions", registration);
        Api.Response second = pm.post("/api/interventions", registration);
        Api.Response third = pm.post("/api/interventions", registration);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        String id = first.json().get("id").asText();
        for (Api.Response again : List.of(second, third)) {
            assertThat(again.status()).as(again.toString()).isEqualTo(201);
            assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
            assertThat(again.json()).isEqualTo(first.json());
            assertThat(again.json().get("id").asText()).isEqualTo(id);
            assertThat(again.header("Location")).isEqualTo(first.header("Location"));
            assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
        }
        assertThat(events())
                .as("events recorded by three sends of one registration")
                .isEqualTo(events + 1);
        assertThat(eventsOf(id)).isEqualTo(1);
        assertThat(api().as("pm.tmf")
                        .get("/api/interventions/" + id + "/history")
                        .json()
                        .get("items"))
                .hasSize(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsAConflictAndRecordsNothing() {
        Api pm = api().as("pm.tmf").header("Idempotency-Key", key());
        Map<String, Object> registration = registration("TMF");
        assertThat(pm.post("/api/interventions", registration).status()).isEqualTo(201);
        long events = events();

        assertProblem(pm.post("/api/interventions", with(registration, "title", "En anden titel")), 409);
        assertProblem(pm.post("/api/interventions", with(registration, "plannedEnd", "2022-06-30")), 409);

        assertThat(events()).isEqualTo(events);
    }

    @Test
    void differentUsersUseTheSameKeyIndependently() {
        String key = key();
        Api tmf = api().as("pm.tmf").header("Idempotency-Key", key);
        Api sof = api().as("pm.sof").header("Idempotency-Key", key);
        Map<String, Object> ledByTmf = registration("TMF");
        Map<String, Object> ledBySof = registration("SOF");
        long events = events();

        Api.Response byTmf = tmf.post("/api/interventions", ledByTmf);
        assertThat(byTmf.status()).as(byTmf.toString()).isEqualTo(201);
        // pm.tmf's very request under pm.tmf's key is judged afresh for pm.sof (who may not register for TMF),
        // neither replayed nor a conflict
        assertProblem(sof.post("/api/interventions", ledByTmf), 403);
        Api.Response bySof = sof.post("/api/interventions", ledBySof);

        assertThat(bySof.status()).as(bySof.toString()).isEqualTo(201);
        assertThat(bySof.header("Idempotent-Replayed")).isNull();
        assertThat(bySof.json().get("id").asText())
                .isNotEqualTo(byTmf.json().get("id").asText());
        assertThat(events()).isEqualTo(events + 2);
        // each replays their own answer
        Api.Response tmfAgain = tmf.post("/api/interventions", ledByTmf);
        Api.Response sofAgain = sof.post("/api/interventions", ledBySof);
        assertThat(tmfAgain.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(tmfAgain.json().get("id").asText())
                .isEqualTo(byTmf.json().get("id").asText());
        assertThat(sofAgain.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(sofAgain.json().get("id").asText())
                .isEqualTo(bySof.json().get("id").asText());
        // and a different body under the key is a conflict for each of them
        assertProblem(sof.post("/api/interventions", registration("SOF")), 409);
        assertProblem(tmf.post("/api/interventions", registration("TMF")), 409);
        assertThat(events()).isEqualTo(events + 2);
    }

    @Test
    void aRefusedRequestReleasesItsKey() {
        Api pm = api().as("pm.tmf").header("Idempotency-Key", key());
        Map<String, Object> registration = registration("TMF");
        long events = events();

        assertProblem(pm.post("/api/interventions", with(registration, "category", "HOMEWORK")), 400);
        assertProblem(pm.post("/api/interventions", with(registration, "areas", List.of("no-such-area-zz"))), 422);
        assertThat(events()).isEqualTo(events);

        Api.Response registered = pm.post("/api/interventions", registration);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        assertThat(registered.header("Idempotent-Replayed")).isNull();
        assertThat(events()).isEqualTo(events + 1);
    }

    @Test
    void aKeyOnACommandThatCreatesALineRecordsItOnce() {
        Api pm = api().as("pm.tmf");
        String id = pm.post("/api/interventions", registration("TMF"))
                .json()
                .get("id")
                .asText();
        Api keyed = pm.header("Idempotency-Key", key());
        Map<String, Object> funding = Bodies.grant("MUNICIPAL_POOL", "250000.00", List.of(2020, 2021));

        Api.Response first = keyed.post("/api/interventions/" + id + "/funding", funding);
        Api.Response second = keyed.post("/api/interventions/" + id + "/funding", funding);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(second.json().get("fundingId").asText())
                .isEqualTo(first.json().get("fundingId").asText());
        assertThat(eventsOf(id)).isEqualTo(2);
        assertThat(pm.get("/api/interventions/" + id).json().get("funding")).hasSize(1);
    }

    @Test
    void aMalformedKeyIsBadInputAndRecordsNothing() {
        long events = events();
        for (String key : List.of("two words", "x".repeat(256))) {
            Api.Response response =
                    api().as("pm.tmf").header("Idempotency-Key", key).post("/api/interventions", registration("TMF"));
            assertField(assertProblem(response, 400), "Idempotency-Key");
        }
        assertThat(events()).isEqualTo(events);
    }

    /**
     * What an instance stopped mid-request leaves: a claim never finished. {@code minutesAgo} old, noting the log's
     * head at the time and the request's correlation id.
     */
    private void abandonedClaim(String user, String key, String correlation, long logPosition, int minutesAgo) {
        jdbc.update("""
                INSERT INTO idempotency_record (principal, idempotency_key, request_hash, created_at, completed,
                    correlation_id, log_position)
                VALUES (?, ?, ?, now() - ? * interval '1 minute', false, ?, ?)""", user, key, "0".repeat(64), minutesAgo, correlation, logPosition);
    }

    private long head() {
        return jdbc.queryForObject("SELECT COALESCE(max(globalindex), -1) FROM domainevententry", Long.class);
    }

    @Test
    void aClaimCutOffBeforeItsCommandWasRecordedIsTakenOverOnceItIsAbandoned() {
        String key = key();
        abandonedClaim("pm.tmf", key, "cut-off-" + UUID.randomUUID(), head(), 1);
        Api pm = api().as("pm.tmf").header("Idempotency-Key", key);
        Map<String, Object> registration = registration("TMF");

        Api.Response tooSoon = pm.post("/api/interventions", registration);
        assertThat(assertProblem(tooSoon, 409).get("title").asText()).isEqualTo("Idempotency conflict");

        jdbc.update(
                "UPDATE idempotency_record SET created_at = now() - interval '6 minutes' "
                        + "WHERE idempotency_key = ?",
                key);
        long events = events();
        Api.Response retried = pm.post("/api/interventions", registration);
        Api.Response again = pm.post("/api/interventions", registration);

        assertThat(retried.status()).as(retried.toString()).isEqualTo(201);
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json().get("id")).isEqualTo(retried.json().get("id"));
        assertThat(events()).isEqualTo(events + 1);
    }

    @Test
    void aClaimCutOffAfterItsCommandWasRecordedNamesTheRecordInsteadOfRecordingItTwice() {
        String key = key();
        String correlation = "cut-off-" + UUID.randomUUID();
        long before = head();
        Api.Response recorded = api().as("pm.tmf")
                .header("X-Correlation-Id", correlation)
                .post("/api/interventions", registration("TMF"));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        String id = recorded.json().get("id").asText();
        abandonedClaim("pm.tmf", key, correlation, before, 6);
        long events = events();

        Api.Response retried =
                api().as("pm.tmf").header("Idempotency-Key", key).post("/api/interventions", registration("TMF"));

        assertThat(assertProblem(retried, 409).get("detail").asText()).contains(id);
        assertThat(events()).isEqualTo(events);
        // Another user's request with the same correlation id is not theirs: the claim of pm.sof is taken over.
        abandonedClaim("pm.sof", key, correlation, before, 6);
        Api.Response other =
                api().as("pm.sof").header("Idempotency-Key", key).post("/api/interventions", registration("SOF"));
        assertThat(other.status()).as(other.toString()).isEqualTo(201);
    }

    private long events() {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
    }

    private int eventsOf(String aggregateId) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?", Integer.class, aggregateId);
    }
}
