package dk.kk.registry.infra.goal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.Fixtures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds the reference data a goal needs through the API, with unique ids so that tests sharing one database do not
 * collide, and request bodies for the goal endpoints.
 */
final class GoalFixtures {

    private final Api api;

    GoalFixtures(Api api) {
        this.api = api;
    }

    /** A policy for 2017-2025 with a unique id starting with the prefix given; answers its id. */
    String policy(String prefix) {
        String id = unique(prefix);
        Api.Response response = api.as("admin")
                .post(
                        "/api/policies",
                        Map.of(
                                "id",
                                id,
                                "title",
                                "Politik for udsatte byområder, revideret 2017",
                                "periodFrom",
                                "2017-01-01",
                                "periodTo",
                                "2025-12-31"));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return id;
    }

    /** A percentage indicator with the direction given; answers its id. */
    String indicator(String prefix, String direction) {
        return Fixtures.on(api).indicator(prefix, direction);
    }

    /** Sets a goal as the evaluator; answers its id. */
    String goal(Map<String, Object> body) {
        Api.Response response = api.as("evaluator").post("/api/goals", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asText();
    }

    /** Reports a status as the evaluator, expecting 201. */
    void report(String goal, Map<String, Object> body) {
        Api.Response response = api.as("evaluator").post("/api/goals/" + goal + "/status-reports", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    static Map<String, Object> goalBody(
            String title,
            String policy,
            String indicator,
            Map<String, Object> baseline,
            Map<String, Object> target,
            Integer deadlineYear) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("policy", policy);
        body.put("ownerAdministration", "SOF");
        body.put("indicator", indicator);
        body.put("areas", List.of());
        body.put("comparisonArea", "copenhagen");
        body.put("baseline", baseline);
        body.put("target", target);
        body.put("deadlineYear", deadlineYear);
        return body;
    }

    static Map<String, Object> baseline(int year, String areaValue, String comparisonValue) {
        Map<String, Object> baseline = new LinkedHashMap<>();
        baseline.put("year", year);
        baseline.put("areaValue", areaValue);
        baseline.put("comparisonValue", comparisonValue);
        return baseline;
    }

    static Map<String, Object> target(String type, String value) {
        return Map.of("type", type, "value", value);
    }

    static Map<String, Object> status(int year, String areaValue, String comparisonValue) {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("year", year);
        status.put("areaValue", areaValue);
        status.put("comparisonValue", comparisonValue);
        return status;
    }

    static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
