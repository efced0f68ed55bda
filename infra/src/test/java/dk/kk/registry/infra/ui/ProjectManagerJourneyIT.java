package dk.kk.registry.infra.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.registry.infra.support.BrowserIT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A project manager at work in the browser: registers an intervention, funds it and follows it through the list and
 * its timeline; a wrong input is answered beside its field and what was typed stays.
 */
class ProjectManagerJourneyIT extends BrowserIT {

    @Test
    void aProjectManagerRegistersFundsAndFollowsAnIntervention() {
        String area = fixtures().area("ui-journey");
        String fund = fixtures().organisation("Fonden for UI-rejsen " + UUID.randomUUID(), "CIVIL_SOCIETY");
        String title = "Lektiecafé i " + area;

        signIn("pm.tmf");
        follow("Registrér indsats");
        assertThat(text(By.tagName("h1"))).isEqualTo("Registrér en indsats");
        assertThat(value("leadAdministration")).isEqualTo("TMF");
        type("title", title);
        type("description", "Lektiehjælp for børn og unge to eftermiddage om ugen.");
        choose("kind", "AREA_BASED");
        choose("category", "EDUCATION_GUIDANCE");
        tick("areas", area);
        tick("targetGroups", "CHILDREN");
        tick("targetGroups", "YOUTH");
        date("plannedStart", "2024-01-01");
        date("plannedEnd", "2026-12-31");
        type("caseReference", "2024-0042");
        press("Registrér indsatsen");

        assertThat(text(By.cssSelector(".alert.ok"))).isEqualTo("Indsatsen er registreret.");
        assertThat(text(By.tagName("h1"))).isEqualTo(title);
        String id = browser.getCurrentUrl().replaceFirst(".*/interventions/", "");

        follow("Tilføj finansiering");
        assertThat(value("fromYear")).isEqualTo("2024");
        assertThat(value("toYear")).isEqualTo("2026");
        choose("source", fund);
        choose("sourceKind", "FOUNDATION");
        type("amount", "1.250.000,50");
        type("decisionReference", "Bestyrelsesmøde 12/12 2023");
        type("reason", "Bevillingsbrev modtaget");
        press("Tilføj finansiering");

        assertThat(text(By.cssSelector(".alert.ok"))).isEqualTo("Finansieringen er registreret.");
        assertThat(text(By.cssSelector("#funding ~ .table-wrap tbody")))
                .contains("1.250.000,50 kr.", "Fond", "2024–2026");

        go("/interventions");
        type("q", "Lektiecafé " + area);
        waitForText(By.cssSelector("#results .actions"), "1 indsats");
        assertThat(browser.getCurrentUrl()).contains("q=");
        screenshot("ProjectManagerJourneyIT-list");
        String csv = csv(browser.findElement(By.linkText("Hent som CSV")).getDomAttribute("href"));
        // Issue 15: the Danish UI's export is Danish, each code's label followed by the code itself.
        assertThat(csv)
                .startsWith("\uFEFFId;Version;Titel;")
                .contains(
                        id + ";1;" + title + ";Områdebaseret;AREA_BASED;Uddannelsesvejledning;EDUCATION_GUIDANCE;TMF");
        follow(title);
        assertThat(texts(By.cssSelector(".timeline > li > strong")))
                .containsExactly("Finansiering bevilget", "Indsats registreret");
        assertThat(text(By.cssSelector(".timeline li .meta"))).contains("af pm.tmf (TMF)");
        assertThat(text(By.cssSelector(".timeline"))).contains("Begrundelse: Bevillingsbrev modtaget");

        JsonNode history = api().as("auditor")
                .get("/api/interventions/" + id + "/history")
                .json()
                .get("items");
        List<String> sources = new ArrayList<>();
        history.forEach(event -> sources.add(event.get("source").asText()));
        assertThat(sources).containsOnly("ui");
        assertThat(history.get(1).get("recordedBy").asText()).isEqualTo("pm.tmf");
        assertThat(history.get(1).get("reason").asText()).isEqualTo("Bevillingsbrev modtaget");

        screenshot("ProjectManagerJourneyIT-intervention-desktop");
        phone();
        go("/interventions/" + id);
        assertThat(text(By.tagName("h1"))).isEqualTo(title);
    }

