package dk.kk.registry.infra.plan;

import static dk.kk.registry.infra.support.Bodies.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.Bodies;
import dk.kk.registry.infra.support.Fixtures;
import dk.kk.registry.infra.support.RegistryIT;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A development plan's life over HTTP: started by an evaluator for an area, given the area's goal, an intervention
 * mapped and chosen as a measure by a project manager with exact money by year, followed up and corrected, read as of
 * earlier instants and shown on the area's timeline; bad input changes nothing.
 */
class DevelopmentPlanIT extends RegistryIT {

    @Test
    void anEvaluatorAndAProjectManagerWorkThroughAPlan() {
        PlanFixtures fixtures = new PlanFixtures(api(), fixtures());
        Api evaluator = api().as("evaluator");
        Api pm = api().as("pm.tmf");
        String area = fixtures.area();
        String goal = fixtures.goalAbout(area);
        String intervention = fixtures.intervention(area);

        Api.Response created = evaluator.post("/api/development-plans", PlanFixtures.plan(area, "policy-2011"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String plan = created.json().get("id").asText();
        assertThat(created.header("Location")).isEqualTo("/api/development-plans/" + plan);
        Instant beforeGoals = Instant.now();

        assertThat(evaluator
                        .post("/api/development-plans/" + plan + "/goals", Map.of("goalId", goal))
                        .status())
                .isEqualTo(200);
        Api.Response mapped = pm.post(
                "/api/development-plans/" + plan + "/mapped-interventions",
                Map.of("interventionId", intervention, "assessment", "Virker, men overlapper driften"));
        assertThat(mapped.status()).as(mapped.toString()).isEqualTo(200);
        Api.Response measure = pm.post(
                "/api/development-plans/" + plan + "/measures",
                Map.of(
                        "interventionId",
                        intervention,
                        "goals",
                        List.of(goal),
                        "reason",
                        "tryghed i området",
                        "resources",
                        List.of(
                                Map.of(
                                        "sourceKind",
                                        "MUNICIPAL_POOL",
                                        "year",
                                        2013,
                                        "amount",
                                        Fixtures.money("1250000.10")),
                                Map.of(
                                        "sourceKind",
                                        "MUNICIPAL_POOL",
                                        "year",
                                        2014,
                                        "amount",
                                        Fixtures.money("0.20")))));
        assertThat(measure.status()).as(measure.toString()).isEqualTo(201);
        String measureId = measure.json().get("measureId").asText();
        Api.Response followUp = evaluator.post(
                "/api/development-plans/" + plan + "/follow-ups",
                Map.of(
                        "year",
                        2014,
                        "summary",
                        "Første opfølgning",
                        "goals",
                        List.of(Map.of("subject", goal, "progress", "ON_TRACK")),
                        "measures",
                        List.of(Map.of("subject", measureId, "progress", "BEHIND", "note", "forsinket"))));
        assertThat(followUp.status()).as(followUp.toString()).isEqualTo(201);
        Api.Response corrected = evaluator.post(
                "/api/development-plans/" + plan + "/follow-ups/2014/corrections",
                Map.of(
                        "summary",
                        "Første opfølgning, rettet",
                        "reason",
                        "forkert vurdering",
                        "measures",
                        List.of(Map.of("subject", measureId, "progress", "ON_TRACK"))));
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        Api.Response adopted = evaluator.post(
                "/api/development-plans/" + plan + "/status",
                Map.of("status", "ADOPTED", "effectiveFrom", "2012-10-04", "reason", "vedtaget i budget 2013"));
        assertThat(adopted.status()).as(adopted.toString()).isEqualTo(200);

        JsonNode read = evaluator.get("/api/development-plans/" + plan).json();
        assertThat(read.get("status").asText()).isEqualTo("ADOPTED");
        assertThat(read.get("statuses").get(1).get("reason").asText()).isEqualTo("vedtaget i budget 2013");
        assertThat(read.get("goals").get(0).get("goalId").asText()).isEqualTo(goal);
        assertThat(read.get("mappedInterventions").get(0).get("assessment").asText())
                .isEqualTo("Virker, men overlapper driften");
        JsonNode chosen = read.get("measures").get(0);
        assertThat(chosen.get("goals").get(0).asText()).isEqualTo(goal);
        assertThat(chosen.get("totalResources").get("amount").asText()).isEqualTo("1250000.30");
        assertThat(chosen.get("chosenBy").asText()).isEqualTo("pm.tmf");
        JsonNode year = read.get("followUps").get(0);
        assertThat(year.get("summary").asText()).isEqualTo("Første opfølgning, rettet");
        assertThat(year.get("goals")).isEmpty();
        assertThat(year.get("corrections").get(0).get("reason").asText()).isEqualTo("forkert vurdering");

        JsonNode before = evaluator
                .get("/api/development-plans/" + plan + "?asOf=" + beforeGoals)
                .json();
        assertThat(before.get("goals")).isEmpty();
        assertThat(before.get("status").asText()).isEqualTo("DRAFTING");
        JsonNode listed = evaluator.get("/api/development-plans?area=" + area).json();
        assertThat(listed.get("total").asLong()).isEqualTo(1);
        JsonNode timeline = evaluator.get("/api/areas/" + area + "/history").json();
        assertThat(timeline.get("developmentPlans").get(0).get("id").asText()).isEqualTo(plan);

        // a measure taken out again: only with a reason, only one the plan has, and the past still shows it
        Instant beforeRemoval = Instant.now();
        String removal = "/api/development-plans/" + plan + "/measures/" + measureId + "/removal";
        assertThat(evaluator.post(removal, Map.of()).status()).isEqualTo(400);
        assertThat(pm.post(removal, Map.of("reason", "forkert plan")).status()).isEqualTo(403);
        Api.Response unknown = evaluator.post(
                "/api/development-plans/" + plan + "/measures/no-such-measure/removal",
                Map.of("reason", "forkert plan"));
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(422);
        assertThat(unknown.text()).contains("RemovalsNameWhatIsThere");
        Api.Response removed = evaluator.post(removal, Map.of("reason", "valgt i den forkerte plan"));
        assertThat(removed.status()).as(removed.toString()).isEqualTo(200);
        assertThat(evaluator.get("/api/development-plans/" + plan).json().get("measures"))
                .isEmpty();
        assertThat(evaluator
                        .get("/api/development-plans/" + plan + "?asOf=" + beforeRemoval)
                        .json()
                        .get("measures"))
                .hasSize(1);
        assertThat(evaluator.post(removal, Map.of("reason", "igen")).status()).isEqualTo(422);
        Api.Response goalOut = evaluator.post(
                "/api/development-plans/" + plan + "/goals/" + goal + "/removal",
                Map.of("reason", "intet tiltag tjener det længere"));
        assertThat(goalOut.status()).as(goalOut.toString()).isEqualTo(200);
    }

    @Test
    void eightEvaluatorsCreatingTheSamePlanAtOnceMakeOnePlan() throws Exception {
        PlanFixtures fixtures = new PlanFixtures(api(), fixtures());
        String area = fixtures.area();
        Api evaluator = api().as("evaluator");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Api.Response>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(
                        () -> evaluator.post("/api/development-plans", PlanFixtures.plan(area, "policy-2011"))));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Api.Response> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS).status());
            }
            assertThat(statuses).as("one plan per area and policy").containsOnly(201, 409);
            assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        JsonNode plans = evaluator
                .get("/api/development-plans?area=" + area + "&policy=policy-2011")
                .json();
        assertThat(plans.get("total").asInt()).isEqualTo(1);
        String plan = plans.get("items").get(0).get("id").asText();

        Api.Response second = evaluator.post("/api/development-plans", PlanFixtures.plan(area, "policy-2011"));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("detail").asText()).contains(plan);
        assertThat(evaluator
                        .post(
                                "/api/development-plans/" + plan + "/status",
                                Map.of(
                                        "status",
                                        "SUPERSEDED",
                                        "effectiveFrom",
                                        "2014-01-01",
                                        "reason",
                                        "erstattet af en ny plan"))
                        .status())
                .isEqualTo(200);
        assertThat(evaluator
                        .post("/api/development-plans", PlanFixtures.plan(area, "policy-2011"))
                        .status())
                .as("a new plan once the old one is superseded")
                .isEqualTo(201);
    }

    @Test
    void badInputIsAProblemAndChangesNothing() {
        PlanFixtures fixtures = new PlanFixtures(api(), fixtures());
        Api evaluator = api().as("evaluator");
        String area = fixtures.area();
        String otherArea = fixtures.area();
        String otherGoal = fixtures.goalAbout(otherArea);
        String plan = evaluator
                .post("/api/development-plans", PlanFixtures.plan(area, "policy-2011"))
                .json()
                .get("id")
                .asText();

        Map<String, Object> noArea = PlanFixtures.plan(area, "policy-2011");
        noArea.remove("area");
        assertThat(evaluator.post("/api/development-plans", noArea).status()).isEqualTo(400);
        assertThat(evaluator
                        .post("/api/development-plans", PlanFixtures.plan("no-such-area", "policy-2011"))
                        .status())
                .isEqualTo(422);
        assertThat(api().as("pm.tmf")
                        .post("/api/development-plans", PlanFixtures.plan(area, "policy-2011"))
                        .status())
                .isEqualTo(403);
        assertThat(evaluator.get("/api/development-plans/" + UUID.randomUUID()).status())
                .isEqualTo(404);
        assertThat(evaluator
                        .post("/api/development-plans/" + UUID.randomUUID() + "/goals", Map.of("goalId", otherGoal))
                        .status())
                .isEqualTo(404);

        Api.Response foreignGoal =
                evaluator.post("/api/development-plans/" + plan + "/goals", Map.of("goalId", otherGoal));
        assertThat(foreignGoal.status()).as(foreignGoal.toString()).isEqualTo(422);
        assertThat(foreignGoal.text()).contains("PlanGoalsConcernTheArea");
        Api.Response notAPlanGoal = evaluator.post(
                "/api/development-plans/" + plan + "/measures",
                Map.of("tool", "Lektiehjælp", "goals", List.of(otherGoal)));
        assertThat(notAPlanGoal.status()).as(notAPlanGoal.toString()).isEqualTo(422);
        assertThat(notAPlanGoal.text()).contains("MeasuresServePlanGoals");
        Api.Response floatMoney = evaluator.post(
                "/api/development-plans/" + plan + "/measures",
                Map.of(
                        "tool",
                        "Lektiehjælp",
                        "goals",
                        List.of(otherGoal),
                        "resources",
                        List.of(Map.of(
                                "sourceKind", "MUNICIPAL_POOL", "year", 2013, "amount", Fixtures.money("10.005")))));
        assertThat(floatMoney.status()).as(floatMoney.toString()).isEqualTo(400);
        assertThat(evaluator
                        .post(
                                "/api/development-plans/" + plan + "/status",
                                Map.of("status", "ADOPTED", "effectiveFrom", "2012-10-04"))
                        .status())
                .isEqualTo(400);
        assertThat(evaluator
                        .post("/api/development-plans/" + plan + "/follow-ups", Map.of("year", 2014, "summary", "x"))
                        .status())
                .isEqualTo(201);
        assertThat(evaluator
                        .post("/api/development-plans/" + plan + "/follow-ups", Map.of("year", 2014, "summary", "igen"))
                        .status())
                .isEqualTo(409);

        JsonNode read = evaluator.get("/api/development-plans/" + plan).json();
        assertThat(read.get("version").asLong()).isEqualTo(1);
        assertThat(read.get("goals")).isEmpty();
        assertThat(read.get("measures")).isEmpty();
    }

    /** The reference data a plan needs, with unique ids, through the API. */
    static final class PlanFixtures {

        private final Api api;
        private final Fixtures fixtures;

        PlanFixtures(Api api, Fixtures fixtures) {
            this.api = api;
            this.fixtures = fixtures;
        }

        String area() {
            return fixtures.area("plan-area");
        }

        /** A goal of the 2011 policy about the area, measured by the demo's eviction warnings. */
        String goalAbout(String area) {
            Map<String, Object> body = with(Bodies.evictionGoal("Mål for " + area, area), "deadlineYear", 2020);
            Api.Response response = api.as("evaluator").post("/api/goals", body);
            assertThat(response.status()).as(response.toString()).isEqualTo(201);
            return response.json().get("id").asText();
        }

        String intervention(String area) {
            return fixtures.intervention(fixtures.registration("Tryghedsvandring", area));
        }

        static Map<String, Object> plan(String area, String policy) {
            return with(
                    Bodies.developmentPlan(area, policy), "timing", List.of("I 2012 udarbejdes 3 udviklingsplaner"));
        }
    }
}
