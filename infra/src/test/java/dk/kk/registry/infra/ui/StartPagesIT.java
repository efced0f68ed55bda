package dk.kk.registry.infra.ui;

import static dk.kk.registry.infra.support.Bodies.baseline;
import static dk.kk.registry.infra.support.Bodies.goal;
import static dk.kk.registry.infra.support.Bodies.grant;
import static dk.kk.registry.infra.support.Bodies.measurement;
import static dk.kk.registry.infra.support.Bodies.target;
import static dk.kk.registry.infra.support.Bodies.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.BrowserIT;
import dk.kk.registry.infra.support.PageChecks;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Each role's start page answers why they came, in Danish and in English; the as-of view says it shows what was
 * recorded and offers the valid-time question beside it; the first comparison answers with numbers; the event log
 * reads as names, labelled fields and citations, and downloads as CSV and NDJSON. Every page visited passes the Nu HTML
 * checker and axe-core ({@link #checkPage}).
 */
class StartPagesIT extends BrowserIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aProjectManagerSeesTheInterventionsThatNeedActionInDanishAndEnglish() {
        LocalDate today = LocalDate.now(UiFormat.COPENHAGEN);
        String area = fixtures().area("start-pm");
        Map<String, Object> ending = fixtures().registration("Lektiecafé der snart slutter", area);
        ending.put("plannedEnd", today.plusDays(30).toString());
        String endingId = fixtures().intervention(ending);
        Map<String, Object> funded = fixtures().registration("Finansieret tryghedsvandring", area);
        funded.put("plannedStart", today.minusDays(20).toString());
        funded.put("plannedEnd", today.plusYears(3).toString());
        String fundedId = fixtures().intervention(funded);
        Api.Response granted = api().as("pm.tmf")
                .post(
                        "/api/interventions/" + fundedId + "/funding",
                        grant(
                                "MUNICIPAL_BASE_BUDGET",
                                "250000.00",
                                List.of(today.getYear(), today.getYear() + 2),
                                "BR 2026-1"));
        assertThat(granted.status()).as(granted.toString()).isEqualTo(201);

        signIn("pm.tmf");
        WebElement row = waitFor(By.cssSelector("#needs-action-list tr[data-intervention='" + endingId + "']"));
        assertThat(row.getText())
                .contains("Lektiecafé der snart slutter", "Ingen finansieringslinje", "Planlagt slut om under 90 dage");
        assertThat(browser.findElements(By.cssSelector("#needs-action-list tr[data-intervention='" + fundedId + "']")))
                .isEmpty();
        checkPage("project-manager-da");

        go("/?lang=en");
        assertThat(text(By.id("needs-action"))).isEqualTo("Needs action");
        assertThat(text(By.cssSelector("#needs-action-list tr[data-intervention='" + endingId + "']")))
                .contains("No funding line", "Planned end within 90 days");
        checkPage("project-manager-en");
    }

    @Test
    void anEvaluatorSeesGoalsWithoutDataTheNewestMeasurementsAndEvaluationsDue() {
        String area = fixtures().area("start-eval");
        Api.Response goal = api().as("evaluator")
                .post(
                        "/api/goals",
                        with(
                                goal(
                                        "Flere i uddannelse i " + area,
                                        "policy-2017",
                                        "eviction-warnings",
                                        baseline(2017, "1.4", "0.6"),
                                        target("RELATIVE_CHANGE", "-0.25"),
                                        2030),
                                "areas",
                                List.of(area)));
        assertThat(goal.status()).as(goal.toString()).isEqualTo(201);
        Api.Response measured =
                api().as("evaluator").post("/api/measurements", measurement("eviction-warnings", area, 2025, "0.7"));
        assertThat(measured.status()).as(measured.toString()).isEqualTo(201);

        signIn("evaluator");
        assertThat(text(By.id("goals-attention-list"))).contains("Flere i uddannelse i " + area, "Ingen data");
        assertThat(text(By.id("new-measurements-list"))).contains("Område " + area, "0,7");
        assertThat(text(By.id("evaluations-due"))).isEqualTo("Evalueringer, der forfalder");
        checkPage("evaluator-da");

        go("/?lang=en");
        assertThat(text(By.id("goals-attention-list"))).contains("No data");
        assertThat(text(By.id("new-measurements-list"))).contains("0.7");
        checkPage("evaluator-en");
    }

    @Test
    void anAuditorSeesTheChainTheNewestCorrectionsAndTheProjections() {
        String area = fixtures().area("start-audit");
        Api.Response measured =
                api().as("evaluator").post("/api/measurements", measurement("eviction-warnings", area, 2024, "0.9"));
        String measurement = measured.json().has("id")
                ? measured.json().get("id").asText()
                : measured.json().path("ids").path(0).asText();
        Api.Response corrected = api().as("evaluator")
                .post(
                        "/api/measurements/" + measurement + "/corrections",
                        Map.of("value", "0.8", "reason", "Tastefejl i opgørelsen"));
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);

        signIn("auditor");
        assertThat(text(By.id("chain-state"))).containsAnyOf("Loggen er intakt", "ikke kontrolleret endnu");
        assertThat(text(By.id("corrections-list"))).contains("Tastefejl i opgørelsen", "Måling rettet");
        assertThat(text(By.cssSelector("#projections-list tr[data-projection='interventions']")))
                .as("named by what it keeps, its processing group beside as code")
                .startsWith("Indsatser")
                .contains("interventions");
        checkPage("auditor-da");

        go("/?lang=en");
        assertThat(text(By.id("corrections-list"))).contains("Measurement corrected");
        checkPage("auditor-en");
    }

    @Test
    void anAdministratorSeesDeadLettersAndTheReferenceDataChanges() {
        String area = fixtures().area("start-admin");

        signIn("admin");
        assertThat(text(By.id("dead-letters-state"))).isEqualTo("Ingen hændelser venter.");
        assertThat(text(By.id("reference-changes-list"))).contains("Område " + area, "Område registreret");
        checkPage("administrator-da");

        go("/?lang=en");
        assertThat(text(By.id("dead-letters-state"))).isEqualTo("No events are waiting.");
        checkPage("administrator-en");
    }

    @Test
    void theAsOfViewSaysItShowsWhatWasRecordedAndOffersWhatRanInAYear() {
        String area = fixtures().area("start-asof");
        String id = fixtures().intervention(fixtures().registration("Grønne gårde i " + area, area));

        signIn("auditor");
        assertThat(text(By.id("asOfHint"))).contains("registreret");
        assertThat(text(By.id("first-recorded"))).startsWith("Første registrering i registret:");
        browser.executeScript(
                "arguments[0].value = arguments[1]", browser.findElement(By.id("asOfInput")), "2025-06-01T00:00");
        press("Vis");
        assertThat(text(By.cssSelector(".as-of-banner"))).contains("registreret");
        checkPage("as-of-da");

        go("/interventions/" + id);
        assertThat(text(By.tagName("h1"))).isEqualTo("Indsatsen var ikke registreret endnu");
        assertThat(text(By.id("first-recorded-intervention"))).contains("blev først registreret");
        checkPage("not-yet-recorded-da");
        go("/interventions/" + id + "?lang=en");
        assertThat(text(By.tagName("h1"))).isEqualTo("Not yet recorded at that instant");
        checkPage("not-yet-recorded-en");

        go("/?lang=da");
        type("ranIn", "2020");
        press("Vis indsatser i året");
        assertThat(browser.findElements(By.cssSelector(".as-of-banner"))).isEmpty();
        assertThat(browser.getCurrentUrl()).contains("activeFrom=2020-01-01", "activeTo=2020-12-31");
        checkPage("ran-in-da");
        // The year's interventions come by their earliest possible start, many before this one: narrowed to its area.
        browser.get(browser.getCurrentUrl() + "&area=" + area);
        assertThat(browser.findElements(By.linkText("Grønne gårde i " + area))).hasSize(1);
    }

    @Test
    void theFirstComparisonAnswersWithNumbersAndSaysWhereThereAreFigures() {
        signIn("evaluator");
        go("/comparisons");
        Select picker = new Select(browser.findElement(By.id("indicator")));
        assertThat(picker.getOptions())
                .extracting(WebElement::getText)
                .anyMatch(label -> label.startsWith("Varslinger af fogedudsættelser")
                        // the years with figures (the baseline is stated as 2016/2017) and how many areas have them
                        && label.matches(".*\\(2016–\\d{4}, \\d+ områder\\)"));
        choose("indicator", "eviction-warnings");
        press("Sammenlign");

        WebElement row = waitFor(By.cssSelector("tr[data-area='designated-areas']"));
        assertThat(row.findElement(By.cssSelector("td.did")).getText()).isEqualTo("-0,4");
        assertThat(text(By.id("result"))).contains("København (hele byen)");
        assertThat(text(By.id("coverage-list")))
                .contains("Udsatte byområder (samlet)", "København (hele byen)", "2017", "2024");
        checkPage("comparison-da");

        go("/comparisons?lang=en&indicator=eviction-warnings&baseline=2017&status=2024");
        assertThat(text(By.cssSelector("tr[data-area='designated-areas'] td.did")))
                .isEqualTo("-0.4");
        checkPage("comparison-en");
    }

    @Test
    void theEventLogShowsNamesLabelledFieldsAndCitationsAndDownloads() throws Exception {
        String area = fixtures().area("start-log");
        String id = fixtures().intervention(fixtures().registration("Grønne gårde i " + area, area));

        signIn("auditor");
        go("/audit/events?aggregateId=" + id);
        WebElement row = waitFor(By.cssSelector("table.events tbody tr"));
        assertThat(row.findElement(By.cssSelector("td.aggregate")).getText())
                .contains("Grønne gårde i " + area, "Indsats");
        assertThat(row.findElement(By.cssSelector("table.fields")).getDomProperty("textContent"))
                .contains("Titel", "Grønne gårde i " + area, "Planlagt start");
        String raw = row.findElement(By.cssSelector("pre.payload")).getDomProperty("textContent");
        assertThat(raw).contains("\"Grønne gårde i " + area + "\"").doesNotContain("\\u00");
        openEveryDetail();
        checkPage("event-log-da");

        String csv = download(browser.findElement(By.linkText("Hent som CSV")).getDomAttribute("href"));
        assertThat(csv)
                .contains("InterventionRegisteredEvent", "Grønne gårde i " + area)
                .doesNotContain("\\u00");
        List<String> lines = download(
                        browser.findElement(By.linkText("Hent som NDJSON")).getDomAttribute("href"))
                .lines()
                .toList();
        assertThat(lines).hasSize(1);
        JsonNode line = JSON.readTree(lines.get(0));
        assertThat(line.path("aggregateId").asText()).isEqualTo(id);
        assertThat(line.path("payload").path("title").asText()).isEqualTo("Grønne gårde i " + area);

        go("/audit/events?type=InterventionRegisteredEvent&page=0");
        assertThat(texts(By.cssSelector("table.events td.reason")))
                .noneMatch(reason -> reason.contains(".txt"))
                .anyMatch(reason -> reason.contains("Politik for udsatte byområder"));
        go("/audit/events?aggregateId=" + id + "&lang=en");
        assertThat(text(By.cssSelector("table.events td.aggregate"))).contains("Intervention");
        assertThat(text(By.cssSelector("table.events tbody tr")).isEmpty()).isFalse();
        assertThat(browser.findElement(By.cssSelector("table.fields")).getDomProperty("textContent"))
                .contains("Title", "Planned start");
        openEveryDetail();
        checkPage("event-log-en");
    }

    /** The payloads unfolded, for axe-core to read them and for the screenshot to show them. */
    private void openEveryDetail() {
        browser.executeScript("document.querySelectorAll('details').forEach(d => d.open = true)");
    }

    /** A link of the page fetched in the browser's session. */
    private String download(String href) {
        HttpResponse<String> response =
                PageChecks.fetch(browser, URI.create("http://localhost:" + port).resolve(href));
        assertThat(response.statusCode()).as(href).isEqualTo(200);
        return response.body();
    }
}
