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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A goal's life over HTTP: status reports (one per year), corrections that keep the original visible, target
 * revisions with their history, a conclusion after which the goal takes no more reports, and as-of reads of it all.
 */
class GoalLifeIT extends RegistryIT {

    @Test
    void aGoalIsReportedOnCorrectedRevisedAndConcluded() {
        GoalFixtures fixtures = new GoalFixtures(api());
        Api evaluator = api().as("evaluator");
        String policy = fixtures.policy("policy-life");
        String indicator = fixtures.indicator("eviction-warnings", "LOWER_IS_BETTER");
        Api.Response set = evaluator.post(
                "/api/goals",
                goal(
                        "Færre udsættelser",
                        policy,
                        indicator,
                        baseline(2017, "1.4", "0.6"),
                        target("RELATIVE_CHANGE", "-0.25"),
                        2025));
        assertThat(set.status()).isEqualTo(201);
        String id = set.json().get("id").asText();
        assertThat(set.header("Location")).isEqualTo("/api/goals/" + id);
        assertThat(set.header("ETag")).isEqualTo("\"0\"");
        Instant beforeReports = Instant.now();

        Api.Response reported = evaluator.post("/api/goals/" + id + "/status-reports", status(2024, "0.6", "0.2"));
        assertThat(reported.status()).isEqualTo(201);
        assertThat(reported.json().get("version").asLong()).isEqualTo(1);

        Api.Response again = evaluator.post("/api/goals/" + id + "/status-reports", status(2024, "0.5", "0.2"));
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.json().get("detail").asText()).contains("the status for 2024 is already reported");
        Instant beforeCorrection = Instant.now();

        Api.Response corrected = evaluator.post(
                "/api/goals/" + id + "/status-reports/2024/corrections",
                Map.of(
                        "areaValue",
                        "0.7",
                        "dataQualityNote",
                        "110 sager kunne ikke lokaliseres",
                        "reason",
                        "tastefejl i statusrapporten"));
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(corrected.header("ETag")).isEqualTo("\"2\"");

        JsonNode report =
                evaluator.get("/api/goals/" + id).json().get("statusReports").get(0);
        assertThat(report.get("areaValue").asText()).isEqualTo("0.7");
        assertThat(report.get("dataQualityNote").asText()).isEqualTo("110 sager kunne ikke lokaliseres");
        JsonNode correction = report.get("corrections").get(0);
        assertThat(correction.get("reason").asText()).isEqualTo("tastefejl i statusrapporten");
        assertThat(correction.get("correctedBy").asText()).isEqualTo("evaluator");
        assertThat(correction.get("changes").get(0).get("field").asText()).isEqualTo("areaValue");
        assertThat(correction.get("changes").get(0).get("from").asText()).isEqualTo("0.6");
        assertThat(correction.get("changes").get(0).get("to").asText()).isEqualTo("0.7");
        assertThat(correction.get("changes").get(1).get("field").asText()).isEqualTo("dataQualityNote");
        assertThat(correction.get("changes").get(1).get("from").isNull()).isTrue();

        JsonNode asReported =
                evaluator.get("/api/goals/" + id + "?asOf=" + beforeCorrection).json();
        assertThat(asReported.get("statusReports").get(0).get("areaValue").asText())
                .isEqualTo("0.6");
        assertThat(asReported.get("version").asLong()).isEqualTo(1);
        assertThat(evaluator
                        .get("/api/goals/" + id + "?asOf=" + beforeReports)
                        .json()
                        .get("statusReports"))
                .isEmpty();

        JsonNode row = boardRow(evaluator, policy, id);
        assertThat(row.get("statusCorrected").asBoolean()).isTrue();
        assertThat(row.get("measuredValue").asText()).isEqualTo("-0.5");