    @Test
    void aWrongInputIsAnsweredBesideItsFieldAndWhatWasTypedStays() {
        String area = fixtures().area("ui-wrong");
        String id = fixtures().intervention(fixtures().registration("Forkert input " + area, area));

        signIn("pm.tmf");
        go("/interventions/" + id + "/funding");
        choose("sourceKind", "MUNICIPAL_POOL");
        choose("source", "TMF");
        type("amount", "mange penge");
        type("fromYear", "2021");
        type("toYear", "2020");
        type("decisionReference", "BR 2021-17");
        press("Tilføj finansiering");

        // Every error in one round, each in Danish: the amount and the years.
        assertThat(errorBeside("amount")).startsWith("Beløb: skriv et beløb");
        assertThat(errorBeside("toYear").replace('\n', ' '))
                .isEqualTo("Datoerne hænger ikke sammen. Finansieringen slutter (2020), før den begynder (2021).");
        assertThat(value("amount")).isEqualTo("mange penge");
        assertThat(value("decisionReference")).isEqualTo("BR 2021-17");
        assertThat(value("sourceKind")).isEqualTo("MUNICIPAL_POOL");
        assertThat(text(By.cssSelector(".alert.error"))).contains("Formularen er ikke gemt");

        type("amount", "300000");
        press("Tilføj finansiering");
        assertThat(browser.findElements(By.id("amount-error"))).isEmpty();
        assertThat(errorBeside("toYear")).startsWith("Datoerne hænger ikke sammen.");
        assertThat(value("toYear")).isEqualTo("2020");
        assertThat(value("amount")).isEqualTo("300.000,00");
        assertThat(api().as("pm.tmf").get("/api/interventions/" + id).json().get("funding"))
                .isEmpty();

        go("/interventions/new");
        type("description", "Uden titel og områder");
        date("plannedStart", "2026-06-01");
        date("plannedEnd", "2026-01-31");
        press("Registrér indsatsen");
        assertThat(errorBeside("title")).isEqualTo("Skal udfyldes.");
        assertThat(errorBeside("areas")).isEqualTo("Vælg mindst én.");
        assertThat(errorBeside("plannedEnd").replace('\n', ' '))
                .isEqualTo(
                        "Datoerne hænger ikke sammen. Planlagt slut (31/1 2026) ligger før Planlagt start (1/6 2026).");
        assertThat(text(By.tagName("main"))).doesNotContain("is before", "plannedEnd", "plannedStart");
        assertThat(texts(By.cssSelector("#form-errors li")))
                .as("each field in error, by its label")
                .contains("Titel: Skal udfyldes.", "Områder: Vælg mindst én.")
                .anyMatch(item -> item.startsWith("Planlagt slut: Datoerne hænger ikke sammen."));
        assertThat(browser.findElements(By.cssSelector("#form-errors li a")).stream()
                        .map(link -> link.getDomAttribute("href"))
                        .toList())
                .contains("#title", "#areas", "#plannedEnd");
        browser.findElement(By.linkText("Titel")).click();
        assertThat(browser.switchTo().activeElement().getDomAttribute("id"))
                .as("the link leads to the field")
                .isEqualTo("title");
        checkPage("register-with-errors-da");
        assertThat(value("description")).isEqualTo("Uden titel og områder");
        assertThat(value("plannedStart")).isEqualTo("2026-06-01");

        go("/interventions/new?lang=en");
        date("plannedStart", "2026-06-01");
        date("plannedEnd", "2026-01-31");
        press("Register the intervention");
        assertThat(errorBeside("title")).isNotBlank();
        assertThat(errorBeside("plannedEnd"))
                .endsWith("Planned end (31 Jan 2026) is before Planned start (1 Jun 2026).");
        assertThat(texts(By.cssSelector("#form-errors li")))
                .contains("Title: Required.")
                .anyMatch(item -> item.startsWith("Planned end: "));
        checkPage("register-with-errors-en");
        go("/interventions?lang=da");
    }

