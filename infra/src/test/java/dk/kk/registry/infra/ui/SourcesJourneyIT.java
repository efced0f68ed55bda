package dk.kk.registry.infra.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.BrowserIT;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The sources in the UI: a project manager registers a source, cites it on a form, sees the citation on the
 * intervention's timeline as a link to the source's page, and there the fact recorded from it, linked back; the form
 * refuses a citation the API would refuse, beside its field, in the user's language. Every page is checked by the Nu
 * HTML checker and axe-core in Danish and English.
 */
class SourcesJourneyIT extends BrowserIT {

    @Test
    void aProjectManagerRegistersASourceCitesItOnAFormAndFindsTheFactOnTheSourcesPage() {
        String area = fixtures().area("sources-ui");
        String title = "Lektiecafé med kilde i " + area;
        String intervention = fixtures().intervention(fixtures().registration(title, area));
        String source = "kilde-" + UUID.randomUUID().toString().substring(0, 8);
        String sourceTitle = "Statusnotat om lektiecaféer " + source;

        signIn("pm.tmf");
        follow("Kilder");
        assertThat(text(By.tagName("h1"))).isEqualTo("Kilder");
        assertThat(text(By.id("sources-list"))).contains("Status på Socialforvaltningens mål", "Statusrapport");
        checkPage("sources-da");

        follow("Registrér en kilde");
        checkPage("register-source-da");
        type("id", source);
        type("title", sourceTitle);
        choose("kind", "STATUS_REPORT");
        type("publisher", "Københavns Kommune, Teknik- og Miljøforvaltningen");
        type("published", "2024-05");
        press("Registrér kilden");
        assertThat(text(By.cssSelector(".alert.ok"))).isEqualTo("Kilden er registreret.");
        assertThat(text(By.tagName("h1"))).isEqualTo(sourceTitle);
        assertThat(text(By.id("source-details"))).contains("maj 2024", "Teknik- og Miljøforvaltningen");
        assertThat(text(By.tagName("main"))).contains("Intet er registreret efter denne kilde endnu.");

        go("/interventions/" + intervention + "/extension");
        type("plannedEnd", "2027");
        type("reason", "Forlænget efter statusnotatet");
        type("citationLocator", "afsnit 2");
        press("Forlæng");
        assertThat(errorBeside("citationSource")).isEqualTo("Vælg den kilde, stedet, citatet eller noten er fra.");
        checkPage("citation-refused-da");

        // A source the registry does not know is refused by the API's own rule, beside the picker.
        browser.executeScript("var o = document.createElement('option'); o.value = 'ingen-saadan-kilde';"
                + " o.text = 'x'; document.getElementById('citationSource').add(o);");
        choose("citationSource", "ingen-saadan-kilde");
        press("Forlæng");
        assertThat(errorBeside("citationSource")).startsWith("Kilden skal være registreret");

        choose("citationSource", source);
        type("citationLocator", "afsnit 2");
        type("citationQuotation", "caféen fortsætter til og med 2027");
        press("Forlæng");
        assertThat(browser.getCurrentUrl()).endsWith("/interventions/" + intervention);
        WebElement cited = waitFor(By.cssSelector("ol.timeline .citation"));
        assertThat(cited.getText())
                .isEqualTo("Kilde: " + sourceTitle + ", afsnit 2: »caféen fortsætter til og med " + "2027«");
        checkPage("timeline-citation-da");

        clickAndWaitForNextPage(cited.findElement(By.linkText(sourceTitle)));
        assertThat(browser.getCurrentUrl()).endsWith("/sources/" + source);
        WebElement fact = waitFor(By.cssSelector("#source-facts tbody tr"));
        assertThat(fact.getText()).contains("Forlænget", "afsnit 2", "»caféen fortsætter til og med 2027«", "pm.tmf");
        assertThat(fact.findElement(By.linkText(title)).getDomAttribute("href"))
                .isEqualTo("/interventions/" + intervention);
        checkPage("source-da");

        // The same write as the API's: the event's metadata carries the citation, listed among the source's facts.
        Api.Response facts = api().as("auditor").get("/api/sources/" + source + "/facts");
        assertThat(facts.status()).as(facts.toString()).isEqualTo(200);
        JsonNode recorded = facts.json().path("items").path(0);
        assertThat(recorded.path("aggregateId").asText()).isEqualTo(intervention);
        assertThat(recorded.path("locator").asText()).isEqualTo("afsnit 2");
        assertThat(recorded.path("quotation").asText()).isEqualTo("caféen fortsætter til og med 2027");

        go("/sources/" + source + "?lang=en");
        assertThat(text(By.id("facts"))).isEqualTo("Facts recorded from the source");
        assertThat(text(By.id("source-details"))).contains("May 2024");
        checkPage("source-en");
        go("/sources?lang=en");
        assertThat(text(By.id("sources-list"))).contains(sourceTitle, "Status report");
        checkPage("sources-en");
        go("/sources/new");
        checkPage("register-source-en");
        go("/interventions/" + intervention + "/stage");
        assertThat(text(By.cssSelector("fieldset.citation-picker legend"))).isEqualTo("Source (optional)");
        checkPage("citation-picker-en");
    }

    @Test
    void theEventLogAndTheAreaPageLinkTheirCitationsToTheSourcesPage() {
        signIn("auditor");
        assertThat(browser.findElements(By.linkText("Registrér en kilde"))).isEmpty();
        go("/sources");
        assertThat(browser.findElements(By.linkText("Registrér en kilde"))).isEmpty();

        go("/audit/events?type=InterventionRegisteredEvent&page=0");
        WebElement link = waitFor(By.cssSelector("table.events .citation a.source"));
        assertThat(link.getDomAttribute("href")).startsWith("/sources/");
        assertThat(link.getText())
                .as("the source's title, not its id")
                .isNotEqualTo(link.getDomAttribute("href").substring("/sources/".length()));

        go("/areas/noerrebro");
        WebElement areaCitation = waitFor(By.cssSelector("#area-citations .citation a.source"));
        assertThat(areaCitation.getDomAttribute("href")).startsWith("/sources/");
        checkPage("area-citations-da");
        go("/areas/noerrebro?lang=en");
        assertThat(text(By.id("area-sources"))).isEqualTo("Sources of the area's records");
        checkPage("area-citations-en");

        go("/sources/status-sof-2024?lang=da");
        assertThat(text(By.id("source-facts"))).contains("Målsætning");
        assertThat(browser.findElements(By.cssSelector("#source-facts td a"))).isNotEmpty();
    }
}
