package dk.kk.registry.infra.ui;

import static dk.kk.registry.infra.support.Bodies.with;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kk.registry.infra.demo.DemoPlans;
import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.Bodies;
import dk.kk.registry.infra.support.BrowserIT;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * An evaluator's journey through a development plan and its change strategy in a real browser: the plan's goal with
 * nothing serving it, an intervention linked to it with money, a year's follow-up with progress per goal and per
 * measure and its correction, a mapped intervention and a goal taken out again (and a goal a measure serves kept),
 * and the chain drawn from vision to result with its breaks marked, in Danish and in English. And the done-when on the demo history:
 * Tingbjerg/Husum's plan given its status, analysis, mapping, goal and measures through its own forms, a project
 * manager linking an intervention to the plan's goal, and the 2011 policy's change strategy with its gaps.
 */
class PlanJourneyIT extends BrowserIT {

    @Test
    void anEvaluatorLinksAnInterventionToAPlanGoalFollowsUpAndReadsTheChangeStrategy() {
        String area = fixtures().area("journey-plan");
        Api evaluator = api().as("evaluator");
        Map<String, Object> goal =
                with(Bodies.evictionGoal("Flere i beskæftigelse i " + area, area), "ownerAdministration", "BIF");
        Api.Response set = evaluator.post("/api/goals", goal);
        assertThat(set.status()).as(set.toString()).isEqualTo(201);
        String goalId = set.json().get("id").asText();
        String intervention = fixtures().intervention(fixtures().registration("Jobcafé i " + area, area));
        Api.Response plan = evaluator.post("/api/development-plans", Bodies.developmentPlan(area, "policy-2011"));
        assertThat(plan.status()).as(plan.toString()).isEqualTo(201);
        String planId = plan.json().get("id").asText();
        assertThat(evaluator
                        .post("/api/development-plans/" + planId + "/goals", Map.of("goalId", goalId))
                        .status())
                .isEqualTo(200);
        goal.put("title", "Færre udsættelser i " + area);
        Api.Response second = evaluator.post("/api/goals", goal);
        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        String spare = second.json().get("id").asText();
        assertThat(evaluator
                        .post("/api/development-plans/" + planId + "/goals", Map.of("goalId", spare))
                        .status())
                .isEqualTo(200);
        String advice = fixtures().intervention(fixtures().registration("Borgerrådgivning i " + area, area));
        assertThat(evaluator
                        .post(
                                "/api/development-plans/" + planId + "/mapped-interventions",
                                Map.of(
                                        "interventionId",
                                        advice,
                                        "assessment",
                                        "Rådgivning uden tilknytning til planens mål"))
                        .status())
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
        assertThat(text(By.id("plan-goal-" + goalId)))
                .contains("Jobcafé i " + area, "500.000,00")
                .doesNotContain("Ingen indsats tjener målet");

        follow("Registrér årets opfølgning");
        checkPage("plan-follow-up-da");
        type("year", "2014");
        assertThat(text(By.id("goals-note-" + goalId))).contains("Flere i beskæftigelse i " + area);
        type("goals0.note", "Flere unge henvises til jobcaféen");
        assertThat(text(By.cssSelector("fieldset[id^='measures-note-']"))).contains("Jobcafé i " + area);
        choose("measures0.progress", "ON_TRACK");
        type("measures0.note", "Jobcaféen er åbnet");
        press("Gem opfølgningen");
        assertThat(errorBeside("goals[0].progress")).isEqualTo("Vælg fremdriften, som noten handler om.");
        assertThat(value("measures0.note")).isEqualTo("Jobcaféen er åbnet");
        checkPage("plan-follow-up-errors-da");
        choose("goals0.progress", "BEHIND");
        type("summary", "Første år med jobcaféen");
        press("Gem opfølgningen");
        waitForText(By.cssSelector(".alert.ok"), "Opfølgningen er gemt.");
        assertThat(text(By.id("follow-up-2014")))
                .contains(
                        "2014",
                        "Første år med jobcaféen",
                        "Flere i beskæftigelse i " + area,
                        "Bagud",
                        "Flere unge henvises til jobcaféen",
                        "Jobcafé i " + area,
                        "På sporet",
                        "Jobcaféen er åbnet",
                        "Registreret");
        checkPage("plan-followed-up-da");

        follow("Ret opfølgningen for 2014");
        assertThat(browser.findElement(By.id("goals0.progress")).getDomProperty("value"))
                .isEqualTo("BEHIND");
        choose("goals0.progress", "ON_TRACK");
        press("Gem rettelsen");
        assertThat(errorBeside("reason")).isEqualTo("Skal udfyldes.");
        checkPage("plan-correct-follow-up-errors-da");
        type("reason", "Henvisningerne var talt for det forkerte halvår");
        press("Gem rettelsen");
        waitForText(By.cssSelector(".alert.ok"), "Opfølgningen er rettet.");
        String followUp = text(By.id("follow-up-2014"));
        assertThat(followUp)
                .contains(
                        "På sporet",
                        "Flere unge henvises til jobcaféen",
                        "Henvisningerne var talt for det forkerte halvår",
                        "Rettet")
                .doesNotContain("Bagud");

        follow("Registrér årets opfølgning");
        type("year", "2014");
        type("summary", "Igen");
        press("Gem opfølgningen");
        assertThat(errorBeside("year")).startsWith("Året har allerede en opfølgning");
        go("/plans/" + planId);

        follow("Tag ud af planen");
        checkPage("plan-remove-mapping-da");
        assertThat(text(By.id("removal-subject"))).isEqualTo("Borgerrådgivning i " + area);
        press("Tag indsatsen ud");
        assertThat(errorBeside("reason")).isEqualTo("Skal udfyldes.");
        type("reason", "Rådgivningen hører under en anden plan");
        press("Tag indsatsen ud");
        waitForText(By.cssSelector(".alert.ok"), "Indsatsen er taget ud af planens kortlægning.");
        assertThat(text(By.cssSelector("section[aria-labelledby='plan-mapped']")))
                .doesNotContain("Borgerrådgivning");

        go("/plans/" + planId + "/goals/" + goalId + "/removal");
        type("reason", "Målet flyttes");
        press("Tag målet ud");
        assertThat(text(By.id("form-errors"))).contains("et mål, som et tiltag tjener, kan ikke fjernes");
        go("/plans/" + planId);
        assertThat(text(By.id("plan-goal-" + goalId))).contains("Jobcafé i " + area);
        browser.findElement(By.cssSelector("tr[id='plan-goal-" + spare + "'] a[href$='/removal']"))
                .click();
        waitForText(By.tagName("h1"), "Tag et mål ud af planen");
        checkPage("plan-remove-goal-da");
        type("reason", "Målet er sat for bredt til planen");
        press("Tag målet ud");
        waitForText(By.cssSelector(".alert.ok"), "Målet er taget ud af planen.");
        assertThat(browser.findElements(By.id("plan-goal-" + spare))).isEmpty();

        follow("Se planens forandringsstrategi");
        waitForText(By.tagName("h1"), "Forandringsstrategi");
        assertThat(text(By.id("chain-goal-" + goalId))).contains("Flere i beskæftigelse", "Jobcafé i " + area);
        assertThat(texts(By.cssSelector("ul.gaps li")))
                .anyMatch(gap -> gap.startsWith("Ingen måling de seneste to år"));
        checkPage("change-strategy-da");

        go("/plans/" + planId + "/change-strategy?lang=en");
        waitForText(By.tagName("h1"), "Change strategy");
        assertThat(texts(By.cssSelector("ul.gaps li"))).anyMatch(gap -> gap.startsWith("No measurement in the last"));
        checkPage("change-strategy-en");
        go("/plans/" + planId + "?lang=en");
        checkPage("plan-en");

        go("/plans/" + planId + "?lang=da");
        follow("Tag tiltaget ud af planen");
        assertThat(text(By.id("main"))).contains("Jobcafé i " + area, "500.000,00");
        checkPage("plan-remove-measure-da");
        type("reason", "Jobcaféen blev valgt i den forkerte plan");
        press("Tag tiltaget ud");
        waitForText(By.cssSelector(".alert.ok"), "Tiltaget er taget ud af planen.");
        assertThat(text(By.id("plan-goal-" + goalId)))
                .contains("Ingen indsats tjener målet")
                .doesNotContain("Jobcafé i " + area);
        assertThat(text(By.cssSelector("section[aria-labelledby='plan-measures']")))
                .contains("Ingen valgte indsatser");

        // the event log still names the measure the follow-up spoke of, although it has left the plan since
        go("/");
        press("Log ud");
        signIn("auditor");
        go("/audit/events?aggregateId=" + planId);
        assertThat(browser.findElement(By.id("main")).getDomProperty("textContent"))
                .contains("Emne: Jobcafé i " + area + " (");
    }