    @Test
    void aDateAsTheSourceStatesItIsTypedShownTheDanishWayAndSearchedWithItsCertainty() {
        String area = fixtures().area("ui-stated");
        signIn("pm.tmf");
        go("/interventions/new");
        type("title", "Områdefornyelse i " + area);
        choose("kind", "AREA_BASED");
        choose("category", "EDUCATION_GUIDANCE");
        tick("areas", area);
        type("plannedStart", "2018-13");
        press("Registrér indsatsen");
        assertThat(errorBeside("plannedStart")).startsWith("Planlagt start: skriv datoen som kilden angiver den");
        checkPage("stated-date-refused");

        type("plannedStart", "../2018");
        type("plannedEnd", "2022");
        press("Registrér indsatsen");
        assertThat(text(By.cssSelector(".alert.ok"))).isEqualTo("Indsatsen er registreret.");
        assertThat(text(By.tagName("main"))).contains("2018 eller før");
        checkPage("stated-date-registered");
        String certain = browser.getCurrentUrl().replaceFirst(".*/interventions/", "");
        Map<String, Object> later = fixtures().registration("Gadeplan i " + area, area);
        later.put("plannedStart", "2019~");
        String possible = fixtures().intervention(later);

        go("/interventions?area=" + area + "&activeFrom=2019-01-01&activeTo=2019-12-31");
        assertThat(text(By.id("results"))).contains("sikkert", "muligvis", "ca. 2019");
        checkPage("stated-date-search");
        go("/interventions?area=" + area + "&activeFrom=2019-01-01&activeTo=2019-12-31&certainOnly=true");
        assertThat(text(By.id("results"))).contains("Områdefornyelse i " + area).doesNotContain("Gadeplan i " + area);
        assertThat(browser.findElement(By.id("certainOnly")).isSelected()).isTrue();
        assertThat(api().as("pm.tmf")
                        .get("/api/interventions/" + certain)
                        .json()
                        .get("plannedStart")
                        .asText())
                .isEqualTo("../2018");
        assertThat(possible).isNotBlank();
    }

    @Test
    void anAdministrationThatLeftMeanwhileIsRefusedByTheRegistryAndThenSeesNoButtons() {
        String area = fixtures().area("ui-other");
        String id = fixtures().intervention(fixtures().registration("TMF og SOF " + area, area));
        assertThat(api().as("pm.tmf")
                        .post(
                                "/api/interventions/" + id + "/partners",
                                Map.of("organisationId", "SOF", "role", "CO_LEAD", "effectiveFrom", "2019-01-01"))
                        .status())
                .isEqualTo(200);

        signIn("pm.sof");
        go("/interventions/" + id);
        follow("Skift fase");
        choose("stage", "ACTIVE");
        date("effectiveFrom", "2020-01-01");
        assertThat(api().as("pm.tmf")
                        .post(
                                "/api/interventions/" + id + "/partners/SOF/departure",
                                Map.of("effectiveTo", "2020-06-30", "reason", "SOF trådte ud"))
                        .status())
                .isEqualTo(200);
        press("Skift fase");
        // The refusal in Danish; the registry's English reason stays in the API's answer, off the Danish page.
        assertThat(text(By.cssSelector(".alert.error")))
                .contains("Du må ikke ændre denne indsats.")
                .doesNotContain("SOF is not a partner");
        assertThat(api().as("auditor")
                        .get("/api/interventions/" + id)
                        .json()
                        .get("stage")
                        .asText())
                .isEqualTo("PROPOSED");

        go("/interventions/" + id);
        assertThat(browser.findElements(By.linkText("Skift fase"))).isEmpty();
        go("/interventions/" + id + "/stage");
        assertThat(text(By.tagName("h1"))).isEqualTo("Det har du ikke adgang til");
    }

