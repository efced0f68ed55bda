package dk.kk.registry.infra.api;

import static dk.kk.registry.infra.api.Problems.assertField;
import static dk.kk.registry.infra.api.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.RegistryIT;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests that are wrong in how they are made rather than in what they say (issue 13): instants and dates beyond what
 * the registry can store, a body of the wrong media type, a verb a path does not take, a single-valued parameter
 * given twice, encoded or malformed paths. Each gets one of API.md's statuses as problem details, with the parameter
 * named on a 400, and never a 500, Tomcat's page, Spring's default JSON or an empty body. The parameters checked for
 * their ranges are read from the OpenAPI document, so a new {@code asOf} or date parameter is checked too.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryAnswerIsAProblemIT extends RegistryIT {

    private static final List<String> SIGNED_IN = List.of("pm.tmf", "evaluator", "auditor", "admin");
    private static final List<String> INSTANTS_OUT_OF_RANGE = List.of(
            "%2B1000000000-01-01T00:00:00Z",
            "-999999999-01-01T00:00:00Z", "%2B10000-01-01T00:00:00Z", "0000-12-31T23:59:59Z");
    private static final List<String> DATES_OUT_OF_RANGE =
            List.of("%2B99999-01-01", "-0001-01-01", "0000-01-01", "%2B10000-01-01");

    private String intervention;

    /** One request: who sends it, how, and the status and (for a 400) the field its answer must name. */
    record Call(String user, String method, String path, String contentType, String body, int status, String field) {

        static Call get(String user, String path, int status, String field) {
            return new Call(user, "GET", path, null, null, status, field);
        }

        @Override
        public String toString() {
            return (user == null ? "anonymous" : user) + " " + method + " " + path
                    + (contentType == null ? "" : " [" + contentType + "]") + " → " + status;
        }
    }

    @BeforeAll
    void anIntervention() {
        intervention = fixtures().intervention(fixtures().registration("Problemer", "copenhagen"));
    }

    Stream<Call> outOfRangeParameters() {
        List<Call> calls = new ArrayList<>();
        JsonNode paths = api().anonymous().get("/v3/api-docs").json().get("paths");
        paths.properties().forEach(path -> {
            JsonNode get = path.getValue().get("get");
            if (get == null) {
                return;
            }
            for (JsonNode parameter : get.path("parameters")) {
                String format = parameter.path("schema").path("format").asText();
                if (!parameter.path("in").asText().equals("query")
                        || !(format.equals("date-time") || format.equals("date"))) {
                    continue;
                }
                String name = parameter.path("name").asText();
                for (String value : format.equals("date") ? DATES_OUT_OF_RANGE : INSTANTS_OUT_OF_RANGE) {
                    calls.add(Call.get("admin", call(path.getKey(), get, name, value), 400, name));
                }
            }
        });
        assertThat(calls)
                .as("asOf on the interventions and from/to on the audit log are among them")
                .anyMatch(c ->
                        c.path().startsWith("/api/interventions?") && c.field().equals("asOf"))
                .anyMatch(c ->
                        c.path().startsWith("/api/audit/events?") && c.field().equals("to"));
        return calls.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outOfRangeParameters")
    void anInstantOrDateBeyondTheRegistrysRangeIsABadParameter(Call call) {
        answer(call);
    }

    Stream<Call> outOfRangeBodies() {
        List<Call> calls = new ArrayList<>();
        for (String date : List.of("+99999-01-01", "-0001-01-01", "0000-01-01", "+10000-01-01")) {
            Map<String, Object> registration = fixtures().registration("Udenfor", "copenhagen");
            registration.put("plannedStart", date);
            calls.add(new Call(
                    "pm.tmf",
                    "POST",
                    "/api/interventions",
                    "application/json",
                    Problems.json(registration),
                    400,
                    "plannedStart"));
            calls.add(new Call(
                    "pm.tmf",
                    "POST",
                    "/api/interventions/{A}/stage",
                    "application/json",
                    Problems.json(Map.of("stage", "ACTIVE", "effectiveFrom", date)),
                    400,
                    "effectiveFrom"));
        }
        return calls.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outOfRangeBodies")
    void aDateBeyondTheRegistrysRangeInABodyIsBadInput(Call call) {
        answer(call);
    }

    static Stream<Call> wrongMediaTypes() {
        List<Call> calls = new ArrayList<>();
        for (String type : List.of(
                "multipart/form-data",
                "multipart/form-data; boundary=xyz",
                "text/plain",
                "application/xml",
                "application/x-www-form-urlencoded",
                "application/octet-stream")) {
            calls.add(new Call("pm.tmf", "POST", "/api/interventions", type, "x", 415, null));
            calls.add(new Call("pm.tmf", "POST", "/api/interventions/{A}/stage", type, "x", 415, null));
            calls.add(new Call("admin", "POST", "/api/organisations", type, "x", 415, null));
        }
        return calls.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongMediaTypes")
    void aBodyOfTheWrongMediaTypeIs415(Call call) {
        answer(call);
    }

    static Stream<Call> wrongVerbs() {
        List<Call> calls = new ArrayList<>();
        for (String path : List.of(
                "/api/interventions",
                "/api/interventions/{A}",
                "/api/goals",
                "/api/organisations/TMF",
                "/api/audit/events",
                "/api/admin/projections")) {
            for (String method : List.of("PUT", "PATCH", "DELETE")) {
                for (String user : SIGNED_IN) {
                    calls.add(new Call(user, method, path, "application/json", "{}", 405, null));
                }
                calls.add(new Call(null, method, path, "application/json", "{}", 401, null));
            }
        }
        calls.add(new Call("pm.tmf", "POST", "/api/interventions/{A}", "application/json", "{}", 405, null));
        calls.add(new Call("auditor", "POST", "/api/audit/events", "application/json", "{}", 405, null));
        calls.add(new Call("pm.tmf", "FOO", "/api/interventions", null, null, 405, null));
        calls.add(new Call("pm.tmf", "TRACE", "/api/interventions", null, null, 405, null));
        calls.add(new Call(null, "FOO", "/api/interventions", null, null, 405, null));
        return calls.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongVerbs")
    void aVerbThePathDoesNotTakeIs405WithAllowOr401BeforeSignIn(Call call) {
        Api.Response response = answer(call);
        if (call.status() == 405) {
            assertThat(response.header("Allow")).as("Allow of " + response).isNotBlank();
        }
    }

    static Stream<Call> repeatedParameters() {
        return Stream.of(
                Call.get("pm.tmf", "/api/evaluations?method=x&method=RCT", 400, "method"),
                Call.get("pm.tmf", "/api/evaluations?method=RCT&method=MONITORING", 400, "method"),
                Call.get("pm.tmf", "/api/interventions?page=0&page=1", 400, "page"),
                Call.get("pm.tmf", "/api/interventions?stage=ACTIVE&stage=ACTIVE", 400, "stage"),
                Call.get(
                        "pm.tmf",
                        "/api/interventions/{A}?asOf=2024-01-01T00:00:00Z&asOf=2025-01-01T00:00:00Z",
                        400,
                        "asOf"),
                Call.get("auditor", "/api/audit/events?user=a&user=b", 400, "user"),
                // a parameter that is a list takes repeats: this indicator does not exist, which is all it says
                Call.get("pm.tmf", "/api/indicators/no-such-indicator/series?area=copenhagen&area=valby", 404, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("repeatedParameters")
    void aSingleValuedParameterGivenTwiceIsBadInput(Call call) {
        answer(call);
    }

    static Stream<Call> malformedPaths() {
        List<Call> calls = new ArrayList<>();
        for (String segment : List.of(
                "a%2Fb",
                "a%00b", "%25", "%3B", "a%3Bb", "a;b", "a%5Cb", "%2e%2e", "%2e", "..%2F", "a%0Ab", "%FF", "%C0%AF",
                "a//b", "x/y/z")) {
            calls.add(Call.get("pm.tmf", "/api/interventions/" + segment, 0, null));
            // refused at the door whoever asks; a well-formed path that names nothing asks for sign-in first
            calls.add(Call.get(null, "/api/interventions/" + segment, segment.equals("x/y/z") ? 401 : 0, null));
        }
        for (String path : List.of(
                "/api//interventions",
                "/api/./interventions",
                "/api/../api/interventions",
                "/api/nothing",
                "/api/interventions/x/nothing")) {
            calls.add(Call.get("pm.tmf", path, 0, null));
        }
        calls.add(new Call("admin", "POST", "/api/nothing", "application/json", "{}", 404, null));
        calls.add(Call.get("pm.tmf", "/error", 404, null));
        calls.add(Call.get(null, "/error", 404, null));
        calls.add(new Call("admin", "POST", "/error", "application/json", "{}", 404, null));
        return calls.stream();
    }

    /** A status of 0 here means "400 or 404": the path is malformed, or names nothing. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedPaths")
    void anEncodedOrMalformedPathIs400Or404(Call call) {
        answer(call);
    }

    static Stream<String> unacceptableAccepts() {
        return Stream.of("image/png", "application/xml", "text/plain", "application/pdf");
    }

    /** An Accept header no representation of the operation meets: 406 as problem details, documented as such. */
    @ParameterizedTest(name = "Accept: {0}")
    @MethodSource("unacceptableAccepts")
    void anAnswerNoRepresentationMeetsIs406(String accept) {
        for (String path :
                List.of("/api/interventions", "/api/interventions/{A}", "/api/goals/board", "/api/audit/verify")) {
            Api.Response response = api().as("auditor").header("Accept", accept).get(path.replace("{A}", intervention));
            assertProblem(response, 406);
        }
        JsonNode documented = api().anonymous()
                .get("/v3/api-docs")
                .json()
                .path("paths")
                .path("/api/interventions")
                .path("get")
                .path("responses")
                .path("406");
        assertThat(documented.path("content").path("application/problem+json").isMissingNode())
                .isFalse();
    }

    private Api.Response answer(Call call) {
        Api client = call.user() == null ? api().anonymous() : api().as(call.user());
        String path = call.path().replace("{A}", intervention);
        Api.Response response = client.send(
                call.method(),
                path,
                call.contentType(),
                call.body() == null ? null : call.body().getBytes(StandardCharsets.UTF_8));
        int expected = call.status();
        if (expected == 0) {
            assertThat(response.status()).as(call + ": " + response).isIn(400, 404);
            expected = response.status();
        }
        JsonNode problem = assertProblem(response, expected);
        assertThat(response.text())
                .as("no framework wording in " + response)
                .doesNotContain("static resource", "Bad Request\",\"path\"", "\"timestamp\"");
        if (expected == 400) {
            assertThat(problem.path("errors").isArray()
                            && !problem.path("errors").isEmpty())
                    .as("errors of " + response)
                    .isTrue();
        }
        if (call.field() != null) {
            assertField(problem, call.field());
        }
        return response;
    }

    /** The operation's path with its path variables and its other required parameters filled, and one value set. */
    private static String call(String template, JsonNode operation, String name, String value) {
        StringBuilder query = new StringBuilder(name).append('=').append(value);
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("in").asText().equals("query")
                    && parameter.path("required").asBoolean()
                    && !parameter.path("name").asText().equals(name)) {
                JsonNode schema = parameter.path("schema");
                String filler = schema.has("enum")
                        ? schema.get("enum").get(0).asText()
                        : schema.path("type").asText().equals("integer")
                                ? "2020"
                                : schema.path("items").has("enum")
                                        ? schema.path("items")
                                                .get("enum")
                                                .get(0)
                                                .asText()
                                        : "copenhagen";
                query.append('&')
                        .append(parameter.path("name").asText())
                        .append('=')
                        .append(filler);
            }
        }
        return template.replaceAll("\\{[^}]+}", "x") + "?" + query;
    }
}