    @Test
    void anEvaluatorWorksOnTingbjergHusumsPlanAndAProjectManagerLinksAnInterventionToItsGoal() {
        String plan = DemoPlans.planId("tingbjerg-husum");
        signIn("evaluator");
        follow("Udviklingsplaner");
        follow("Udviklingsplan for Tingbjerg/Husum");
        assertThat(text(By.id("plan-gaps"))).isEqualTo("Brud i kæden");
        assertThat(texts(By.cssSelector("ul.gaps li"))).anyMatch(gap -> gap.startsWith("Plan uden mål"));

        follow("Skift planens status");
        checkPage("plan-status-da");
        press("Gem status");
        assertThat(errorBeside("status")).isEqualTo("Skal udfyldes.");
        assertThat(errorBeside("effectiveFrom")).isEqualTo("Skal udfyldes.");
        assertThat(errorBeside("reason")).isEqualTo("Skal udfyldes.");
        choose("status", "ADOPTED");
        date("effectiveFrom", "2013-01-01");
        type("reason", "Planen er vedtaget frem imod budget 2013");
        press("Gem status");
        waitForText(By.cssSelector(".alert.ok"), "Planens status er ændret.");
        assertThat(text(By.id("plan-status"))).isEqualTo("Vedtaget");

        follow("Registrér et problem eller et potentiale");
        checkPage("plan-analysis-da");
        choose("kind", "PROBLEM");
        type("description", "Andelen uden eller med kort uddannelse er dobbelt så høj som i resten af byen");
        tick("indicators", "low-education-index");
        press("Gem punktet");
        waitForText(By.cssSelector(".alert.ok"), "Punktet er føjet til analysen.");
        assertThat(text(By.cssSelector("section[aria-labelledby='plan-analysis']")))
                .contains("Problem", "dobbelt så høj", "Borgere med kort eller ingen uddannelse");

        follow("Kortlæg en eksisterende indsats");
        checkPage("plan-mapping-da");
        chooseByText("interventionId", "Partnerskabet i Tingbjerg");
        type("assessment", "Styrker samarbejdet om tryghed; tjener endnu intet af planens mål");
        press("Kortlæg indsatsen");
        waitForText(By.cssSelector(".alert.ok"), "Indsatsen er kortlagt i planen.");
        assertThat(text(By.cssSelector("section[aria-labelledby='plan-mapped']")))
                .contains("Partnerskabet i Tingbjerg", "Styrker samarbejdet");

        follow("Tilføj et af områdets mål");
        assertThat(text(By.id("main"))).contains("Området har ingen mål, som ikke allerede er planens.");
        checkPage("plan-goal-da");
        go("/plans/" + plan + "/new-goal");
        checkPage("plan-new-goal-da");
        press("Sæt målet");
        for (String field : List.of(
                "title",
                "ownerAdministration",
                "indicator",
                "baselineYear",
                "baselineAreaValue",
                "baselineComparisonValue",
                "targetType",
                "targetValue")) {
            assertThat(errorBeside(field)).as(field).isEqualTo("Skal udfyldes.");
        }
        checkPage("plan-new-goal-errors-da");
        type("title", "Færre uden uddannelse i Tingbjerg/Husum");
        choose("ownerAdministration", "BUF");
        choose("indicator", "low-education-index");
        choose("comparisonArea", "rest-of-copenhagen");
        type("baselineYear", "2011");
        type("baselineAreaValue", "200");
        type("baselineComparisonValue", "100");
        choose("targetType", "GAP_REDUCTION");
        type("targetValue", "0,5");
        type("deadlineYear", "2020");
        press("Sæt målet");
        waitForText(By.cssSelector(".alert.ok"), "Målet er sat og føjet til planen.");
        assertThat(goalRow("Færre uden uddannelse")).contains("Ingen indsats tjener målet");

        follow("Vælg en indsats eller et redskab");
        checkPage("plan-measure-da");
        type("tool", "Lektiecafé på biblioteket");
        tickByText("goals", "Færre uden uddannelse i Tingbjerg/Husum");
        choose("resources0.sourceKind", "MUNICIPAL_POOL");
        type("resources0.year", "2013");
        type("resources0.amount", "250.000,001");
        choose("resources1.sourceKind", "STATE_POOL");
        type("resources1.amount", "100.000,00");
        choose("resources2.sourceKind", "MUNICIPAL_POOL");
        type("resources2.year", "2013");
        type("resources2.amount", "50.000,00");
        press("Flere linjer");
        assertThat(browser.findElements(By.cssSelector("fieldset.resource-line")))
                .hasSize(6);
        assertThat(value("resources0.amount")).isEqualTo("250.000,001");
        assertThat(browser.findElements(By.cssSelector(".field-error"))).isEmpty();
        press("Vælg indsatsen");
        assertThat(errorBeside("resources[0].amount")).isEqualTo("Skriv et beløb i hele kroner og øre, ikke negativt.");
        assertThat(errorBeside("resources[1].year")).isEqualTo("Skal udfyldes.");
        assertThat(errorBeside("resources[2].year")).startsWith("Samme kilde og år står på en anden linje");
        assertThat(value("resources0.amount")).isEqualTo("250.000,001");
        checkPage("plan-measure-lines-errors-da");
        type("resources0.amount", "250.000,00");
        type("resources1.year", "2014");
        type("resources2.year", "2014");
        press("Vælg indsatsen");
        waitForText(By.cssSelector(".alert.ok"), "Indsatsen er knyttet til målet.");
        assertThat(goalRow("Færre uden uddannelse"))
                .contains("Lektiecafé på biblioteket", "400.000,00")
                .doesNotContain("Ingen indsats tjener målet");
        assertThat(texts(By.cssSelector("tbody[id^='plan-measure-'] tr")))
                .anyMatch(row ->
                        row.contains("Lektiecafé på biblioteket") && row.contains("2013") && row.contains("250.000,00"))
                .anyMatch(row -> row.contains("Statslig pulje") && row.contains("2014") && row.contains("100.000,00"))
                .anyMatch(row -> row.contains("I alt") && row.contains("400.000,00"));
        checkPage("tingbjerg-plan-da");
        go("/plans/" + plan + "/measure?lang=en");
        checkPage("plan-measure-en");
        go("/plans/" + plan + "/new-goal?lang=en");
        press("Set the goal");
        assertThat(errorBeside("title")).isEqualTo("Required.");
        checkPage("plan-new-goal-errors-en");
        go("/plans/" + plan + "?lang=da");

        browser.manage().deleteAllCookies();
        signIn("pm.sof");
        go("/plans/" + plan);
        assertThat(browser.findElements(By.linkText("Skift planens status"))).isEmpty();
        chooseByText("interventionId", "Socialrådgiverfunktion i almen praksis");
        chooseByText("goalId", "Færre uden uddannelse i Tingbjerg/Husum");
        choose("sourceKind", "MUNICIPAL_BASE_BUDGET");
        type("amount", "1.250.000,505");
        press("Knyt til målet");
        assertThat(errorBeside("amount")).isEqualTo("Skriv et beløb i hele kroner og øre, ikke negativt.");
        assertThat(errorBeside("resourceYear")).isEqualTo("Skal udfyldes.");
        type("resourceYear", "2014");
        type("amount", "1.250.000,50");
        press("Knyt til målet");
        waitForText(By.cssSelector(".alert.ok"), "Indsatsen er knyttet til målet.");
        assertThat(goalRow("Færre uden uddannelse"))
                .contains("Socialrådgiverfunktion i almen praksis", "1.250.000,50", "Lektiecafé på biblioteket");
        checkPage("tingbjerg-plan-pm-da");

        browser.manage().deleteAllCookies();
        signIn("evaluator");
        go("/plans/" + plan);
        String goal = goalRow("Færre uden uddannelse");
        assertThat(goal)
                .contains(
                        "Socialrådgiverfunktion i almen praksis",
                        "1.250.000,50",
                        "Lektiecafé på biblioteket",
                        "400.000,00",
                        "Ingen data");
        List<String> gaps = texts(By.cssSelector("ul.gaps li"));
        assertThat(gaps)
                .noneMatch(gap -> gap.startsWith("Plan uden mål"))
                .anyMatch(gap -> gap.startsWith("Indsats uden mål") && gap.contains("Partnerskabet i Tingbjerg"))
                .anyMatch(gap -> gap.startsWith("Ingen måling de seneste to år"));
        checkPage("tingbjerg-plan-evaluator-da");
        go("/plans/" + plan + "?lang=en");
        assertThat(texts(By.cssSelector("ul.gaps li"))).anyMatch(gap -> gap.startsWith("Intervention serving no goal"));
        checkPage("tingbjerg-plan-evaluator-en");

        go("/policies/policy-2011/change-strategy?lang=da");
        waitForText(By.tagName("h1"), "Forandringsstrategi");
        String chain = text(By.id("main"));
        assertThat(chain)
                .contains(
                        "Færre uden uddannelse i Tingbjerg/Husum",
                        "Socialrådgiverfunktion i almen praksis",
                        "Lektiecafé på biblioteket");
        assertThat(texts(By.cssSelector("ul.gaps li")))
                .anyMatch(gap -> gap.startsWith("Plan uden mål"))
                .anyMatch(gap -> gap.startsWith("Indsats uden mål"));
        checkPage("policy-2011-change-strategy-da");
    }

    private String goalRow(String title) {
        return texts(By.cssSelector("tr[id^='plan-goal-']")).stream()
                .filter(row -> row.contains(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no goal '" + title + "' on " + browser.getCurrentUrl()));
    }

    private void chooseByText(String id, String text) {
        new Select(browser.findElement(By.id(id))).selectByVisibleText(text);
    }

    private void tickByText(String name, String text) {
        browser.findElement(By.xpath("//label[span[normalize-space(.)='" + text + "']]/input[@name='" + name + "']"))
                .click();
    }
}
