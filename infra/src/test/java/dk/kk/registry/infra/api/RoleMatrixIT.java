package dk.kk.registry.infra.api;

import static dk.kk.registry.infra.api.Problems.assertProblem;
import static dk.kk.registry.infra.api.Problems.body;
import static dk.kk.registry.infra.api.Problems.money;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.RegistryIT;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may call what (API.md, "Sign-in and roles"), as one table: role × method × path → status. {A} is an
 * intervention led by TMF without partners; {B} is one led by TMF to which pm.tmf has added SOF as a partner.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixIT extends RegistryIT {

    private static final String ANONYMOUS = "anonymous";
    private static final String WRONG_PASSWORD = "pm.tmf with a wrong password";
    private static final String UNKNOWN_USER = "an unknown user";
    private static final List<String> SIGNED_IN = List.of("pm.tmf", "pm.sof", "evaluator", "auditor", "admin");

    private String a;
    private String b;
    private String policy;
    private String indicator;

    /** One row of the matrix; the body is made when the row runs, so that every create names new ids. */
    record Row(String role, String method, String path, Supplier<Object> body, int expected) {

        @Override
        public String toString() {
            return role + " " + method + " " + path + " → " + expected;
        }
    }

    @BeforeAll
    void interventionsAndReferenceData() {
        Api pm = api().as("pm.tmf");
        a = created(pm.post("/api/interventions", registration("TMF")), "id");
        b = created(pm.post("/api/interventions", registration("TMF")), "id");
        Api.Response joined = pm.post("/api/interventions/" + b + "/partners",
                body("organisationId", "SOF", "role", "CO_LEAD", "effectiveFrom", "2020-01-01"));
        assertThat(joined.status()).as(joined.toString()).isEqualTo(200);
        policy = created(api().as("admin").post("/api/policies", policy()), "id");
        indicator = created(api().as("admin").post("/api/indicators", indicator()), "id");
    }

    Stream<Row> matrix() {
        List<Row> rows = new ArrayList<>();
        List<String> reads = List.of("/api/interventions", "/api/interventions/{A}", "/api/interventions/{A}/history",
                "/api/interventions?area=copenhagen&category=SAFETY_PARTNERSHIP", "/api/administrations",
                "/api/organisations", "/api/organisations/TMF", "/api/areas", "/api/areas/copenhagen",
                "/api/policies", "/api/indicators", "/api/goals");
        Map<String, Supplier<Object>> writes = new java.util.LinkedHashMap<>();
        writes.put("/api/interventions", () -> registration("TMF"));
        writes.put("/api/interventions/{A}/details", () -> body("description", "Revideret " + UUID.randomUUID()));
        writes.put("/api/interventions/{A}/stage", () -> body("stage", "ACTIVE", "effectiveFrom", "2020-03-01"));
        writes.put("/api/interventions/{A}/partners", () -> body("organisationId", "BUF", "role", "PARTICIPANT",
                "effectiveFrom", "2020-01-01"));
        writes.put("/api/interventions/{A}/funding", RoleMatrixIT::funding);
        writes.put("/api/interventions/{A}/evaluations", RoleMatrixIT::evaluation);
        writes.put("/api/interventions/{A}/decisions", () -> body("decision", "TERMINATE",
                "effectiveFrom", "2023-01-01", "reason", "ophørt"));
        writes.put("/api/interventions/{A}/corrections", () -> body("eventId", "x", "title", "Ny titel",
                "reason", "stavefejl"));
        writes.put("/api/areas", RoleMatrixIT::area);
        writes.put("/api/organisations", RoleMatrixIT::organisation);
        writes.put("/api/policies", RoleMatrixIT::policy);
        writes.put("/api/indicators", RoleMatrixIT::indicator);
        writes.put("/api/goals", this::goal);
        writes.put("/api/measurements", () -> body("indicator", indicator, "area", "copenhagen", "period", 2020,
                "value", "12.5"));

        // not signed in: 401 with a challenge on every endpoint, read or write
        reads.forEach(path -> rows.add(new Row(ANONYMOUS, "GET", path, null, 401)));
        writes.forEach((path, body) -> rows.add(new Row(ANONYMOUS, "POST", path, body, 401)));
        for (String who : List.of(WRONG_PASSWORD, UNKNOWN_USER)) {
            rows.add(new Row(who, "GET", "/api/interventions/{A}", null, 401));
            rows.add(new Row(who, "POST", "/api/interventions", writes.get("/api/interventions"), 401));
        }
        // every signed-in role reads (one matcher covers every GET, so a sample of the paths is enough)
        for (String role : SIGNED_IN) {
            for (String path : List.of("/api/interventions", "/api/interventions/{A}/history",
                    "/api/organisations")) {
                rows.add(new Row(role, "GET", path, null, 200));
            }
        }
        // the auditor writes nothing
        writes.forEach((path, body) -> rows.add(new Row("auditor", "POST", path, body, 403)));
        // the evaluator records evaluations and goals, nothing about an intervention's course or reference data
        rows.add(new Row("evaluator", "POST", "/api/interventions/{A}/evaluations", RoleMatrixIT::evaluation, 201));
        rows.add(new Row("evaluator", "POST", "/api/goals", this::goal, 201));
        for (String path : List.of("/api/interventions", "/api/interventions/{A}/details",
                "/api/interventions/{A}/stage", "/api/interventions/{A}/funding", "/api/interventions/{A}/decisions",
                "/api/areas", "/api/organisations", "/api/policies", "/api/indicators")) {
            rows.add(new Row("evaluator", "POST", path, writes.get(path), 403));
        }
        // a project manager writes what their administration leads or partners in, and no reference data
        rows.add(new Row("pm.tmf", "POST", "/api/interventions", () -> registration("TMF"), 201));
        rows.add(new Row("pm.tmf", "POST", "/api/interventions/{A}/details", writes.get(
                "/api/interventions/{A}/details"), 200));
        rows.add(new Row("pm.tmf", "POST", "/api/interventions", () -> registration("SOF"), 403));
        rows.add(new Row("pm.sof", "POST", "/api/interventions", () -> registration("SOF"), 201));
        rows.add(new Row("pm.sof", "POST", "/api/interventions", () -> registration("TMF"), 403));
        for (String path : List.of("/api/interventions/{A}/details", "/api/interventions/{A}/funding",
                "/api/interventions/{A}/evaluations", "/api/interventions/{A}/decisions")) {
            rows.add(new Row("pm.sof", "POST", path, writes.get(path), 403));
        }
        rows.add(new Row("pm.sof", "POST", "/api/interventions/{B}/details", writes.get(
                "/api/interventions/{A}/details"), 200));
        rows.add(new Row("pm.sof", "POST", "/api/interventions/{B}/funding", RoleMatrixIT::funding, 201));
        for (String path : List.of("/api/areas", "/api/organisations", "/api/policies", "/api/goals")) {
            rows.add(new Row("pm.tmf", "POST", path, writes.get(path), 403));
        }
        rows.add(new Row("pm.sof", "POST", "/api/areas", writes.get("/api/areas"), 403));
        rows.add(new Row("pm.sof", "POST", "/api/organisations", writes.get("/api/organisations"), 403));
        // the administrator keeps the reference data, and does not run interventions
        for (String path : List.of("/api/areas", "/api/organisations", "/api/policies", "/api/indicators",
                "/api/goals")) {
            rows.add(new Row("admin", "POST", path, writes.get(path), 201));
        }
        for (String path : List.of("/api/interventions", "/api/interventions/{A}/evaluations")) {
            rows.add(new Row("admin", "POST", path, writes.get(path), 403));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void roleMatrix(Row row) {
        String path = row.path().replace("{A}", a).replace("{B}", b);
        long events = events();

        Api.Response response = "GET".equals(row.method()) ? as(row.role()).get(path)
                : as(row.role()).post(path, row.body().get());

        if (row.expected() >= 400) {
            assertProblem(response, row.expected());
        } else {
            assertThat(response.status()).as(response.toString()).isEqualTo(row.expected());
        }
        if (row.expected() == 401) {
            assertThat(response.header("WWW-Authenticate")).as("WWW-Authenticate of " + response).startsWith("Basic");
        }
        if ("POST".equals(row.method())) {
            if (row.expected() >= 400) {
                assertThat(events()).as("events recorded by a refused write").isEqualTo(events);
            } else {
                assertThat(events()).as("events recorded by an allowed write").isGreaterThan(events);
            }
        }
    }

    private Api as(String role) {
        return switch (role) {
            case ANONYMOUS -> api().anonymous();
            case WRONG_PASSWORD -> api().anonymous().header("Authorization", basic("pm.tmf", "wrong"));
            case UNKNOWN_USER -> api().anonymous().header("Authorization", basic("nobody", "demo"));
            default -> api().as(role);
        };
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String created(Api.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get(field).asText();
    }

    private static Map<String, Object> registration(String lead) {
        return body("title", "Gadeplan i Tingbjerg " + UUID.randomUUID(), "kind", "AREA_BASED",
                "category", "STREET_OUTREACH", "leadAdministration", lead, "areas", List.of("copenhagen"),
                "targetGroups", List.of("YOUTH", "YOUNG_ADULTS"), "plannedStart", "2020-01-01",
                "plannedEnd", "2022-12-31");
    }

    private static Map<String, Object> funding() {
        return body("source", "TMF", "sourceKind", "MUNICIPAL_POOL", "amount", money("150000.00", "DKK"),
                "years", List.of(2020, 2021));
    }

    private static Map<String, Object> evaluation() {
        return body("periodFrom", "2020-01-01", "periodTo", "2021-12-31", "method", "QUALITATIVE",
                "evaluator", "KFF", "result", "INCONCLUSIVE", "summary", "For få deltagere til at måle en effekt");
    }

    private static Map<String, Object> area() {
        return body("id", "husum-" + UUID.randomUUID().toString().substring(0, 8), "name", "Husum Nord",
                "kind", "MUNICIPAL_DESIGNATED");
    }

    private static Map<String, Object> organisation() {
        return body("name", "Foreningen Grøn Gård", "kind", "CIVIL_SOCIETY");
    }

    private static Map<String, Object> policy() {
        return body("id", "strategi-" + UUID.randomUUID().toString().substring(0, 8), "title", "Strategi for udsatte "
                + "byområder", "periodFrom", "2021-01-01");
    }

    private static Map<String, Object> indicator() {
        return body("id", "tryghed-" + UUID.randomUUID().toString().substring(0, 8), "name", "Andel der føler sig "
                + "trygge", "unit", "PERCENT", "direction", "HIGHER_IS_BETTER", "source", "Tryghedsundersøgelsen");
    }

    private Map<String, Object> goal() {
        return body("title", "Flere trygge beboere", "policy", policy, "ownerAdministration", "TMF",
                "indicator", indicator, "baseline", Map.of("year", 2020, "areaValue", "71.0",
                        "comparisonValue", "86.0"), "target", Map.of("type", "PARITY_WITH_COMPARISON",
                        "value", "0"), "deadlineYear", 2026);
    }

    private long events() {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
    }
}
