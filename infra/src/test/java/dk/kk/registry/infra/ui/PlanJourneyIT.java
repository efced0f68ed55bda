package dk.kk.registry.infra.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.BrowserIT;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An evaluator's journey through a development plan and its change strategy in a real browser: the plan's goal with
 * nothing serving it, an intervention linked to it with money, a year's follow-up, and the chain drawn from vision
 * to result with its breaks marked, in Danish and in English.
 */
class PlanJourneyIT extends BrowserIT {

    @Test
    void anEvaluatorLinksAnInterventionToAPlanGoalFollowsUpAndReadsTheChangeStrategy() {
        String area = fixtures().area("journey-plan");
        Api evaluator = api().as("evaluator");
        Map<String, Object> goal = new LinkedHashMap<>();
        goal.put("title", "Flere i beskæftigelse i " + area);
        goal.put("policy", "policy-2011");
        goal.put("ownerAdministration", "BIF");
        goal.put("indicator", "eviction-warnings");
        goal.put("areas", List.of(area));
        goal.put("comparisonArea", "copenhagen");
        goal.put("baseline", Map.of("year", 2011, "areaValue", "1.4", "comparisonValue", "0.6"));
        goal.put("target", Map.of("type", "RELATIVE_CHANGE", "value", "-0.25"));
        Api.Response set = evaluator.post("/api/goals", goal);
        assertThat(set.status()).as(set.toString()).isEqualTo(201);
        String goalId = set.json().get("id").asText();
        String intervention = fixtures().intervention(fixtures().registration("Jobcafé i " + area, area));
        Api.Response plan = evaluator.post("/api/development-plans", Map.of("area", area, "policy", "policy-2011",
                "title", "Udviklingsplan for " + area, "wave", 1, "budgetYear", 2013));
        assertThat(plan.status()).as(plan.toString()).isEqualTo(201);
        String planId = plan.json().get("id").asText();
        assertThat(evaluator.post("/api/development-plans/" + planId + "/goals", Map.of("goalId", goalId)).status())
                .isEqualTo(200);

        signIn("evaluator");
        follow("Udviklingsplaner");
        checkPage("plans-da");
        follow("Udviklingsplan for " + area);
        assertThat(text(By.id("plan-goal-" + goalId))).contains("Ingen indsats tjener målet");
        checkPage("plan-da");

        choose("interventionId", intervention);
        choose("goalId", goalId);
        choose("sourceKind", "MUNICIPAL_POOL");
        type("resourceYear", "2013");
        type("amount", "500.000,00");
        press("Knyt til målet");
        waitForText(By.cssSelector(".alert.ok"), "Indsatsen er knyttet til målet.");
        assertThat(text(By.id("plan-goal-" + goalId))).contains("Jobcafé i " + area, "500.000,00")
                .doesNotContain("Ingen indsats tjener målet");

        type("year", "2014");
        type("summary", "Jobcaféen er åbnet");
        press("Gem opfølgningen");
        waitForText(By.cssSelector(".alert.ok"), "Opfølgningen er gemt.");
        assertThat(text(By.cssSelector("section[aria-labelledby='plan-follow-ups']"))).contains("2014",
                "Jobcaféen er åbnet");
        checkPage("plan-followed-up-da");

        follow("Se planens forandringsstrategi");
        waitForText(By.tagName("h1"), "Forandringsstrategi");
        assertThat(text(By.id("chain-goal-" + goalId))).contains("Flere i beskæftigelse", "Jobcafé i " + area);
        assertThat(texts(By.cssSelector("ul.gaps li"))).anyMatch(gap -> gap.startsWith("Ingen måling de seneste to år"));
        checkPage("change-strategy-da");

        go("/plans/" + planId + "/change-strategy?lang=en");
        waitForText(By.tagName("h1"), "Change strategy");
        assertThat(texts(By.cssSelector("ul.gaps li"))).anyMatch(gap -> gap.startsWith("No measurement in the last"));
        checkPage("change-strategy-en");
        go("/plans/" + planId + "?lang=en");
        checkPage("plan-en");
    }
}
