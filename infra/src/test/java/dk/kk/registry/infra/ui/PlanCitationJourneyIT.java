package dk.kk.registry.infra.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.Bodies;
import dk.kk.registry.infra.support.BrowserIT;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Development-plan writes cite their source as the intervention forms do: the plan's page holds two forms, each with
 * a source picker of its own (ids of their own, so the page stays valid and each label names its field), and a task
 * form cites too; the citation lands among the source's facts.
 */
class PlanCitationJourneyIT extends BrowserIT {

    @Test
    void anEvaluatorCitesTheSourceOfAFollowUpAndOfAStatusChange() {
        String area = fixtures().area("plan-citation");
        Api evaluator = api().as("evaluator");
        String source = "plan-status-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(evaluator
                        .post(
                                "/api/sources",
                                Map.of(
                                        "id",
                                        source,
                                        "title",
                                        "Opfølgning på planen " + source,
                                        "publisher",
                                        "Teknik- og Miljøforvaltningen",
                                        "published",
                                        "2014",
                                        "kind",
                                        "STATUS_REPORT"))
                        .status())
                .isEqualTo(201);
        Api.Response plan = evaluator.post("/api/development-plans", Bodies.developmentPlan(area, "policy-2011"));
        assertThat(plan.status()).as(plan.toString()).isEqualTo(201);
        String planId = plan.json().get("id").asText();
        Map<String, Object> goal = Bodies.evictionGoal("Færre udsættelser i " + area, area);
        Api.Response set = evaluator.post("/api/goals", goal);
        assertThat(set.status()).as(set.toString()).isEqualTo(201);
        assertThat(evaluator
                        .post(
                                "/api/development-plans/" + planId + "/goals",
                                Map.of("goalId", set.json().get("id").asText()))
                        .status())
                .isEqualTo(200);

        signIn("evaluator");
        go("/plans/" + planId);
        List<String> ids = new ArrayList<>();
        for (WebElement picker : browser.findElements(By.cssSelector("fieldset.citation-picker select"))) {
            ids.add(picker.getDomAttribute("id"));
        }
        assertThat(ids).containsExactly("measure-citationSource");
        checkPage("plan-with-picker-da");

        go("/plans/" + planId + "/follow-up");

        type("year", "2014");
        type("summary", "Planen følges op");
        choose("plan-task-citationSource", source);
        type("plan-task-citationLocator", "afsnit 3");
        type("plan-task-citationQuotation", "planen er fulgt op");
        press("Gem opfølgningen");
        waitForText(By.cssSelector(".alert.ok"), "Opfølgningen er gemt.");

        go("/plans/" + planId + "/status");
        choose("status", "ADOPTED");
        date("effectiveFrom", "2013-01-15");
        type("reason", "Vedtaget");
        type("plan-task-citationLocator", "s. 2");
        press("Gem status");
        assertThat(errorBeside("plan-task-citationSource"))
                .isEqualTo("Vælg den kilde, stedet, citatet eller noten er fra.");
        checkPage("plan-task-citation-refused-da");
        choose("plan-task-citationSource", source);
        press("Gem status");
        waitForText(By.cssSelector(".alert.ok"), "Planens status er ændret.");

        JsonNode facts = api().as("auditor")
                .get("/api/sources/" + source + "/facts")
                .json()
                .path("items");
        List<String> quoted = new ArrayList<>();
        facts.forEach(f -> {
            assertThat(f.path("aggregateId").asText()).isEqualTo(planId);
            quoted.add(f.path("locator").asText());
        });
        assertThat(quoted).containsExactlyInAnyOrder("afsnit 3", "s. 2");
    }
}
