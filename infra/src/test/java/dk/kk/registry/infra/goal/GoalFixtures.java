package dk.kk.registry.infra.goal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.Bodies;
import dk.kk.registry.infra.support.Fixtures;
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
                        Bodies.with(
                                Bodies.policy(id, "Politik for udsatte byområder, revideret 2017", "2017-01-01"),
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

    /** A status reported on a goal: the area's value and the comparison's, in a year. */
    static Map<String, Object> status(int year, String areaValue, String comparisonValue) {
        return Bodies.baseline(year, areaValue, comparisonValue);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
