package dk.kk.registry.query.goal;

import static dk.kk.registry.infra.support.Bodies.baseline;
import static dk.kk.registry.infra.support.Bodies.goal;
import static dk.kk.registry.infra.support.Bodies.indicator;
import static dk.kk.registry.infra.support.Bodies.policy;
import static dk.kk.registry.infra.support.Bodies.target;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.ProjectionIT;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The goal projection on real PostgreSQL: replay-safe, and a rebuild from the events comes out identical. */
class GoalProjectionIT extends ProjectionIT {

    @Autowired
    GoalProjection projection;

    @Test
    void seeingEveryEventTwiceChangesNothing() throws Exception {
        String id = goalWithAFewChanges();
        List<Map<String, Object>> versions = versions(id);

        redeliver(projection, id);

        assertThat(versions(id)).isEqualTo(versions);
    }

    @Test
    void aRebuildFromTheEventsComesOutIdentical() {
        String id = goalWithAFewChanges();
        List<Map<String, Object>> versions = versions(id);

        assertThat(rebuild(GoalProjection.GROUP)).isTrue();
        assertThat(versions(id)).isEqualTo(versions);
    }

    private String goalWithAFewChanges() {
        Api admin = api().as("admin");
        Api evaluator = api().as("evaluator");
        String suffix = java.util.UUID.randomUUID().toString().substring(0, 8);
        admin.post("/api/policies", policy("policy-p-" + suffix, "Politik", "2017-01-01"));
        admin.post("/api/indicators", indicator("evictions-p-" + suffix, "Varslinger", "LOWER_IS_BETTER", "DOMUS"));
        Api.Response set = evaluator.post(
                "/api/goals",
                goal(
                        "Færre udsættelser",
                        "policy-p-" + suffix,
                        "evictions-p-" + suffix,
                        baseline(2017, "1.4", "0.6"),
                        target("RELATIVE_CHANGE", "-0.25"),
                        2025));
        assertThat(set.status()).as(set.toString()).isEqualTo(201);
        String id = set.json().get("id").asText();
        evaluator.post(
                "/api/goals/" + id + "/status-reports",
                Map.of("year", 2020, "areaValue", "0.8", "comparisonValue", "0.3"));
        evaluator.post(
                "/api/goals/" + id + "/status-reports",
                Map.of("year", 2024, "areaValue", "0.6", "comparisonValue", "0.2"));
        evaluator.post(
                "/api/goals/" + id + "/status-reports/2024/corrections",
                Map.of("dataQualityNote", "110 sager kunne ikke lokaliseres", "reason", "note manglede"));
        evaluator.post(
                "/api/goals/" + id + "/target-revisions",
                Map.of("target", Map.of("type", "GAP_REDUCTION", "value", "0.5"), "reason", "halvér afstanden"));
        Api.Response concluded = evaluator.post(
                "/api/goals/" + id + "/conclusion", Map.of("outcome", "MET", "year", 2024, "reason", "opnået"));
        assertThat(concluded.status()).as(concluded.toString()).isEqualTo(200);
        return id;
    }

    private List<Map<String, Object>> versions(String id) {
        return jdbc.queryForList("""
                SELECT version, recorded_from, recorded_to, title, policy, owner_administration, indicator,
                       area_ids::text AS areas, doc::text AS doc
                FROM goal_version WHERE goal_id = ? ORDER BY version""", id);
    }
}
