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
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Social Services Administration's two goals of the 2017 policy, as its 2024 status report
 * (seed 004_c62b4b101824f7a9.txt) gives them, recorded by an evaluator through the API: the board shows each
 * goal's arithmetic, then and now, and both end MET.
 */
class SocialServicesGoalsIT extends RegistryIT {

    private static final String EVICTIONS_2024_NOTE =
            "Socialforvaltningen har skiftet journaliseringssystem; " + "110 sager kunne ikke lokaliseres.";

    @Test
    void bothGoalsAreMetOnTheBoardWithTheirArithmetic() {
        GoalFixtures fixtures = new GoalFixtures(api());
        Api evaluator = api().as("evaluator");
        String policy = fixtures.policy("policy-2017");
        String evictionWarnings = fixtures.indicator("eviction-warnings", "LOWER_IS_BETTER");
        String minorsBeforeJudge = fixtures.indicator("minors-before-judge", "LOWER_IS_BETTER");

        String evictions = fixtures.goal(with(
                goal(
                        "Færre udsættelser i de udsatte byområder",
                        policy,
                        evictionWarnings,
                        baseline(2017, "1.4", "0.6"),
                        target("RELATIVE_CHANGE", "-0.25"),
                        2025),
                "reason",
                "004_c62b4b101824f7a9.txt: Mål 2, tabel 1"));
        String minors = fixtures.goal(with(
                goal(
                        "Færre unge kriminelle i udsatte byområder",
                        policy,
                        minorsBeforeJudge,
                        baseline(2016, "56", null),
                        target("RELATIVE_CHANGE", "-0.06"),
                        2025),
                "reason",
                "004_c62b4b101824f7a9.txt: Mål 5, tabel 1"));
        Instant beforeAnyStatus = Instant.now();

        fixtures.report(evictions, with(status(2020, "0.8", "0.3"), "reason", "status afgivet i 2021"));
        fixtures.report(
                minors,
                with(
                        status(2020, "59", null),
                        "commentary",
                        "20 unikke unge i udsatte byområder ud af i alt 34 unge i hele København"));
        Instant after2020 = Instant.now();

        Map<String, Object> evictions2024 = status(2024, "0.6", "0.2");
        evictions2024.put("dataQualityNote", EVICTIONS_2024_NOTE);
        evictions2024.put("caseReference", "eDoc 2024-0353188");
        fixtures.report(evictions, evictions2024);
        fixtures.report(
                minors,
                with(
                        status(2023, "42", null),
                        "commentary",
                        "11 unikke unge i udsatte byområder ud af i alt 26 unge i hele København"));
        Instant beforeConclusions = Instant.now();

        for (String goal : new String[] {evictions, minors}) {
            Api.Response concluded = evaluator.post(
                    "/api/goals/" + goal + "/conclusion",
                    Map.of(
                            "outcome",
                            "MET",
                            "year",
                            2024,
                            "reason",
                            "004_c62b4b101824f7a9.txt: Socialforvaltningen har opnået målsætningen"));
            assertThat(concluded.status()).as(concluded.toString()).isEqualTo(200);
        }

        Map<String, JsonNode> board = board(evaluator, policy, null);
        JsonNode evictionRow = board.get(evictions);
        assertThat(evictionRow.get("attainment").asText()).isEqualTo("MET");
        assertThat(evictionRow.get("measuredAttainment").asText()).isEqualTo("ON_TRACK");
        assertThat(evictionRow.get("baselineYear").asInt()).isEqualTo(2017);
        assertThat(evictionRow.get("baselineAreaValue").asText()).isEqualTo("1.4");
        assertThat(evictionRow.get("baselineComparisonValue").asText()).isEqualTo("0.6");
        assertThat(evictionRow.get("statusYear").asInt()).isEqualTo(2024);
        assertThat(evictionRow.get("statusAreaValue").asText()).isEqualTo("0.6");
        assertThat(evictionRow.get("statusComparisonValue").asText()).isEqualTo("0.2");
        assertThat(evictionRow.get("measuredValue").asText()).isEqualTo("-0.5714");
        assertThat(evictionRow.get("requiredValue").asText()).isEqualTo("-0.25");
        assertThat(evictionRow.get("direction").asText()).isEqualTo("LOWER_IS_BETTER");
        assertThat(evictionRow.get("comparisonArea").asText()).isEqualTo("copenhagen");
        assertThat(evictionRow.get("dataQualityNote").asText()).isEqualTo(EVICTIONS_2024_NOTE);
        assertThat(evictionRow.get("conclusion").asText()).isEqualTo("MET");
        assertThat(evictionRow.get("explanation").asText())
                .isEqualTo("Baseline 1.4 (2017) → status 0.6 (2024) = "
                        + "-57.1 % against a target of -25 % by 2025, lower is better: the target is reached before the "
                        + "deadline → ON_TRACK; concluded MET in 2024 → MET.");

        JsonNode minorsRow = board.get(minors);
        assertThat(minorsRow.get("attainment").asText()).isEqualTo("MET");
        assertThat(minorsRow.get("baselineYear").asInt()).isEqualTo(2016);
        assertThat(minorsRow.get("statusYear").asInt()).isEqualTo(2023);
        assertThat(minorsRow.get("measuredValue").asText()).isEqualTo("-0.25");
        assertThat(minorsRow.get("statusComparisonValue").isNull()).isTrue();
        assertThat(minorsRow.get("dataQualityNote").isNull()).isTrue();
        assertThat(minorsRow.get("explanation").asText())
                .isEqualTo("Baseline 56 (2016) → status 42 (2023) = "
                        + "-25 % against a target of -6 % by 2025, lower is better: the target is reached before the "
                        + "deadline → ON_TRACK; concluded MET in 2024 → MET.");

        Map<String, JsonNode> in2021 = board(evaluator, policy, after2020);
        assertThat(in2021.get(evictions).get("attainment").asText()).isEqualTo("ON_TRACK");
        assertThat(in2021.get(evictions).get("statusYear").asInt()).isEqualTo(2020);
        assertThat(in2021.get(minors).get("attainment").asText()).isEqualTo("OFF_TRACK");
        assertThat(in2021.get(minors).get("explanation").asText())
                .isEqualTo("Baseline 56 (2016) → status 59 "
                        + "(2020) = +5.4 % against a target of -6 % by 2025, lower is better: the straight line from 2016 to "
                        + "2025 requires -2.7 % by 2020 → OFF_TRACK.");

        Map<String, JsonNode> beforeStatus = board(evaluator, policy, beforeAnyStatus);
        assertThat(beforeStatus.get(evictions).get("attainment").asText()).isEqualTo("NO_DATA");
        assertThat(beforeStatus.get(minors).get("attainment").asText()).isEqualTo("NO_DATA");

        Map<String, JsonNode> unconcluded = board(evaluator, policy, beforeConclusions);
        assertThat(unconcluded.get(evictions).get("attainment").asText()).isEqualTo("ON_TRACK");
        assertThat(unconcluded.get(minors).get("attainment").asText()).isEqualTo("ON_TRACK");

        JsonNode goal = evaluator.get("/api/goals/" + evictions).json();
        assertThat(goal.get("statusReports")).hasSize(2);
        assertThat(goal.get("statusReports").get(1).get("dataQualityNote").asText())
                .isEqualTo(EVICTIONS_2024_NOTE);
        assertThat(goal.get("statusReports").get(1).get("caseReference").asText())
                .isEqualTo("eDoc 2024-0353188");
        assertThat(goal.get("statusReports").get(1).get("reportedBy").asText()).isEqualTo("evaluator");
        assertThat(goal.get("statusReports").get(0).get("reason").asText()).isEqualTo("status afgivet i 2021");
        assertThat(goal.get("conclusion").get("outcome").asText()).isEqualTo("MET");
        assertThat(goal.get("conclusion").get("reason").asText()).contains("opnået målsætningen");
        assertThat(goal.get("targetHistory")).hasSize(1);
        assertThat(goal.get("targetHistory").get(0).get("reason").asText())
                .isEqualTo("004_c62b4b101824f7a9.txt: Mål 2, tabel 1");
    }

