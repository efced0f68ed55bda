package dk.kk.registry.infra.api;

import static dk.kk.registry.infra.api.Problems.assertField;
import static dk.kk.registry.infra.api.Problems.assertProblem;
import static dk.kk.registry.infra.support.Bodies.body;
import static dk.kk.registry.infra.support.Bodies.evaluation;
import static dk.kk.registry.infra.support.Bodies.policy;
import static dk.kk.registry.infra.support.Bodies.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.RegistryIT;
import dk.kk.registry.infra.support.UiSession;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One rule for text at the door ({@code AdmissibleText}): in a JSON body at any depth and in its field names, in a
 * query parameter, a path segment, a header the registry reads and a form of the UI, NUL and the other controls but
 * tab, line feed and carriage return, unpaired surrogates and non-characters are refused with 400 naming the field, and
 * nothing is recorded; the text let in is stored in NFC.
 */
class AdmissibleTextIT extends RegistryIT {

    /** JSON string contents, written as escapes so that a lone surrogate reaches the registry as a client sends it. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "\\u0000",
                "\\u0007",
                "\\u001b[31m",
                "\\u007f",
                "\\u0085",
                "\\u009b",
                "\\ud800",
                "\\udfff",
                "x\\udfff\\ud800y",
                "\\ufdd0",
                "\\ufffe",
                "\\uffff",
                "\\ud83f\\udffe",
                "\\udbff\\udfff"
            })
    void aBodyTextThatBreaksTheRuleIsRefusedNamingTheFieldAndRecordsNothing(String escaped) {
        String request = "text-" + UUID.randomUUID();
        String bodyText = "{\"name\": \"Forening " + escaped + " i Sundby\", \"kind\": \"OTHER\"}";

        Api.Response response =
                api().as("admin").header("X-Correlation-Id", request).post("/api/organisations", bodyText);

        JsonNode problem = assertProblem(response, 400);
        assertField(problem, "name");
        assertThat(eventsOf(request)).as(escaped).isZero();
    }

    @Test
    void aTextDeepInTheBodyIsNamedByItsPath() {
        var fixtures = fixtures();
        String intervention = fixtures.intervention(fixtures.registration("Tekstregel", fixtures.area("text-path")));
        Map<String, Object> estimate = new LinkedHashMap<>();
        estimate.put("indicator", "tryghed\u0000");
        estimate.put("area", "copenhagen");
        estimate.put("effect", "0.1");
        String request = "text-" + UUID.randomUUID();

        Api.Response response = api().as("evaluator")
                .header("X-Correlation-Id", request)
                .post(
                        "/api/interventions/" + intervention + "/evaluations",
                        with(
                                evaluation("2020-01-01", "2021-12-31", "QUALITATIVE", "KFF", "INCONCLUSIVE"),
                                "estimates",
                                List.of(estimate)));

        assertField(assertProblem(response, 400), "estimates[0].indicator");
        assertThat(eventsOf(request)).isZero();

        Api.Response criteria = api().as("admin")
                .post(
                        "/api/policies",
                        with(
                                policy(
                                        "tekst-" + UUID.randomUUID().toString().substring(0, 8),
                                        "Strategi",
                                        "2021-01-01"),
                                "criteria",
                                List.of("beskæftigelse", "uddannelse\u0085")));
        assertField(assertProblem(criteria, 400), "criteria[1]");
    }

    @Test
    void aFieldNameThatBreaksTheRuleIsRefused() {
        for (String bodyText : List.of(
                "{\"na\\u0000me\": \"x\", \"name\": \"Forening\", \"kind\": \"OTHER\"}",
                "{\"\\udfff\": \"x\", \"name\": \"Forening\", \"kind\": \"OTHER\"}")) {
            String request = "text-" + UUID.randomUUID();

            Api.Response response =
                    api().as("admin").header("X-Correlation-Id", request).post("/api/organisations", bodyText);

            JsonNode problem = assertProblem(response, 400);
            assertThat(Problems.fields(problem)).as(response.toString()).hasSize(1);
            assertThat(eventsOf(request)).isZero();
        }
    }

    @Test
    void aBulkMeasurementsTextIsUnderTheSameRule() {
        Api.Response response = api().as("evaluator")
                .post(
                        "/api/measurements",
                        "[{\"indicator\": \"x\", "
                                + "\"area\": \"copenhagen\", \"period\": 2020, \"value\": \"1\", \"source\": \"DST\\u0000\"}]");

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.text()).contains("[0].source");
    }

    @Test
    void tabLineFeedAndCarriageReturnAreLetIn() {
        var fixtures = fixtures();
        String description = "Første linje\r\nAnden linje\tmed tabulator\n";
        Map<String, Object> registration =
                fixtures.registration("Linjer " + UUID.randomUUID(), fixtures.area("text-lines"));
        registration.put("description", description);

        String id = fixtures.intervention(registration);

        assertThat(api().as("pm.tmf")
                        .get("/api/interventions/" + id)
                        .json()
                        .get("description")
                        .asText())
                .isEqualTo(description);
    }

    @Test
    void admittedTextIsStoredInNfc() {
        String decomposed = "Cafe\u0301en pa\u030a hj\u00f8rnet " + UUID.randomUUID();
        String composed = "Caf\u00e9en p\u00e5 hj\u00f8rnet " + decomposed.substring(decomposed.lastIndexOf(' ') + 1);

        String id = fixtures().organisation(decomposed, "OTHER");

        assertThat(api().as("admin")
                        .get("/api/organisations/" + id)
                        .json()
                        .get("name")
                        .asText())
                .isEqualTo(composed);
        String stored = jdbc.queryForObject(
                "SELECT convert_from(payload, 'UTF8') FROM domainevententry " + "WHERE aggregateidentifier = ?",
                String.class,
                id);
        assertThat(stored).contains(composed).doesNotContain("\u0301");
    }

    @Test
    void aQueryParameterThatBreaksTheRuleIsRefusedNamingIt() {
        Map<String, String> reads = new LinkedHashMap<>();
        reads.put("/api/audit/events?type=%00", "type");
        reads.put("/api/audit/events?user=pm%C2%85tmf", "user");
        reads.put("/api/overlaps?area=%00", "area");
        reads.put("/api/goals/board?owner=%00", "owner");
        reads.put("/api/interventions?q=%EF%BF%BE", "q");
        reads.put("/api/interventions?q%01=x", "q\\u0001");
        reads.forEach(
                (path, field) -> assertField(assertProblem(api().as("admin").get(path), 400), field));
    }

    /** A NUL in the path is refused by Tomcat before the registry sees the request; what it answers is not here. */
    @Test
    void aPathSegmentThatBreaksTheRuleIsRefused() {
        for (String path : List.of("/api/interventions/a%01b", "/api/areas/%EF%BF%BF", "/api/areas/x%C2%9B")) {
            assertField(assertProblem(api().as("admin").get(path), 400), "path");
        }
    }