        Api.Response stale = evaluator
                .header("If-Match", "\"1\"")
                .post(
                        "/api/goals/" + id + "/target-revisions",
                        Map.of("target", target("RELATIVE_CHANGE", "-0.6"), "reason", "ambitiøst"));
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        Api.Response revised = evaluator
                .header("If-Match", "\"2\"")
                .post(
                        "/api/goals/" + id + "/target-revisions",
                        Map.of("target", target("RELATIVE_CHANGE", "-0.6"), "reason", "politisk skærpet mål"));
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);

        JsonNode goal = evaluator.get("/api/goals/" + id).json();
        assertThat(goal.get("target").get("value").asText()).isEqualTo("-0.6");
        assertThat(goal.get("targetHistory")).hasSize(2);
        assertThat(goal.get("targetHistory").get(0).get("value").asText()).isEqualTo("-0.25");
        assertThat(goal.get("targetHistory").get(1).get("reason").asText()).isEqualTo("politisk skærpet mål");
        assertThat(boardRow(evaluator, policy, id).get("attainment").asText()).isEqualTo("OFF_TRACK");

        Api.Response concluded = evaluator.post(
                "/api/goals/" + id + "/conclusion",
                Map.of("outcome", "PARTLY_MET", "year", 2024, "reason", "halvdelen af det skærpede mål"));
        assertThat(concluded.status()).as(concluded.toString()).isEqualTo(200);
        assertThat(boardRow(evaluator, policy, id).get("attainment").asText()).isEqualTo("NOT_MET");
        assertThat(boardRow(evaluator, policy, id).get("conclusion").asText()).isEqualTo("PARTLY_MET");

        long events = events(id);
        Api.Response afterConclusion =
                evaluator.post("/api/goals/" + id + "/status-reports", status(2025, "0.5", "0.2"));
        assertThat(afterConclusion.status()).as(afterConclusion.toString()).isEqualTo(422);
        assertThat(afterConclusion.json().get("rule").asText()).isEqualTo("ConcludedGoalsStayClosed");
        Api.Response revisionAfterConclusion = evaluator.post(
                "/api/goals/" + id + "/target-revisions",
                Map.of("target", target("RELATIVE_CHANGE", "-0.3"), "reason", "for sent"));
        assertThat(revisionAfterConclusion.status()).isEqualTo(422);
        assertThat(revisionAfterConclusion.json().get("rule").asText()).isEqualTo("ConcludedGoalsStayClosed");
        assertThat(events(id)).isEqualTo(events);

        Api.Response lateCorrection = evaluator.post(
                "/api/goals/" + id + "/status-reports/2024/corrections",
                Map.of("commentary", "tilføjet efter afslutningen", "reason", "kommentar manglede"));
        assertThat(lateCorrection.status()).as(lateCorrection.toString()).isEqualTo(200);
    }

    @Test
    void goalsAreListedByPolicyOwnerAndArea() {
        GoalFixtures fixtures = new GoalFixtures(api());
        String policy = fixtures.policy("policy-list");
        String indicator = fixtures.indicator("eviction-warnings", "LOWER_IS_BETTER");
        String tingbjerg = fixtures().area("tingbjerg");
        String valby = fixtures().area("valby");
        String cityWide = fixtures.goal(goal(
                "City-wide",
                policy,
                indicator,
                baseline(2017, "1.4", "0.6"),
                target("RELATIVE_CHANGE", "-0.25"),
                2025));
        String inTingbjerg = fixtures.goal(with(
                with(
                        goal(
                                "Tingbjerg",
                                policy,
                                indicator,
                                baseline(2017, "2.1", "0.6"),
                                target("GAP_REDUCTION", "0.5"),
                                2025),
                        "areas",
                        List.of(tingbjerg)),
                "ownerAdministration",
                "BIF"));

        JsonNode all = api().as("auditor").get("/api/goals?policy=" + policy).json();
        assertThat(all.get("total").asLong()).isEqualTo(2);
        assertThat(ids(api().as("auditor").get("/api/goals?policy=" + policy + "&owner=BIF")))
                .containsExactly(inTingbjerg);
        assertThat(ids(api().as("auditor").get("/api/goals?policy=" + policy + "&area=" + tingbjerg)))
                .containsExactlyInAnyOrder(cityWide, inTingbjerg);
        assertThat(ids(api().as("auditor").get("/api/goals?policy=" + policy + "&area=" + valby)))
                .containsExactly(cityWide);
        JsonNode goal = api().as("auditor").get("/api/goals/" + inTingbjerg).json();
        assertThat(goal.get("areas").get(0).asText()).isEqualTo(tingbjerg);
        assertThat(goal.get("comparisonArea").asText()).isEqualTo("copenhagen");
    }

    @Test
    void aGoalWithoutComparisonAreaIsComparedWithTheRestOfTheCity() {
        GoalFixtures fixtures = new GoalFixtures(api());
        String policy = fixtures.policy("policy-default");
        String indicator = fixtures.indicator("eviction-warnings", "LOWER_IS_BETTER");
        Map<String, Object> body = goal(
                "Sammenligning med standardområdet",
                policy,
                indicator,
                baseline(2017, "1.4", "0.6"),
                target("RELATIVE_CHANGE", "-0.25"),
                2025);
        body.remove("comparisonArea");
        body.remove("areas");

        JsonNode goal =
                api().as("auditor").get("/api/goals/" + fixtures.goal(body)).json();

        assertThat(goal.get("comparisonArea").asText()).isEqualTo("rest-of-copenhagen");
        assertThat(goal.get("areas")).isEmpty();
    }

    @Test
    void aStatusStatedAsARangeThatStraddlesTheTargetIsShownAsUncertain() {
        GoalFixtures fixtures = new GoalFixtures(api());
        Api evaluator = api().as("evaluator");
        String policy = fixtures.policy("policy-ranges");
        String indicator = fixtures.indicator("safe-at-night", "HIGHER_IS_BETTER");
        Map<String, Object> baseline = baseline(2017, null, null);
        baseline.put("areaValue", Map.of("below", "60"));
        String id = evaluator
                .post(
                        "/api/goals",
                        goal("Tryghed om natten", policy, indicator, baseline, target("ABSOLUTE_LEVEL", "70"), 2025))
                .json()
                .get("id")
                .asText();
        Map<String, Object> status = status(2025, null, null);
        status.put("areaValue", Map.of("from", "67", "to", "72"));
        Api.Response reported = evaluator.post("/api/goals/" + id + "/status-reports", status);
        assertThat(reported.status()).as(reported.toString()).isEqualTo(201);

        JsonNode goal = evaluator.get("/api/goals/" + id).json();
        assertThat(goal.get("baseline").get("areaValue").get("below").asText()).isEqualTo("60");
        assertThat(goal.get("statusReports").get(0).get("areaValue").get("from").asText())
                .isEqualTo("67");
        JsonNode row = boardRow(evaluator, policy, id);
        assertThat(row.get("measuredValue").get("from").asText()).isEqualTo("67");
        assertThat(row.get("measuredValue").get("to").asText()).isEqualTo("72");
        assertThat(row.get("attainment").asText()).isEqualTo("NOT_MET");
        assertThat(row.get("certainty").asText()).isEqualTo("POSSIBLE");
        assertThat(row.get("bestPossibleAttainment").asText()).isEqualTo("MET");
        assertThat(row.get("explanation").asText()).contains("(uncertain)");

        Map<String, Object> unbounded = status(2024, null, null);
        unbounded.put("areaValue", Map.of("from", "0.5", "to", "0.6000001"));
        Api.Response refused = evaluator.post("/api/goals/" + id + "/status-reports", unbounded);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().get("rule").asText()).isEqualTo("ValuesAreBounded");
    }

    private long events(String aggregateId) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?", Long.class, aggregateId);
    }

    private static JsonNode boardRow(Api api, String policy, String id) {
        for (JsonNode row : api.get("/api/goals/board?policy=" + policy).json().get("items")) {
            if (row.get("goalId").asText().equals(id)) {
                return row;
            }
        }
        throw new AssertionError("goal " + id + " is not on the board");
    }

    private static List<String> ids(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        response.json().get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }
}
