package dk.kk.registry.infra.goal;

import static dk.kk.registry.infra.goal.GoalFixtures.status;
import static dk.kk.registry.infra.support.Bodies.baseline;
import static dk.kk.registry.infra.support.Bodies.goal;
import static dk.kk.registry.infra.support.Bodies.target;
import static dk.kk.registry.infra.support.Bodies.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.RegistryIT;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Bad input to the goal endpoints is refused with a problem answer (400, 401, 403, 404, 409, 422 as API.md says),
 * never a 500 or a stack trace, and a refused write records nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GoalBadInputIT extends RegistryIT {

    private static final List<String> INTERNALS = List.of(
            "java.",
            "org.springframework",
            "org.axonframework",
            "com.fasterxml",
            "dk.kk.registry",
            "Exception",
            "\tat ");

    private String policy;
    private String indicator;
    private String goal;
    private Map<String, Object> valid;

    @BeforeAll
    void aGoalWithABaselineIn2017() {
        GoalFixtures fixtures = new GoalFixtures(api());
        policy = fixtures.policy("policy-bad");
        indicator = fixtures.indicator("eviction-warnings", "LOWER_IS_BETTER");
        valid = goal(
                "Færre udsættelser",
                policy,
                indicator,
                baseline(2017, "1.4", "0.6"),
                target("RELATIVE_CHANGE", "-0.25"),
                2025);
        goal = fixtures.goal(valid);
    }

    @Test
    void setGoalRefusesBadBodies() {
        long before = allEvents();
        assertField(refused(post("/api/goals", with(valid, "title", " ")), 400), "title");
        assertField(refused(post("/api/goals", with(valid, "baseline", null)), 400), "baseline");
        assertField(
                refused(post("/api/goals", with(valid, "baseline", baseline(2017, null, "0.6"))), 400),
                "baseline.areaValue");
        assertField(
                refused(post("/api/goals", with(valid, "baseline", Map.of("year", 2017, "areaValue", "abc"))), 400),
                "baseline.areaValue");
        JsonNode type = refused(post("/api/goals", with(valid, "target", target("HALF", "0.5"))), 400);
        assertField(type, "target.type");
        assertThat(type.get("detail").asText()).contains("RELATIVE_CHANGE, ABSOLUTE_LEVEL");
        assertField(refused(post("/api/goals", with(valid, "deadlineYear", 1800)), 400), "deadlineYear");
        assertField(refused(post("/api/goals", with(valid, "colour", "red")), 400), "colour");
        assertThat(refused(api().as("evaluator").post("/api/goals", "{\"title\": "), 400))
                .isNotNull();
        assertThat(allEvents()).isEqualTo(before);
    }

    @Test
    void setGoalRefusesWhatTheRulesRefuse() {
        long before = allEvents();
        assertRule(
                refused(post("/api/goals", with(valid, "policy", "policy-1999")), 422),
                "ReferencesMustExist",
                "policy");
        assertRule(
                refused(post("/api/goals", with(valid, "areas", List.of("atlantis"))), 422),
                "ReferencesMustExist",
                "areas[0]");
        assertRule(
                refused(post("/api/goals", with(valid, "comparisonArea", "malmoe")), 422),
                "ReferencesMustExist",
                "comparisonArea");
        assertRule(
                refused(
                        post(
                                "/api/goals",
                                with(
                                        with(valid, "baseline", baseline(2017, "1.4", null)),
                                        "target",
                                        target("GAP_REDUCTION", "0.5"))),
                        422),
                "TargetsAreMeasurable",
                "target");
        assertRule(
                refused(post("/api/goals", with(valid, "deadlineYear", 2010)), 422),
                "DatesAreConsistent",
                "deadlineYear");
        assertThat(allEvents()).isEqualTo(before);
    }

    @Test
    void statusReportsRefuseBadInput() {
        long before = events(goal);
        String path = "/api/goals/" + goal + "/status-reports";
        assertField(refused(post(path, with(status(2020, "0.8", "0.3"), "year", "twenty")), 400), "year");
        assertField(refused(post(path, status(2020, null, "0.3")), 400), "areaValue");
        assertField(
                refused(post(path, with(status(2020, "0.8", "0.3"), "commentary", "x".repeat(10_001))), 400),
                "commentary");
        assertRule(refused(post(path, status(2017, "1.4", "0.6")), 422), "StatusFollowsBaseline", "year");
        assertRule(refused(post(path, status(2099, "0.1", "0.1")), 422), "YearHasBegun", "year");
        assertRule(refused(post(path, status(2020, "0.8000001", "0.3")), 422), "ValuesAreBounded", "areaValue");
        assertThat(events(goal)).isEqualTo(before);
    }

    @Test
    void correctionsRevisionsAndConclusionsRefuseBadInput() {
        long before = events(goal);
        String base = "/api/goals/" + goal;
        assertField(
                refused(post(base + "/status-reports/2020/corrections", Map.of("areaValue", "0.7")), 400), "reason");
        assertField(
                refused(
                        post(base + "/status-reports/twenty/corrections", Map.of("areaValue", "0.7", "reason", "r")),
                        400),
                "year");
        assertRule(
                refused(
                        post(
                                base + "/status-reports/2019/corrections",
                                Map.of("areaValue", "0.7", "reason", "tastefejl")),
                        422),
                "CorrectionsNameAReport",
                "year");
        assertField(
                refused(post(base + "/target-revisions", Map.of("target", target("RELATIVE_CHANGE", "-0.3"))), 400),
                "reason");
        assertField(refused(post(base + "/target-revisions", Map.of("reason", "r")), 400), "target");
        assertRule(
                refused(
                        post(
                                base + "/target-revisions",
                                Map.of("target", target("RELATIVE_CHANGE", "-0.25"), "reason", "samme mål")),
                        422),
                "NothingChanged",
                "target");
        assertField(
                refused(post(base + "/conclusion", Map.of("outcome", "DONE", "year", 2024, "reason", "r")), 400),
                "outcome");
        assertRule(
                refused(post(base + "/conclusion", Map.of("outcome", "MET", "year", 2024, "reason", "ingen tal")), 422),
                "ConclusionsRestOnAStatus",
                "outcome");
        assertThat(refused(
                        api().as("evaluator")
                                .header("If-Match", "soon")
                                .post(
                                        base + "/target-revisions",
                                        Map.of("target", target("RELATIVE_CHANGE", "-0.3"), "reason", "r")),
                        400))
                .isNotNull();
        assertThat(events(goal)).isEqualTo(before);
    }

    @Test
    void unknownGoalsAreNotFound() {
        refused(post("/api/goals/no-such-goal/status-reports", status(2020, "0.8", "0.3")), 404);
        refused(post("/api/goals/copenhagen/status-reports", status(2020, "0.8", "0.3")), 404);
        refused(
                post(
                        "/api/goals/" + indicator + "/conclusion",
                        Map.of("outcome", "ABANDONED", "year", 2020, "reason", "r")),
                404);
        refused(api().as("auditor").get("/api/goals/no-such-goal"), 404);
        JsonNode notYet = refused(api().as("auditor").get("/api/goals/" + goal + "?asOf=2000-01-01T00:00:00Z"), 404);
        assertThat(notYet.get("detail").asText()).contains("as of 2000-01-01T00:00:00Z");
    }

    @Test
    void badReadParametersAreRefused() {
        assertField(refused(api().as("auditor").get("/api/goals/board?asOf=yesterday"), 400), "asOf");
        assertField(refused(api().as("auditor").get("/api/goals/board?size=501"), 400), "size");
        assertField(refused(api().as("auditor").get("/api/goals?page=-1"), 400), "page");
    }

    @Test
    void onlyEvaluatorsAndAdministratorsWriteGoals() {
        long before = allEvents();
        refused(api().as("pm.sof").post("/api/goals", valid), 403);
        refused(api().as("auditor").post("/api/goals/" + goal + "/status-reports", status(2020, "0.8", "0.3")), 403);
        refused(api().anonymous().post("/api/goals", valid), 401);
        refused(api().anonymous().get("/api/goals/board"), 401);
        assertThat(allEvents()).isEqualTo(before);
        Api.Response admin = api().as("admin").post("/api/goals", with(valid, "title", "Sat af en administrator"));
        assertThat(admin.status()).as(admin.toString()).isEqualTo(201);
    }

    private Api.Response post(String path, Object body) {
        return api().as("evaluator").post(path, body);
    }

    private static JsonNode refused(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).as(response.toString()).startsWith("application/problem+json");
        for (String internal : INTERNALS) {
            assertThat(response.text()).as("internals in " + response).doesNotContain(internal);
        }
        JsonNode problem = response.json();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("detail").asText()).isNotBlank();
        return problem;
    }

    private static void assertField(JsonNode problem, String field) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(error -> fields.add(error.path("field").asText()));
        assertThat(fields).as(problem.toString()).contains(field);
    }

    private static void assertRule(JsonNode problem, String rule, String field) {
        assertThat(problem.path("rule").asText()).as(problem.toString()).isEqualTo(rule);
        assertField(problem, field);
    }

    private long events(String aggregateId) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?", Long.class, aggregateId);
    }

    private long allEvents() {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
    }
}
