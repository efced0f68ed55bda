package dk.kk.registry.infra.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.BrowserIT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The UI's frame: signing in and out, Danish by default and English by a remembered switch, menus by role, the
 * server refusing what a role may not do, CSRF on forms, and the API's own chain left as it was.
 */
class UiFoundationIT extends BrowserIT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aProjectManagerSignsInInDanishSwitchesToEnglishAndTheChoiceIsRemembered() {
        go("/");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        assertThat(text(By.tagName("h1"))).isEqualTo("Log ind");

        signIn("pm.tmf");
        assertThat(text(By.tagName("h1"))).isEqualTo("Goddag, Tove Mikkelsen");
        assertThat(texts(By.cssSelector("nav.menu a"))).contains("Forside", "Indsatser", "Registrér indsats");
        assertThat(text(By.cssSelector(".session .role"))).isEqualTo("projektleder, TMF");
        assertThat(text(By.cssSelector(".session .who")))
                .as("the display name, not the username")
                .startsWith("Tove Mikkelsen")
                .doesNotContain("pm.tmf");
        assertThat(texts(By.cssSelector(".card a"))).contains("Indsatser for TMF", "Mangler evaluering");
        screenshot("UiFoundationIT-home");

        follow("English");
        assertThat(text(By.tagName("h1"))).isEqualTo("Hello, Tove Mikkelsen");
        go("/interventions");
        assertThat(texts(By.cssSelector("nav.menu a"))).contains("Home", "Interventions", "Register intervention");

        follow("Dansk");
        press("Log ud");
        assertThat(browser.getCurrentUrl()).contains("/login?logout");
        assertThat(text(By.cssSelector(".alert.info"))).isEqualTo("Du er logget ud.");
    }

    @Test
    void theLanguageSwitchKeepsThePageItsFiltersAndItsResults() {
        signIn("pm.sof");
        go("/interventions?administration=SOF&category=HEALTH");
        String danishCount = text(By.cssSelector("#results .actions span"));

        follow("English");
        assertThat(browser.getCurrentUrl())
                .contains("/interventions?")
                .contains("administration=SOF")
                .contains("category=HEALTH")
                .endsWith("lang=en");
        assertThat(value("administration")).isEqualTo("SOF");
        assertThat(value("category")).isEqualTo("HEALTH");
        assertThat(text(By.cssSelector("#results .actions span")).replaceAll("\\D", ""))
                .isEqualTo(danishCount.replaceAll("\\D", ""));

        // A filter chosen after the page loaded reaches the results through htmx; the switch follows it.
        choose("category", "EMPLOYMENT_SCHEME");
        waitUntil(() -> browser.findElement(By.cssSelector("#language-switch a"))
                .getDomAttribute("href")
                .contains("category=EMPLOYMENT_SCHEME"));
        follow("Dansk");
        assertThat(browser.getCurrentUrl())
                .contains("administration=SOF")
                .contains("category=EMPLOYMENT_SCHEME")
                .doesNotContain("lang=en")
                .endsWith("lang=da");
        assertThat(value("category")).isEqualTo("EMPLOYMENT_SCHEME");
        assertThat(text(By.tagName("h1"))).isEqualTo("Indsatser");
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage() {
        go("/login");
        type("username", "pm.tmf");
        type("password", "not-the-password");
        press("Log ind");
        assertThat(text(By.cssSelector(".alert.error"))).isEqualTo("Forkert brugernavn eller adgangskode.");
    }

    @Test
    void anAuditorSeesNoRegistrationAndTheServerRefusesItAnyway() {
        signIn("auditor");
        assertThat(texts(By.cssSelector("nav.menu a"))).doesNotContain("Registrér indsats");
        assertThat(browser.findElements(By.linkText("Registrér en ny indsats"))).isEmpty();

        go("/interventions/new");
        assertThat(browser.getPageSource()).doesNotContain("name=\"title\"");
    }

    @Test
    void anAuditorViewsThePastOnEveryPageUntilReturningToNow() {
        String area = fixtures().area("ui-as-of");
        String before = LocalDateTime.now(UiFormat.COPENHAGEN)
                .minusMinutes(2)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
        String title = "Før og nu " + area;
        fixtures().intervention(fixtures().registration(title, area));

        signIn("auditor");
        date("asOfInput", before);
        press("Vis");
        assertThat(text(By.cssSelector(".as-of-banner"))).startsWith("Du ser registret, som det var");
        go("/interventions?q=" + area);
        assertThat(text(By.cssSelector(".as-of-banner"))).contains("Ændringer er ikke mulige");
        assertThat(browser.findElements(By.linkText(title))).isEmpty();
        assertThat(text(By.cssSelector("#results .actions"))).startsWith("Ingen indsatser");

        press("Tilbage til nu");
        assertThat(browser.findElements(By.cssSelector(".as-of-banner"))).isEmpty();
        assertThat(browser.findElements(By.linkText(title))).hasSize(1);
        assertThat(text(By.cssSelector("#results .actions"))).startsWith("1 indsats");
    }

    @Test
    void aSignedInPageEmbedsTheApisChartsThroughItsSession() {
        signIn("evaluator");
        go("/api/charts/funding.svg");
        assertThat(browser.getPageSource()).contains("<svg");
    }

    @Test
    void theApiStaysStatelessBasicAndAFormWithoutItsTokenIsRefused() throws Exception {
        Api.Response anonymous = api().anonymous().get("/api/interventions");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api().as("pm.tmf").get("/api/interventions").status()).isEqualTo(200);
        assertThat(api().as("pm.tmf").get("/api/interventions").header("Set-Cookie"))
                .isNull();

        HttpResponse<String> page = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/interventions"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));

        HttpResponse<String> forged = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=pm.tmf&password=demo"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
    }
}
