package dk.kk.registry.infra.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.AuditTrail;
import dk.kk.registry.infra.support.Eventually;
import dk.kk.registry.infra.support.RegistryIT;
import dk.kk.registry.infra.support.UiSession;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Text that breaks the rule at the door, stored as an older version of the registry stored it (events are forever):
 * a NUL and a lone surrogate in a payload and in the metadata, written straight into the event table as those versions
 * wrote them. Every read of the log, the chain, the projections and their verification still answers.
 */
class InadmissibleStoredTextIT extends RegistryIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private String user;
    private String organisation;
    private String intervention;

    @BeforeEach
    void storeOldEvents() {
        String token = UUID.randomUUID().toString().substring(0, 8);
        user = "arkiv." + token;
        String metadata = """
                {"user":"%s","role":"ADMIN","source":"api","reason":"gammel \\udfff grund \\u0000 fra før",\
                "correlationId":"old-%s"}""".formatted(user, token);

        String madeOrganisation = fixtures().organisation("Forening " + token, "OTHER");
        organisation = UUID.randomUUID().toString();
        storeLike(madeOrganisation, organisation, metadata, "Forening " + token, "Forening \\u0000 \\ud800 " + token);

        var fixtures = fixtures();
        String title = "Gammel indsats " + token;
        String madeIntervention = fixtures.intervention(fixtures.registration(title, fixtures.area("old-text")));
        intervention = UUID.randomUUID().toString();
        storeLike(madeIntervention, intervention, metadata, title, "Gammel \\u0000 indsats \\udfff " + token);
    }

    @Test
    void theLogAndEveryFilterOfItAnswer() {
        Api auditor = api().as("auditor");
        Instant now = Instant.now();

        assertThat(total(auditor, "/api/audit/events?user=" + user)).isEqualTo(2);
        assertThat(total(auditor, "/api/audit/events?user=pm.tmf")).isPositive();
        assertThat(total(auditor, "/api/audit/events?aggregateId=" + organisation))
                .isEqualTo(1);
        assertThat(total(
                        auditor,
                        "/api/audit/events?aggregateId=" + organisation
                                + "&type=OrganisationRegisteredEvent&user=" + user + "&from="
                                + now.minus(1, ChronoUnit.HOURS)
                                + "&to=" + now.plusSeconds(60)))
                .isEqualTo(1);
        assertThat(total(auditor, "/api/audit/events?type=InterventionRegisteredEvent"))
                .isPositive();
        Api.Response page = auditor.get("/api/audit/events?aggregateId=" + intervention);
        assertThat(page.json().get("items").get(0).get("payload").get("title").asText())
                .contains("\u0000");
        Api.Response csv = auditor.header("Accept", "text/csv").get("/api/audit/events?user=" + user);
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
    }

    @Test
    void theExportAndTheChainAnswerAndTheChainHolds() throws IOException, InterruptedException {
        AuditTrail.awaitChain(jdbc);

        Api.Response export = api().as("auditor").get("/api/audit/export");
        Api.Response verify = api().as("auditor").get("/api/audit/verify");

        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        assertThat(export.text()).contains(organisation).contains(intervention);
        assertThat(verify.status()).as(verify.toString()).isEqualTo(200);
        assertThat(verify.json().get("intact").asBoolean())
                .as(verify.toString())
                .isTrue();
        AuditTrail.Script script = AuditTrail.verifyExport(api());
        if (script != null) {
            assertThat(script.exit()).as(script.output()).isZero();
        }
    }

    /** The projections keep the text with U+FFFD where PostgreSQL cannot hold the character, and equal a rebuild. */
    @Test
    void theProjectionsReadTheEventsAndEqualARebuild() {
        JsonNode projected = eventually("/api/organisations/" + organisation);
        assertThat(projected.get("name").asText()).startsWith("Forening \uFFFD \uFFFD ");
        JsonNode registered = eventually("/api/interventions/" + intervention);
        assertThat(registered.get("title").asText()).startsWith("Gammel \uFFFD indsats \uFFFD ");
        JsonNode history = api().as("auditor")
                .get("/api/interventions/" + intervention + "/history")
                .json();
        assertThat(history.get("items").get(0).get("reason").asText()).isEqualTo("gammel \uFFFD grund \uFFFD fra før");

        Api.Response verified = api().as("admin").post("/api/admin/projections/verify", "");

        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        assertThat(verified.json().get("equal").asBoolean())
                .as(verified.toString())
                .isTrue();
    }

    @Test
    void theUisEventLogAnswersFilteredByUser() throws IOException, InterruptedException {
        UiSession auditor = UiSession.signedIn(port, "auditor");

        HttpResponse<String> filtered = auditor.get("/audit/events?user=" + user);
        HttpResponse<String> all = auditor.get("/audit/events?user=pm.tmf");

        assertThat(filtered.statusCode()).as(filtered.body()).isEqualTo(200);
        assertThat(filtered.body()).contains(organisation).contains(intervention);
        assertThat(all.statusCode()).as(all.body()).isEqualTo(200);
    }

    /**
     * Stores a copy of the first event of {@code made} for a new aggregate, with the text replaced by one written as
     * JSON escapes, as Jackson wrote it before the door checked it.
     */
    private void storeLike(String made, String id, String metadata, String text, String escapedText) {
        Map<String, Object> row = jdbc.queryForMap("""
                SELECT type, payloadtype, payloadrevision, convert_from(payload, 'UTF8') AS payload
                FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = 0""", made);
        String payload = ((String) row.get("payload")).replace(made, id).replace(text, escapedText);
        assertThat(payload).contains(escapedText);
        jdbc.update(
                """
                INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata,
                    payload, payloadrevision, payloadtype, timestamp)
                VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?)""",
                id,
                row.get("type"),
                UUID.randomUUID().toString(),
                metadata.getBytes(StandardCharsets.UTF_8),
                payload.getBytes(StandardCharsets.UTF_8),
                row.get("payloadrevision"),
                row.get("payloadtype"),
                Instant.now().toString());
    }

    private static long total(Api api, String path) {
        Api.Response response = api.get(path);
        assertThat(response.status()).as(path + ": " + response).isEqualTo(200);
        return response.json().get("total").asLong();
    }

    /** The rows were written behind the command bus, so no write waits for the projections here. */
    private JsonNode eventually(String path) {
        Api.Response response = Eventually.until(
                Duration.ofSeconds(20),
                path + " in the read model",
                () -> api().as("auditor").get(path),
                read -> read.status() != 404);
        assertThat(response.status()).as(path + ": " + response).isEqualTo(200);
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
