package dk.kk.registry.infra.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.registry.infra.demo.DemoPlans;
import dk.kk.registry.infra.plan.DevelopmentPlanIT.PlanFixtures;
import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.Fixtures;
import dk.kk.registry.infra.support.RegistryIT;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The change strategy: the chain from vision to result with its gaps, for a plan built here and for the 2011 policy
 * over the demo history's six plans, which say what the seeds say and nothing more.
 */
class ChangeStrategyIT extends RegistryIT {

    @Test
    void aPlansChainShowsWhatServesEachGoalAndWhereItIsBroken() {
        PlanFixtures fixtures = new PlanFixtures(api(), fixtures());
        Api evaluator = api().as("evaluator");
        Api pm = api().as("pm.tmf");
        String area = fixtures.area();
        String served = fixtures.goalAbout(area);
        String unserved = fixtures.goalAbout(area);
        String measured = fixtures.intervention(area);
        String mappedOnly = fixtures.intervention(area);
        String plan = evaluator
                .post("/api/development-plans", PlanFixtures.plan(area, "policy-2011"))
                .json()
                .get("id")
                .asText();
        evaluator.post("/api/development-plans/" + plan + "/goals", Map.of("goalId", served));
        evaluator.post("/api/development-plans/" + plan + "/goals", Map.of("goalId", unserved));
        Instant beforeMeasures = Instant.now();
        pm.post(
                "/api/development-plans/" + plan + "/measures",
                Map.of(
                        "interventionId",
                        measured,
                        "goals",
                        List.of(served),
                        "resources",
                        List.of(Map.of(
                                "sourceKind", "MUNICIPAL_POOL", "year", 2013, "amount", Fixtures.money("500000.00")))));
        pm.post(
                "/api/development-plans/" + plan + "/measures",
                Map.of("tool", "Lektiehjælp på biblioteket", "goals", List.of(served)));
        pm.post("/api/development-plans/" + plan + "/mapped-interventions", Map.of("interventionId", mappedOnly));

        JsonNode strategy = evaluator
                .get("/api/development-plans/" + plan + "/change-strategy")
                .json();
        assertThat(strategy.get("policy").asText()).isEqualTo("policy-2011");
        assertThat(strategy.get("vision").get(0).asText()).startsWith("Vision");
        assertThat(strategy.get("objectives").size()).isGreaterThan(3);
        JsonNode first = goal(strategy, served);
        assertThat(first.get("indicatorSource").asText()).isNotBlank();
        assertThat(first.get("interventions").get(0).get("id").asText()).isEqualTo(measured);
        assertThat(first.get("interventions")
                        .get(0)
                        .get("resources")
                        .get("amount")
                        .asText())
                .isEqualTo("500000.00");
        assertThat(first.get("tools").get(0).get("tool").asText()).isEqualTo("Lektiehjælp på biblioteket");
        JsonNode board = evaluator
                .get("/api/goals/board?policy=policy-2011&size=500")
                .json()
                .get("items");
        String boardVerdict = null;
        for (JsonNode row : board) {
            if (row.get("goalId").asText().equals(served)) {
                boardVerdict = row.get("attainment").asText();
            }
        }
        assertThat(first.get("attainment").asText()).isEqualTo(boardVerdict);

        List<String> gaps = gaps(strategy);
        assertThat(gaps)
                .contains(
                        "GOAL_WITHOUT_INTERVENTION " + unserved,
                        "INTERVENTION_WITHOUT_GOAL " + mappedOnly,
                        "INDICATOR_WITHOUT_RECENT_MEASUREMENT eviction-warnings");
        assertThat(gaps)
                .filteredOn(g -> g.startsWith("MEASURE_WITHOUT_RESOURCES"))
                .hasSize(1);
        assertThat(gaps).doesNotContain("GOAL_WITHOUT_INTERVENTION " + served);

        JsonNode before = evaluator
                .get("/api/development-plans/" + plan + "/change-strategy?asOf=" + beforeMeasures)
                .json();
        assertThat(gaps(before)).contains("GOAL_WITHOUT_INTERVENTION " + served);

        Api.Response csv = evaluator
                .header("Accept", "text/csv")
                .get("/api/development-plans/" + plan + "/change-strategy?lang=en");
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.text()).contains("GOAL_WITHOUT_INTERVENTION", "Lektiehjælp på biblioteket", served);
        assertThat(evaluator
                        .get("/api/development-plans/no-such-plan/change-strategy")
                        .status())
                .isEqualTo(404);
        assertThat(evaluator.get("/api/policies/no-such-policy/change-strategy").status())
                .isEqualTo(404);
    }

    @Test
    void interventionsOfAPlanThatMayCompeteAreAGapOfItsChangeStrategy() {
        PlanFixtures fixtures = new PlanFixtures(api(), fixtures());
        Api evaluator = api().as("evaluator");
        Api pm = api().as("pm.tmf");
        String area = fixtures.area();
        String goal = fixtures.goalAbout(area);
        String measured = fixtures.intervention(area);
        String mapped = fixtures.intervention(area);
        Map<String, Object> otherCategory = fixtures().registration("Lektiecafé", area);
        otherCategory.put("category", "EDUCATION_GUIDANCE");
        String different = fixtures().intervention(otherCategory);
        String outside = fixtures.intervention(area);
        String plan = evaluator
                .post("/api/development-plans", PlanFixtures.plan(area, "policy-2011"))
                .json()
                .get("id")
                .asText();
        evaluator.post("/api/development-plans/" + plan + "/goals", Map.of("goalId", goal));
        pm.post(
                "/api/development-plans/" + plan + "/measures",
                Map.of("interventionId", measured, "goals", List.of(goal)));
        pm.post(
                "/api/development-plans/" + plan + "/measures",
                Map.of("interventionId", different, "goals", List.of(goal)));
        pm.post("/api/development-plans/" + plan + "/mapped-interventions", Map.of("interventionId", mapped));

        JsonNode strategy = evaluator
                .get("/api/development-plans/" + plan + "/change-strategy")
                .json();
        List<String> competing = gaps(strategy).stream()
                .filter(g -> g.startsWith("COMPETING_INTERVENTIONS"))
                .toList();
        String pair = measured.compareTo(mapped) < 0 ? measured + " " + mapped : mapped + " " + measured;
        assertThat(competing).containsExactly("COMPETING_INTERVENTIONS " + pair);
        assertThat(competing.get(0)).doesNotContain(outside, different);
        JsonNode gap = strategy.get("gaps").findParents("kind").stream()
                .filter(g -> g.get("kind").asText().equals("COMPETING_INTERVENTIONS"))
                .findFirst()
                .orElseThrow();
        assertThat(gap.get("plan").asText()).isEqualTo(plan);
        assertThat(gap.get("description").asText()).contains("SAFETY_PARTNERSHIP", "ALL_RESIDENTS", "2019-01-01");
        JsonNode policy =
                evaluator.get("/api/policies/policy-2011/change-strategy").json();
        assertThat(gaps(policy)).contains("COMPETING_INTERVENTIONS " + pair);
    }

    /**
     * Read as of the moment the last of the six plans was recorded: the browser journey (PlanJourneyIT) works on
     * Tingbjerg/Husum's plan afterwards, as a user would, in the same database.
     */
    @Test
    void theDemoPlansSayWhatTheSeedsSay() {
        Api evaluator = api().as("evaluator");
        Instant loaded = Instant.MIN;
        for (String area : List.of(
                "bispebjerg-nordvest",
                "noerrebro",
                "tingbjerg-husum",
                "vesterbro-kongens-enghave",
                "valby-vigerslev",
                "amager-sundby")) {
            Instant created = Instant.parse(evaluator
                    .get("/api/development-plans/" + DemoPlans.planId(area))
                    .json()
                    .get("createdAt")
                    .asText());
            loaded = created.isAfter(loaded) ? created : loaded;
        }
        String asOf = "asOf=" + loaded;
        JsonNode plans = evaluator
                .get("/api/development-plans?policy=policy-2011&" + asOf)
                .json();
        JsonNode tingbjerg = evaluator
                .get("/api/development-plans/" + DemoPlans.planId("tingbjerg-husum") + "?" + asOf)
                .json();
        assertThat(tingbjerg.get("area").asText()).isEqualTo("tingbjerg-husum");
        assertThat(tingbjerg.get("wave").asInt()).isEqualTo(1);
        assertThat(tingbjerg.get("budgetYear").asInt()).isEqualTo(2013);
        assertThat(tingbjerg.get("timing")).hasSize(2);
        assertThat(tingbjerg.get("timing").get(0).asText()).contains("I 2012 udarbejdes 3");
        assertThat(tingbjerg.get("timing").get(1).asText()).contains("to bølger frem imod budget 2013");
        assertThat(tingbjerg.get("status").asText()).isEqualTo("DRAFTING");
        JsonNode valby = evaluator
                .get("/api/development-plans/" + DemoPlans.planId("valby-vigerslev") + "?" + asOf)
                .json();
        assertThat(valby.get("wave").asInt()).isEqualTo(2);
        assertThat(valby.get("budgetYear").asInt()).isEqualTo(2014);
        for (String area : List.of(
                "bispebjerg-nordvest",
                "noerrebro",
                "tingbjerg-husum",
                "vesterbro-kongens-enghave",
                "valby-vigerslev",
                "amager-sundby")) {
            JsonNode plan = evaluator
                    .get("/api/development-plans/" + DemoPlans.planId(area) + "?" + asOf)
                    .json();
            assertThat(plan.get("goals")).as(area).isEmpty();
            assertThat(plan.get("measures")).as(area).isEmpty();
            assertThat(plan.get("analysis")).as(area).isEmpty();
            assertThat(plan.get("statuses").get(0).get("recordedBy").asText()).isEqualTo("registry");
            // the purpose is the section's paragraphs whole: a quotation cut short says less than the text
            assertThat(plan.get("purpose").asText())
                    .as(area)
                    .startsWith("I hver udviklingsplan analyseres de specifikke problemer og potentialer")
                    .contains(
                            "Der er behov for at se på udfordringerne i boligområderne i sammenhæng med det "
                                    + "byområde, de indgår i.",
                            "indsatser samt mulig optimering af samarbejdet mellem de "
                                    + "kommunale driftsinstitutioner, kommunale projekter, boligsorganisationer og øvrige "
                                    + "aktører.")
                    .endsWith("fastlægger de konkrete redskaber og indsatser, der kan sikre målopfyldelse.");
        }
        assertThat(plans.get("total").asLong()).isGreaterThanOrEqualTo(6);

        JsonNode strategy = evaluator
                .get("/api/policies/policy-2011/change-strategy?" + asOf)
                .json();
        assertThat(gaps(strategy)).contains("PLAN_WITHOUT_GOALS " + DemoPlans.planId("tingbjerg-husum"));
        JsonNode later = evaluator
                .get("/api/policies/policy-2017/change-strategy?" + asOf)
                .json();
        System.out.println("change strategy gaps, policy-2011: " + gaps(strategy));
        System.out.println("change strategy gaps, policy-2017: " + gaps(later));
    }

    private static JsonNode goal(JsonNode strategy, String id) {
        for (JsonNode goal : strategy.get("goals")) {
            if (goal.get("id").asText().equals(id)) {
                return goal;
            }
        }
        throw new AssertionError("no goal " + id + " in " + strategy);
    }

    private static List<String> gaps(JsonNode strategy) {
        List<String> gaps = new ArrayList<>();
        strategy.get("gaps")
                .forEach(g ->
                        gaps.add(g.get("kind").asText() + " " + g.get("subject").asText()));
        return gaps;
    }
}
