package dk.kk.registry.infra.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.AuditTrail;
import dk.kk.registry.infra.support.BrowserIT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The evaluators', auditors' and administrators' journeys in a real browser: comparing two years on the demo history,
 * viewing the registry as it was and checking the log's integrity, rebuilding a projection while watching its
 * progress; and the pages' roles and narrow screens.
 */
class AnalysisJourneysIT extends BrowserIT {

    @Autowired
    private PlatformTransactionManager transactions;

    @Test
    void anEvaluatorComparesEvictionWarningsIn2017And2024AndSeesTheDifferenceInDifferencesAndItsCharts() {
        signIn("evaluator");
        follow("Sammenlign");
        choose("indicator", "eviction-warnings");
        choose("comparison", "copenhagen");
        tick("areas", "designated-areas");
        type("baseline", "2017");
        type("status", "2024");
        press("Sammenlign");

        WebElement row = waitFor(By.cssSelector("tr[data-area='designated-areas']"));
        // Areas 1.4 % → 0.6 %, Copenhagen 0.6 % → 0.2 % (the 2024 status report): (0.6 − 1.4) − (0.2 − 0.6) = −0.4.
        assertThat(row.findElement(By.cssSelector("td.did")).getText()).isEqualTo("-0,4");
        assertThat(row.getText()).contains("1,4", "0,6", "50 %");
        assertThat(text(By.cssSelector("h2#result"))).contains("2017–2024");
        assertThat(text(By.cssSelector("ul.notes"))).contains("110");
        assertLoaded(waitFor(By.id("did-chart")));
        assertLoaded(waitFor(By.id("series-chart")));
        assertThat(browser.findElement(By.linkText("Hent som CSV")).getDomAttribute("href"))
                .contains("/comparisons/export.csv", "indicator=eviction-warnings", "baseline=2017");
        browser.executeScript("document.getElementById('charts').scrollIntoView()");
        screenshot("AnalysisJourneysIT-comparison-charts");
        browser.executeScript("document.getElementById('result').scrollIntoView()");
    }

    @Test
    void aStatusYearBeforeTheBaselineIsRefusedBesideTheField() {
        signIn("evaluator");
        go("/comparisons");
        choose("indicator", "eviction-warnings");
        type("baseline", "2024");
        type("status", "2017");
        press("Sammenlign");
        assertThat(errorBeside("status")).contains("Status-året skal ligge efter baseline-året.");
        assertThat(value("baseline")).isEqualTo("2024");
        assertThat(browser.findElements(By.id("result"))).isEmpty();
    }