    /**
     * Sent over a socket: Java's HTTP client will not send a control character in a header. A C1 control is what
     * arrives when a client writes UTF-8 or Windows-1252 into a header that HTTP reads as Latin-1; C0 controls are
     * refused by Tomcat itself.
     */
    @Test
    void aHeaderTheRegistryReadsIsUnderTheRule() throws IOException {
        String area = fixtures().area("text-header");
        String request = "text-" + UUID.randomUUID();

        String renamed = raw(
                "/api/areas/" + area + "/name",
                "If-Match: \"0\u0085\"\r\nX-Correlation-Id: " + request,
                "{\"name\": \"Nyt navn\", \"reason\": \"omdøbt\"}");
        String keyed =
                raw("/api/organisations", "Idempotency-Key: k\u0085", "{\"name\": \"Forening\", \"kind\": \"OTHER\"}");
        String correlated = raw(
                "/api/organisations", "X-Correlation-Id: k\u009b1m", "{\"name\": \"Forening\", \"kind\": \"OTHER\"}");

        assertThat(renamed)
                .startsWith("HTTP/1.1 400")
                .contains("application/problem+json")
                .contains("\"If-Match\"");
        assertThat(eventsOf(request)).isZero();
        assertThat(keyed).startsWith("HTTP/1.1 400").contains("\"Idempotency-Key\"");
        assertThat(correlated).startsWith("HTTP/1.1 400").contains("\"X-Correlation-Id\"");
    }

    /** A POST written byte for byte, headers in Latin-1 as HTTP has them, as admin; answers the whole response. */
    private String raw(String path, String headers, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic "
                + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8))
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n"
                + headers + "\r\n\r\n";
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The UI says it on the form beside the field, in Danish, as it says its other field errors. */
    @Test
    void aFormFieldThatBreaksTheRuleIsAFieldErrorOnTheForm() throws Exception {
        UiSession pm = UiSession.signedIn(port, "pm.tmf");
        pm.get("/interventions/new");
        String title = "Formular " + UUID.randomUUID();

        HttpResponse<String> answer = pm.post(
                "/interventions",
                Map.of(
                        "title",
                        title + "\u0001",
                        "kind",
                        "AREA_BASED",
                        "category",
                        "SAFETY_PARTNERSHIP",
                        "leadAdministration",
                        "TMF",
                        "areas",
                        "copenhagen",
                        "targetGroups",
                        "ALL_RESIDENTS",
                        "plannedStart",
                        "2019-01-01"));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).contains("id=\"title-error\"").contains("et tegn, som ikke kan gemmes");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM domainevententry WHERE position(? in "
                                + "convert_from(payload, 'UTF8')) > 0",
                        Long.class,
                        title))
                .isZero();
    }

    private long eventsOf(String correlationId) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM domainevententry WHERE position(? in convert_from(metadata, " + "'UTF8')) > 0",
                Long.class,
                "\"" + correlationId + "\"");
    }
}