    @Test
    void everyCommandHasAFormThatRecordsIt() {
        String area = fixtures().area("ui-every");
        String second = fixtures().area("ui-every-2");
        String operator = fixtures().organisation("Udførende " + UUID.randomUUID(), "CIVIL_SOCIETY");
        String id = fixtures().intervention(fixtures().registration("Alle formularer " + area, area));
        signIn("pm.tmf");
        go("/interventions/" + id);

        follow("Ret oplysninger");
        type("title", "Alle formularer, rettet " + area);
        tick("targetGroups", "SENIORS");
        press("Ret oplysninger");
        assertDone("Oplysningerne er rettet.");

        follow("Tilføj område");
        choose("areaId", second);
        date("effectiveFrom", "2020-01-01");
        press("Tilføj område");
        assertDone("Området er tilføjet.");

        go("/interventions/" + id + "/areas/" + second + "/removal");
        date("effectiveTo", "2021-12-31");
        type("reason", "Området blev lagt sammen med et andet");
        press("Fjern fra området");
        assertDone("Indsatsen er fjernet fra området.");

        follow("Tilføj partner");
        choose("organisationId", operator);
        choose("role", "OPERATOR");
        date("effectiveFrom", "2019-06-01");
        press("Tilføj partner");
        assertDone("Partneren er tilføjet.");

        follow("Registrér udtræden");
        date("effectiveTo", "2022-12-31");
        type("reason", "Kontrakten udløb");
        press("Registrér udtræden");
        assertDone("Partnerens udtræden er registreret.");

        follow("Tilføj finansiering");
        choose("source", "TMF");
        choose("sourceKind", "MUNICIPAL_BASE_BUDGET");
        type("amount", "500000");
        press("Tilføj finansiering");
        assertDone("Finansieringen er registreret.");

        follow("Justér beløb");
        assertThat(value("amount")).isEqualTo("500.000,00");
        type("amount", "450.000");
        type("reason", "Budgetforlig");
        press("Justér beløb");
        assertDone("Beløbet er justeret.");

        follow("Registrér forbrug");
        type("year", "2020");
        type("amount", "120.000,00");
        press("Registrér forbrug");
        assertDone("Forbruget er registreret.");

        follow("Skift fase");
        choose("stage", "ACTIVE");
        date("effectiveFrom", "2019-01-01");
        press("Skift fase");
        assertDone("Fasen er skiftet.");

        follow("Forlæng");
        date("plannedEnd", "2024-06-30");
        type("reason", "Forsinket opstart");
        press("Forlæng");
        assertDone("Indsatsen er forlænget.");

        follow("Registrér evaluering");
        date("periodTo", "2023-12-31");
        choose("method", "BEFORE_AFTER");
        choose("evaluator", operator);
        choose("result", "POSITIVE");
        type("summary", "Flere unge i uddannelse.");
        press("Registrér evaluering");
        assertDone("Evalueringen er registreret.");

        JsonNode history = api().as("auditor")
                .get("/api/interventions/" + id + "/history")
                .json()
                .get("items");
        String expenditure = null;
        for (JsonNode event : history) {
            if (event.get("type").asText().equals("ExpenditureRecordedEvent")) {
                expenditure = event.get("eventId").asText();
            }
        }
        go("/interventions/" + id + "/corrections?eventId=" + expenditure);
        assertThat(browser.findElements(By.id("title"))).isEmpty();
        type("amount", "125000");
        type("reason", "Tastefejl i bilaget");
        press("Ret denne registrering");
        assertDone("Rettelsen er registreret.");

        follow("Træk tilbage");
        type("reason", "Puljen blev lukket");
        press("Træk tilbage");
        assertDone("Finansieringen er trukket tilbage.");

        follow("Træf beslutning");
        choose("decision", "EMBED_IN_CORE_OPERATIONS");
        date("effectiveFrom", "2024-07-01");
        choose("administration", "SOF");
        type("reason", "Evalueringen viste effekt");
        press("Træf beslutning");
        assertDone("Beslutningen er registreret.");
        assertThat(browser.findElements(By.linkText("Skift fase"))).isEmpty();

        JsonNode intervention =
                api().as("auditor").get("/api/interventions/" + id).json();
        assertThat(intervention.get("title").asText()).isEqualTo("Alle formularer, rettet " + area);
        assertThat(intervention.get("stage").asText()).isEqualTo("EMBEDDED");
        assertThat(intervention.get("plannedEnd").asText()).isEqualTo("2024-06-30");
        assertThat(intervention
                        .get("expenditures")
                        .get(0)
                        .get("amount")
                        .get("amount")
                        .asText())
                .isEqualTo("125000.00");
        assertThat(intervention.get("funding").get(0).get("withdrawn").asBoolean())
                .isTrue();
        assertThat(intervention
                        .get("funding")
                        .get(0)
                        .get("adjustments")
                        .get(0)
                        .get("amount")
                        .get("amount")
                        .asText())
                .isEqualTo("450000.00");
        assertThat(intervention.get("evaluations")).hasSize(1);
        assertThat(intervention.get("partners").get(0).get("effectiveTo").asText())
                .isEqualTo("2022-12-31");
    }

    /** Fetches a link of the page with the browser's session, as a click on it would. */
    private String csv(String href) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + href))
                                    .header(
                                            "Cookie",
                                            "JSESSIONID="
                                                    + browser.manage()
                                                            .getCookieNamed("JSESSIONID")
                                                            .getValue())
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Disposition"))
                    .hasValueSatisfying(value -> assertThat(value).contains("indsatser.csv"));
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void assertDone(String message) {
        assertThat(text(By.cssSelector(".alert.ok"))).isEqualTo(message);
    }
}