    @Test
    void anAuditorViewsThePastWithoutLaterChangesAndFindsTheLogIntact() throws InterruptedException {
        String area = fixtures().area("asof");
        String id = fixtures().intervention(fixtures().registration("Tryghedsvandring før", area));
        Thread.sleep(1_100);
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Thread.sleep(1_100);
        Api.Response revised = api().as("pm.tmf")
                .post(
                        "/api/interventions/" + id + "/details",
                        Map.of("title", "Tryghedsvandring efter", "reason", "Ny titel"));
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        String later = fixtures().area("later");

        signIn("auditor");
        follow("Hændelseslog");
        browser.executeScript(
                "arguments[0].value = arguments[1]",
                browser.findElement(By.id("asOf")),
                before.atZone(UiFormat.COPENHAGEN).toLocalDateTime().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        press("Vis registret som da");

        assertThat(text(By.cssSelector(".as-of-banner"))).contains("Du ser registret, som det var");
        type("aggregateId", id);
        press("Søg");
        assertThat(text(By.cssSelector("table.events")))
                .contains("Indsats registreret")
                .doesNotContain("Oplysninger rettet");
        screenshot("AnalysisJourneysIT-event-log-as-of");

        go("/interventions/" + id);
        assertThat(text(By.tagName("h1"))).isEqualTo("Tryghedsvandring før");
        go("/areas");
        assertThat(browser.findElements(By.linkText("Område " + area))).hasSize(1);
        assertThat(browser.findElements(By.linkText("Område " + later))).isEmpty();
        assertThat(text(By.cssSelector(".as-of-banner"))).contains("Du ser registret, som det var");

        follow("Integritet");
        press("Kontrollér loggen nu");
        assertThat(waitFor(By.cssSelector("#verification .alert.ok")).getText()).contains("Loggen er intakt.");
        assertThat(text(By.cssSelector(".as-of-banner"))).contains("Du ser registret, som det var");

        press("Tilbage til nu");
        assertThat(browser.findElements(By.cssSelector(".as-of-banner"))).isEmpty();
        go("/interventions/" + id);
        assertThat(text(By.tagName("h1"))).isEqualTo("Tryghedsvandring efter");
        follow("Integritet");
        press("Kontrollér loggen nu");
    }

    @Test
    void anEventAlteredBehindTheRegistrysBackShowsTheChainBrokenAtItsPosition() {
        String area = fixtures().area("ui-tamper");
        AuditTrail.awaitChain(jdbc);
        long position = jdbc.queryForObject(
                "SELECT globalindex FROM domainevententry WHERE aggregateidentifier = ?" + " AND sequencenumber = 0",
                Long.class,
                area);
        byte[] original = jdbc.queryForObject(
                "SELECT payload FROM domainevententry WHERE globalindex = ?", byte[].class, position);
        String altered = new String(original, StandardCharsets.UTF_8).replace("Område ", "Ændret ");
        tamper(position, altered.getBytes(StandardCharsets.UTF_8));
        try {
            signIn("auditor");
            follow("Integritet");
            press("Kontrollér loggen nu");
            assertThat(waitFor(By.cssSelector("#verification .alert.error")).getText())
                    .contains("Loggen er brudt ved position " + position + ".");
            follow("Vis hændelserne omkring bruddet");
            assertThat(text(By.cssSelector("tr.marked td:first-child"))).isEqualTo(String.valueOf(position));
        } finally {
            tamper(position, original);
        }
    }

    @Test
    void anAdministratorRebuildsAProjectionWatchesItCompleteAndVerifiesThemAll() {
        signIn("admin");
        follow("Projektioner");
        WebElement row = waitFor(By.cssSelector("tr[data-projection='interventions']"));
        clickAndWaitForNextPage(row.findElement(By.cssSelector("button[type=submit]")));

        assertThat(browser.getCurrentUrl()).contains("started=interventions");
        WebElement done = new WebDriverWait(browser, Duration.ofSeconds(90))
                .until(driver -> driver.findElements(By.id("rebuild-done")).stream()
                        .findFirst()
                        .orElse(null));
        assertThat(done.getText()).isEqualTo("Genopbygningen af interventions er færdig.");
        assertThat(text(By.cssSelector("tr[data-projection='interventions']"))).contains("100 %");

        press("Kontrollér alle projektioner");
        assertThat(waitFor(By.cssSelector("#verify-result .alert.ok")).getText())
                .contains("Alle projektioner er ens med en genopbygning fra hændelserne.");
    }

    @Test
    void anAreasPageShowsItsDesignationsInterventionsByYearAndChartsOnAPhone() {
        phone();
        signIn("evaluator");
        go("/areas");
        follow("Husum/Tingbjerg");
        assertThat(text(By.id("designations")).isEmpty()).isFalse();
        assertThat(text(By.cssSelector("dl.years"))).contains("2018");
        assertThat(texts(By.cssSelector("dl.years dt"))).contains("2018");
        Object scrollWidth = browser.executeScript("return document.documentElement.scrollWidth");
        assertThat(((Number) scrollWidth).intValue()).isLessThanOrEqualTo(390);
        browser.findElements(By.cssSelector("img.chart")).forEach(AnalysisJourneysIT.this::assertLoaded);
    }

    @Test
    void menusFollowTheRoleAndTheServerRefusesTheRest() {
        signIn("evaluator");
        assertThat(texts(By.cssSelector("nav.menu a")))
                .contains("Områder", "Målsætninger", "Sammenlign")
                .doesNotContain("Hændelseslog", "Integritet", "Projektioner");
        go("/goals");
        assertThat(text(By.cssSelector("table.board"))).contains("Nået");
        // Issue 16: the arithmetic of attainment in Danish sentences, names and labels instead of codes.
        String board = browser.findElement(By.cssSelector("table.board")).getDomProperty("textContent");
        assertThat(board)
                .containsAnyOf("→ Nået", "→ Ikke nået", "→ På vej", "→ Bagud")
                .contains("Baseline")
                .doesNotContain(
                        "ON_TRACK",
                        "OFF_TRACK",
                        "NOT_MET",
                        "NO_DATA",
                        "ABANDONED",
                        "concluded",
                        "against",
                        "is better",
                        "policy-20",
                        "amager-sundby",
                        " · SOF ·");
        screenshot("AnalysisJourneysIT-goal-board");
        go("/areas/tingbjerg-husum");
        screenshot("AnalysisJourneysIT-area-desktop");
        go("/audit/events");
        assertThat(text(By.tagName("h1"))).isEqualTo("Det har du ikke adgang til");
        go("/admin/projections");
        assertThat(text(By.tagName("h1"))).isEqualTo("Det har du ikke adgang til");

        signInAgain("auditor");
        assertThat(texts(By.cssSelector("nav.menu a")))
                .contains("Hændelseslog", "Integritet")
                .doesNotContain("Projektioner");
        go("/admin/projections");
        assertThat(text(By.tagName("h1"))).isEqualTo("Det har du ikke adgang til");
        go("/audit/events");
        // Labels in the ink's colour, whatever page came before (a screenshot once showed them faded).
        assertThat(browser.executeScript("return getComputedStyle(document.querySelector('label[for=user]')).color"))
                .isEqualTo("rgb(27, 31, 36)");
    }

    @Test
    void everyPageOfTheseRolesSpeaksEnglishToo() {
        signIn("admin");
        go("/areas?lang=en");
        assertThat(text(By.tagName("h1"))).isEqualTo("Areas");
        go("/areas/designated-areas");
        assertThat(text(By.id("designations"))).isEqualTo("Designations");
        go("/goals");
        assertThat(text(By.cssSelector("table.board"))).contains("Met", "A change of -25 % from the baseline");
        assertThat(browser.findElement(By.cssSelector("table.board")).getDomProperty("textContent"))
                .containsAnyOf("→ Met", "→ Not met", "→ On track", "→ Off track")
                .doesNotContain("ON_TRACK", "NOT_MET", "ABANDONED", "policy-20", "lavere", "højere");
        go("/comparisons?indicator=eviction-warnings&areas=designated-areas&comparison=copenhagen"
                + "&baseline=2017&status=2024");
        assertThat(text(By.id("result")))
                .isEqualTo("Varslinger af fogedudsættelser (andel af boligerne) 2017–2024 "
                        + "against København (hele byen)");
        assertThat(text(By.cssSelector("tr[data-area='designated-areas'] td.did")))
                .isEqualTo("-0.4");
        go("/audit/events?type=GoalSetEvent");
        assertThat(text(By.cssSelector("table.events"))).contains("Goal set");
        // The kinds of event are a list in the reader's language; one the registry does not record is refused.
        Select kinds = new Select(browser.findElement(By.id("type")));
        assertThat(kinds.getFirstSelectedOption().getText()).isEqualTo("Goal set");
        assertThat(kinds.getOptions())
                .extracting(WebElement::getText)
                .contains("All kinds of event", "Funding granted");
        go("/audit/events?type=NoSuchEvent");
        assertThat(text(By.id("type-error"))).isEqualTo("The registry records no event of that kind");
        go("/audit/integrity");
        press("Check the log now");
        assertThat(text(By.cssSelector("#verification"))).contains("The log is intact.");
        go("/admin/projections");
        assertThat(text(By.tagName("h1"))).isEqualTo("Projections");
        assertThat(texts(By.cssSelector("nav.menu a")))
                .contains("Areas", "Goals", "Compare", "Event log", "Integrity", "Projections");
    }

    /** As the database owner would: with the append-only trigger off for one transaction. */
    private void tamper(long position, byte[] payload) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.execute("ALTER TABLE domainevententry DISABLE TRIGGER domainevententry_append_only");
            jdbc.update("UPDATE domainevententry SET payload = ? WHERE globalindex = ?", payload, position);
            jdbc.execute("ALTER TABLE domainevententry ENABLE TRIGGER domainevententry_append_only");
        });
    }

    private void signInAgain(String user) {
        go("/");
        press("Log ud");
        signIn(user);
    }

    /** Waits for the image to finish loading and checks it drew something (a failed SVG has no natural width). */
    private void assertLoaded(WebElement image) {
        Number width = new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> (Number)
                browser.executeScript("return arguments[0].complete ? arguments[0].naturalWidth : null", image));
        assertThat(width.intValue()).as(image.getDomAttribute("src")).isPositive();
    }
}
