package dk.kk.registry.infra.api;

import static dk.kk.registry.infra.api.Problems.assertProblem;
import static dk.kk.registry.infra.support.Bodies.body;
import static dk.kk.registry.infra.support.Bodies.with;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.Bodies;
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
 * {@link #operations} names every operation of the OpenAPI document with the roles that may call it, and
 * {@link #everyOperationOfTheApiIsInTheTable} fails when an endpoint is added without a row here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixIT extends RegistryIT {

    private static final String ANONYMOUS = "anonymous";
    private static final String WRONG_PASSWORD = "pm.tmf with a wrong password";
    private static final String UNKNOWN_USER = "an unknown user";
    private static final List<String> SIGNED_IN = List.of("pm.tmf", "pm.sof", "evaluator", "auditor", "admin");

    private static final List<String> EVERYONE = SIGNED_IN;
    private static final List<String> PROJECT_MANAGERS = List.of("pm.tmf", "pm.sof");
    private static final List<String> EVALUATION = List.of("pm.tmf", "pm.sof", "evaluator");
    private static final List<String> MEASURING = List.of("evaluator", "admin");
    private static final List<String> AUDITING = List.of("auditor", "admin");
    private static final List<String> ADMINISTERING = List.of("admin");
    private static final List<String> PLANNING = List.of("evaluator", "admin");
    private static final List<String> PLAN_WORK = List.of("pm.tmf", "pm.sof", "evaluator", "admin");

    private String a;
    private String b;
    private String policy;
    private String indicator;
    private String goal;

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
        Api.Response joined = pm.post(
                "/api/interventions/" + b + "/partners",
                body("organisationId", "SOF", "role", "CO_LEAD", "effectiveFrom", "2020-01-01"));
        assertThat(joined.status()).as(joined.toString()).isEqualTo(200);
        policy = created(api().as("admin").post("/api/policies", policy()), "id");
        indicator = created(api().as("admin").post("/api/indicators", indicator()), "id");
        goal = created(api().as("evaluator").post("/api/goals", goal()), "id");
    }

    /**
     * One operation of the API: its OpenAPI path, the call made here, the roles that may make it and what they get.
     * A write is sent with an empty object: an allowed role gets past the gate and is then refused as bad input (or
     * as naming nothing), so that a row tests the gate and records nothing; the rows of {@link #matrix} with real
     * bodies show the allowed writes that do record.
     */
    record Operation(
            String method,
            String template,
            String call,
            List<String> allowed,
            int allowedStatus,
            Map<String, Integer> byRole) {

        Operation(String method, String template, String call, List<String> allowed, int allowedStatus) {
            this(method, template, call, allowed, allowedStatus, Map.of());
        }

        int expected(String role) {
            return byRole.getOrDefault(role, allowed.contains(role) ? allowedStatus : 403);
        }
    }

    private List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        Map<String, String> reads = new java.util.LinkedHashMap<>();
        reads.put("/api/interventions", "/api/interventions?q=gadeplan");
        reads.put("/api/interventions/overdue-evaluations", null);
        reads.put("/api/interventions/{id}", "/api/interventions/{A}");
        reads.put("/api/interventions/{id}/history", "/api/interventions/{A}/history");
        reads.put("/api/overlaps", null);
        reads.put("/api/goals", null);
        reads.put("/api/goals/board", null);
        reads.put("/api/goals/{id}", "/api/goals/{G}");
        reads.put("/api/evaluations", null);
        reads.put("/api/registry/snapshot", null);
        reads.put("/api/areas/{id}/history", "/api/areas/copenhagen/history");
        reads.put("/api/export/iati", null);
        reads.put("/api/administrations", null);
        reads.put("/api/organisations", null);
        reads.put("/api/organisations/{id}", "/api/organisations/TMF");
        reads.put("/api/areas", null);
        reads.put("/api/areas/{id}", "/api/areas/copenhagen");
        reads.put("/api/designations", "/api/designations?list=MUNICIPAL_VULNERABLE&from=2019-01-01&to=2019-12-31");
        reads.put("/api/policies", null);
        reads.put("/api/policies/{id}", "/api/policies/{P}");
        reads.put("/api/indicators", null);
        reads.put("/api/indicators/{id}", "/api/indicators/{I}");
        reads.put("/api/indicators/{id}/series", "/api/indicators/{I}/series?area=copenhagen");
        reads.put("/api/funding/summary", "/api/funding/summary?groupBy=year");
        reads.put("/api/comparisons", "/api/comparisons?indicator={I}&baseline=2019&status=2023");
        reads.put(
                "/api/comparisons/exposure",
                "/api/comparisons/exposure?indicator={I}&category=STREET_OUTREACH" + "&baseline=2019&status=2023");
        reads.put("/api/charts/series.svg", "/api/charts/series.svg?indicator={I}&area=copenhagen");
        reads.put(
                "/api/charts/did.svg",
                "/api/charts/did.svg?indicator={I}&area=copenhagen&baseline=2019" + "&status=2023");
        reads.put("/api/charts/funding.svg", "/api/charts/funding.svg?groupBy=year");
        reads.put("/api/development-plans", null);
        reads.put("/api/policies/{id}/change-strategy", "/api/policies/{P}/change-strategy");
        reads.put("/api/sources", null);
        reads.forEach((template, call) ->
                operations.add(new Operation("GET", template, call == null ? template : call, EVERYONE, 200)));
        // readable by everyone; the ids here name nothing, which an allowed role learns as a 404
        operations.add(
                new Operation("GET", "/api/screenings/{id}", "/api/screenings/no-such-screening", EVERYONE, 404));
        operations.add(
                new Operation("GET", "/api/measurements/{id}", "/api/measurements/no-such-measurement", EVERYONE, 404));
        operations.add(new Operation(
                "GET", "/api/development-plans/{id}", "/api/development-plans/no-such-plan", EVERYONE, 404));
        operations.add(new Operation("GET", "/api/sources/{id}", "/api/sources/no-such-source", EVERYONE, 404));
        operations.add(
                new Operation("GET", "/api/sources/{id}/facts", "/api/sources/no-such-source/facts", EVERYONE, 404));
        operations.add(new Operation(
                "GET",
                "/api/development-plans/{id}/change-strategy",
                "/api/development-plans/no-such-plan/change-strategy",
                EVERYONE,
                404));
        for (String audit : List.of("/api/audit/events", "/api/audit/export", "/api/audit/verify")) {
            operations.add(new Operation("GET", audit, audit, AUDITING, 200));
        }
        operations.add(new Operation("GET", "/api/admin/projections", "/api/admin/projections", ADMINISTERING, 200));
        operations.add(new Operation(
                "POST",
                "/api/admin/projections/{name}/rebuild",
                "/api/admin/projections/no-such-projection/rebuild",
                ADMINISTERING,
                404));
        operations.add(new Operation(
                "POST", "/api/admin/projections/verify", "/api/admin/projections/verify", ADMINISTERING, 200));
        operations.add(new Operation("GET", "/api/admin/dead-letters", "/api/admin/dead-letters", ADMINISTERING, 200));
        String letter = "/api/admin/dead-letters/no-such-letter";
        operations.add(new Operation("GET", "/api/admin/dead-letters/{id}", letter, ADMINISTERING, 404));
        operations.add(
                new Operation("POST", "/api/admin/dead-letters/{id}/retry", letter + "/retry", ADMINISTERING, 404));
        operations.add(new Operation(
                "DELETE", "/api/admin/dead-letters/{id}", letter + "?reason=checked", ADMINISTERING, 404));

        String i = "/api/interventions/{id}";
        write(operations, "/api/interventions", "/api/interventions", PROJECT_MANAGERS, 400);
        // nothing to revise: refused by the rule for pm.tmf, whose administration leads {A}; pm.sof's is not a partner
        operations.add(new Operation(
                "POST",
                i + "/details",
                "/api/interventions/{A}/details",
                PROJECT_MANAGERS,
                422,
                Map.of("pm.sof", 403)));
        for (String task : List.of(
                "/policy",
                "/areas",
                "/partners",
                "/funding",
                "/expenditures",
                "/stage",
                "/extension",
                "/decisions",
                "/corrections")) {
            write(operations, i + task, "/api/interventions/{A}" + task, PROJECT_MANAGERS, 400);
        }
        write(
                operations,
                i + "/areas/{areaId}/removal",
                "/api/interventions/{A}/areas/copenhagen/removal",
                PROJECT_MANAGERS,
                400);
        write(
                operations,
                i + "/partners/{organisationId}/departure",
                "/api/interventions/{A}/partners/BUF/departure",
                PROJECT_MANAGERS,
                400);
        write(
                operations,
                i + "/funding/{fundingId}/adjustments",
                "/api/interventions/{A}/funding/x/adjustments",
                PROJECT_MANAGERS,
                400);
        write(
                operations,
                i + "/funding/{fundingId}/withdrawal",
                "/api/interventions/{A}/funding/x/withdrawal",
                PROJECT_MANAGERS,
                400);
        write(operations, i + "/evaluations", "/api/interventions/{A}/evaluations", EVALUATION, 400);

        write(operations, "/api/goals", "/api/goals", MEASURING, 400);
        write(operations, "/api/goals/{id}/status-reports", "/api/goals/{G}/status-reports", MEASURING, 400);
        write(
                operations,
                "/api/goals/{id}/status-reports/{year}/corrections",
                "/api/goals/{G}/status-reports/2020/corrections",
                MEASURING,
                400);
        write(operations, "/api/goals/{id}/target-revisions", "/api/goals/{G}/target-revisions", MEASURING, 400);
        write(operations, "/api/goals/{id}/conclusion", "/api/goals/{G}/conclusion", MEASURING, 400);
        write(operations, "/api/measurements", "/api/measurements", MEASURING, 400);
        write(operations, "/api/measurements/{id}/corrections", "/api/measurements/x/corrections", MEASURING, 400);
        write(operations, "/api/measurements/{id}/retraction", "/api/measurements/x/retraction", MEASURING, 400);

        write(operations, "/api/organisations", "/api/organisations", ADMINISTERING, 400);
        write(operations, "/api/sources", "/api/sources", PLAN_WORK, 400);
        write(operations, "/api/areas", "/api/areas", ADMINISTERING, 400);
        write(operations, "/api/areas/{id}/designations", "/api/areas/copenhagen/designations", ADMINISTERING, 400);
        write(
                operations,
                "/api/areas/{id}/designations/{designationId}/end",
                "/api/areas/copenhagen/designations/x/end",
                ADMINISTERING,
                400);
        write(operations, "/api/areas/{id}/name", "/api/areas/copenhagen/name", ADMINISTERING, 400);
        write(operations, "/api/policies", "/api/policies", ADMINISTERING, 400);
        write(operations, "/api/policies/{id}/criteria", "/api/policies/{P}/criteria", ADMINISTERING, 400);
        write(operations, "/api/policies/{id}/screening-rule", "/api/policies/{P}/screening-rule", ADMINISTERING, 400);
        write(operations, "/api/indicators", "/api/indicators", ADMINISTERING, 400);
        write(
                operations,
                "/api/indicators/{id}/redefinitions",
                "/api/indicators/{I}/redefinitions",
                ADMINISTERING,
                400);
        write(operations, "/api/screenings", "/api/screenings", ADMINISTERING, 400);
        write(
                operations,
                "/api/screenings/{id}/proposals/{area}/confirmation",
                "/api/screenings/x/proposals/copenhagen/confirmation",
                ADMINISTERING,
                400);
        write(
                operations,
                "/api/screenings/{id}/proposals/{area}/rejection",
                "/api/screenings/x/proposals/copenhagen/rejection",
                ADMINISTERING,
                400);
        String plan = "/api/development-plans/{id}";
        String noPlan = "/api/development-plans/no-such-plan";
        write(operations, "/api/development-plans", "/api/development-plans", PLANNING, 400);
        for (String task : List.of("/status", "/analysis", "/goals")) {
            write(operations, plan + task, noPlan + task, PLANNING, 400);
        }
        write(operations, plan + "/goals/{goalId}/removal", noPlan + "/goals/{G}/removal", PLANNING, 400);
        write(operations, plan + "/measures/{measureId}/removal", noPlan + "/measures/x/removal", PLANNING, 400);
        write(
                operations,
                plan + "/mapped-interventions/{interventionId}/removal",
                noPlan + "/mapped-interventions/{A}/removal",
                PLANNING,
                400);
        write(
                operations,
                plan + "/follow-ups/{year}/corrections",
                noPlan + "/follow-ups/2014/corrections",
                PLANNING,
                400);
        for (String task : List.of("/measures", "/mapped-interventions", "/follow-ups")) {
            write(operations, plan + task, noPlan + task, PLAN_WORK, 400);
        }
        return operations;
    }

    private static void write(
            List<Operation> operations, String template, String call, List<String> allowed, int allowedStatus) {
        operations.add(new Operation("POST", template, call, allowed, allowedStatus));
    }

    /** Every operation × anonymous and every role: 401 without sign-in, 403 for a role not allowed. */
    Stream<Row> everyOperation() {
        List<Row> rows = new ArrayList<>();
        for (Operation operation : operations()) {
            Supplier<Object> body = "POST".equals(operation.method()) ? Map::of : null;
            rows.add(new Row(ANONYMOUS, operation.method(), operation.call(), body, 401));
            for (String role : SIGNED_IN) {
                rows.add(new Row(role, operation.method(), operation.call(), body, operation.expected(role)));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyOperation")
    void everyOperationForEveryRole(Row row) {
        roleMatrix(row);
    }

    @org.junit.jupiter.api.Test
    void everyOperationOfTheApiIsInTheTable() {
        Api.Response document = api().anonymous().get("/v3/api-docs");
        assertThat(document.status()).as(document.toString()).isEqualTo(200);
        java.util.Set<String> documented = new java.util.TreeSet<>();
        document.json().get("paths").properties().forEach(path -> path.getValue()
                .fieldNames()
                .forEachRemaining(method ->
                        documented.add(method.toUpperCase(java.util.Locale.ROOT) + " " + unnamed(path.getKey()))));
        java.util.Set<String> tabled = new java.util.TreeSet<>();
        operations().forEach(operation -> tabled.add(operation.method() + " " + unnamed(operation.template())));

        assertThat(documented)
                .as("operations of /v3/api-docs that the role table does not name")
                .isSubsetOf(tabled);
        assertThat(tabled)
                .as("operations of the role table that /v3/api-docs does not have")
                .isSubsetOf(documented);
    }

    private static String unnamed(String template) {
        return template.replaceAll("\\{[^}]*}", "{}");
    }

    Stream<Row> matrix() {
        List<Row> rows = new ArrayList<>();
        List<String> reads = List.of(
                "/api/interventions",
                "/api/interventions/{A}",
                "/api/interventions/{A}/history",
                "/api/interventions?area=copenhagen&category=SAFETY_PARTNERSHIP",
                "/api/administrations",
                "/api/organisations",
                "/api/organisations/TMF",
                "/api/areas",
                "/api/areas/copenhagen",
                "/api/policies",
                "/api/indicators",
                "/api/goals");
        Map<String, Supplier<Object>> writes = new java.util.LinkedHashMap<>();
        writes.put("/api/interventions", () -> registration("TMF"));
        writes.put("/api/interventions/{A}/details", () -> body("description", "Revideret " + UUID.randomUUID()));
        writes.put("/api/interventions/{A}/stage", () -> body("stage", "ACTIVE", "effectiveFrom", "2020-03-01"));
        writes.put(
                "/api/interventions/{A}/partners",
                () -> body("organisationId", "BUF", "role", "PARTICIPANT", "effectiveFrom", "2020-01-01"));
        writes.put("/api/interventions/{A}/funding", RoleMatrixIT::funding);
        writes.put("/api/interventions/{A}/evaluations", RoleMatrixIT::evaluation);
        writes.put(
                "/api/interventions/{A}/decisions",
                () -> body("decision", "TERMINATE", "effectiveFrom", "2023-01-01", "reason", "ophørt"));
        writes.put(
                "/api/interventions/{A}/corrections",
                () -> body("eventId", "x", "title", "Ny titel", "reason", "stavefejl"));
        writes.put("/api/areas", RoleMatrixIT::area);
        writes.put("/api/organisations", RoleMatrixIT::organisation);
        writes.put("/api/sources", RoleMatrixIT::source);
        writes.put("/api/policies", RoleMatrixIT::policy);
        writes.put("/api/indicators", RoleMatrixIT::indicator);
        writes.put("/api/goals", this::goal);
        writes.put(
                "/api/measurements",
                () -> body("indicator", indicator, "area", "copenhagen", "period", 2020, "value", "12.5"));

        // not signed in: 401 with a challenge on every endpoint, read or write
        reads.forEach(path -> rows.add(new Row(ANONYMOUS, "GET", path, null, 401)));
        writes.forEach((path, body) -> rows.add(new Row(ANONYMOUS, "POST", path, body, 401)));
        for (String who : List.of(WRONG_PASSWORD, UNKNOWN_USER)) {
            rows.add(new Row(who, "GET", "/api/interventions/{A}", null, 401));
            rows.add(new Row(who, "POST", "/api/interventions", writes.get("/api/interventions"), 401));
        }
        // every signed-in role reads (one matcher covers every GET, so a sample of the paths is enough)
        for (String role : SIGNED_IN) {
            for (String path : List.of("/api/interventions", "/api/interventions/{A}/history", "/api/organisations")) {
                rows.add(new Row(role, "GET", path, null, 200));
            }
        }
        // the auditor writes nothing
        writes.forEach((path, body) -> rows.add(new Row("auditor", "POST", path, body, 403)));
        // the evaluator records evaluations and goals, nothing about an intervention's course or reference data
        rows.add(new Row("evaluator", "POST", "/api/interventions/{A}/evaluations", RoleMatrixIT::evaluation, 201));
        rows.add(new Row("evaluator", "POST", "/api/goals", this::goal, 201));
        // whoever records facts from documents registers those documents as sources; the auditor does not
        for (String role : List.of("pm.tmf", "pm.sof", "evaluator", "admin")) {
            rows.add(new Row(role, "POST", "/api/sources", RoleMatrixIT::source, 201));
        }
        for (String path : List.of(
                "/api/interventions",
                "/api/interventions/{A}/details",
                "/api/interventions/{A}/stage",
                "/api/interventions/{A}/funding",
                "/api/interventions/{A}/decisions",
                "/api/areas",
                "/api/organisations",
                "/api/policies",
                "/api/indicators")) {
            rows.add(new Row("evaluator", "POST", path, writes.get(path), 403));
        }
        // a project manager writes what their administration leads or partners in, and no reference data
        rows.add(new Row("pm.tmf", "POST", "/api/interventions", () -> registration("TMF"), 201));
        rows.add(new Row(
                "pm.tmf", "POST", "/api/interventions/{A}/details", writes.get("/api/interventions/{A}/details"), 200));
        rows.add(new Row("pm.tmf", "POST", "/api/interventions", () -> registration("SOF"), 403));
        rows.add(new Row("pm.sof", "POST", "/api/interventions", () -> registration("SOF"), 201));
        rows.add(new Row("pm.sof", "POST", "/api/interventions", () -> registration("TMF"), 403));
        for (String path : List.of(
                "/api/interventions/{A}/details",
                "/api/interventions/{A}/funding",
                "/api/interventions/{A}/evaluations",
                "/api/interventions/{A}/decisions")) {
            rows.add(new Row("pm.sof", "POST", path, writes.get(path), 403));
        }
        rows.add(new Row(
                "pm.sof", "POST", "/api/interventions/{B}/details", writes.get("/api/interventions/{A}/details"), 200));
        rows.add(new Row("pm.sof", "POST", "/api/interventions/{B}/funding", RoleMatrixIT::funding, 201));
        for (String path : List.of("/api/areas", "/api/organisations", "/api/policies", "/api/goals")) {
            rows.add(new Row("pm.tmf", "POST", path, writes.get(path), 403));
        }
        rows.add(new Row("pm.sof", "POST", "/api/areas", writes.get("/api/areas"), 403));
        rows.add(new Row("pm.sof", "POST", "/api/organisations", writes.get("/api/organisations"), 403));
        // the administrator keeps the reference data, and does not run interventions
        for (String path :
                List.of("/api/areas", "/api/organisations", "/api/policies", "/api/indicators", "/api/goals")) {
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
        String path = row.path()
                .replace("{A}", a)
                .replace("{B}", b)
                .replace("{G}", goal)
                .replace("{P}", policy)
                .replace("{I}", indicator);
        long events = events();

        Api.Response response =
                switch (row.method()) {
                    case "GET" -> as(row.role()).get(path);
                    case "DELETE" -> as(row.role()).delete(path);
                    default -> as(row.role()).post(path, row.body().get());
                };

        if (row.expected() >= 400) {
            assertProblem(response, row.expected());
        } else {
            assertThat(response.status()).as(response.toString()).isEqualTo(row.expected());
        }
        if (row.expected() == 401) {
            assertThat(response.header("WWW-Authenticate"))
                    .as("WWW-Authenticate of " + response)
                    .startsWith("Basic");
        }
        if ("POST".equals(row.method()) && !path.startsWith("/api/admin/")) {
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
        return with(
                Bodies.registration("Gadeplan i Tingbjerg " + UUID.randomUUID()),
                "leadAdministration",
                lead,
                "targetGroups",
                List.of("YOUTH", "YOUNG_ADULTS"));
    }

    private static Map<String, Object> funding() {
        return Bodies.grant("MUNICIPAL_POOL", "150000.00", List.of(2020, 2021));
    }

    private static Map<String, Object> evaluation() {
        return with(
                Bodies.evaluation("2020-01-01", "2021-12-31", "QUALITATIVE", "KFF", "INCONCLUSIVE"),
                "summary",
                "For få deltagere til at måle en effekt");
    }

    private static Map<String, Object> area() {
        return Bodies.area("husum-" + UUID.randomUUID().toString().substring(0, 8), "Husum Nord");
    }

    private static Map<String, Object> source() {
        return body(
                "id",
                "kilde-" + UUID.randomUUID().toString().substring(0, 8),
                "title",
                "Status 2024",
                "publisher",
                "Socialforvaltningen",
                "published",
                "2024",
                "kind",
                "STATUS_REPORT");
    }

    private static Map<String, Object> organisation() {
        return body("name", "Foreningen Grøn Gård", "kind", "CIVIL_SOCIETY");
    }

    private static Map<String, Object> policy() {
        return Bodies.policy(
                "strategi-" + UUID.randomUUID().toString().substring(0, 8),
                "Strategi for udsatte " + "byområder",
                "2021-01-01");
    }

    private static Map<String, Object> indicator() {
        return Bodies.indicator(
                "tryghed-" + UUID.randomUUID().toString().substring(0, 8),
                "Andel der føler sig " + "trygge",
                "HIGHER_IS_BETTER",
                "Tryghedsundersøgelsen");
    }

    private Map<String, Object> goal() {
        return Bodies.parityGoal(policy, indicator);
    }

    private long events() {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
    }
}