    @Test
    void theBoardIsAlsoCsv() {
        GoalFixtures fixtures = new GoalFixtures(api());
        String policy = fixtures.policy("policy-csv");
        String indicator = fixtures.indicator("eviction-warnings", "LOWER_IS_BETTER");
        String goal = fixtures.goal(goal(
                "Færre udsættelser; i de udsatte byområder",
                policy,
                indicator,
                baseline(2017, "1.4", "0.6"),
                target("RELATIVE_CHANGE", "-0.25"),
                2025));
        fixtures.report(goal, status(2024, "0.6", "0.2"));

        Api.Response csv =
                api().as("auditor").header("Accept", "text/csv").get("/api/goals/board?lang=en&policy=" + policy);

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        String[] lines = csv.text().split("\r\n");
        assertThat(lines[0]).startsWith("\uFEFFgoalId;title;policy;ownerAdministration;indicator;direction;");
        assertThat(lines[0])
                .contains(
                        ";measuredValue;requiredValue;expectedShare;expectedValue;"
                                + "measuredAttainment;certainty;bestPossibleAttainment;conclusion;conclusionYear;attainment;explanation");
        assertThat(lines).hasSize(2);
        assertThat(lines[1])
                .startsWith(goal + ";\"Færre udsættelser; i de udsatte byområder\";" + policy + ";SOF;" + indicator
                        + ";LOWER_IS_BETTER;");
        assertThat(lines[1])
                .contains("0.5714")
                .contains(";0.875;")
                .contains(";ON_TRACK;;;ON_TRACK;Baseline 1.4 (2017) → status 0.6 (2024)");
    }

    @Test
    void theBoardIsFilteredByPolicyAndOwner() {
        GoalFixtures fixtures = new GoalFixtures(api());
        String policy = fixtures.policy("policy-filter");
        String indicator = fixtures.indicator("eviction-warnings", "LOWER_IS_BETTER");
        String sof = fixtures.goal(goal(
                "SOF's mål",
                policy,
                indicator,
                baseline(2017, "1.4", "0.6"),
                target("RELATIVE_CHANGE", "-0.25"),
                2025));
        String buf = fixtures.goal(with(
                goal(
                        "BUF's mål",
                        policy,
                        indicator,
                        baseline(2017, "1.4", "0.6"),
                        target("RELATIVE_CHANGE", "-0.25"),
                        2025),
                "ownerAdministration",
                "BUF"));

        assertThat(board(api().as("auditor"), policy, null)).containsOnlyKeys(sof, buf);
        JsonNode owned = api().as("auditor")
                .get("/api/goals/board?policy=" + policy + "&owner=BUF")
                .json();
        assertThat(owned.get("total").asLong()).isEqualTo(1);
        assertThat(owned.get("items").get(0).get("goalId").asText()).isEqualTo(buf);
        assertThat(owned.get("items").get(0).get("attainment").asText()).isEqualTo("NO_DATA");
    }

    private static Map<String, JsonNode> board(Api api, String policy, Instant asOf) {
        Api.Response response = api.get("/api/goals/board?policy=" + policy + (asOf == null ? "" : "&asOf=" + asOf));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        Map<String, JsonNode> rows = new HashMap<>();
        response.json().get("items").forEach(row -> rows.put(row.get("goalId").asText(), row));
        return rows;
    }
}
