package dk.kk.registry.infra.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kk.registry.infra.support.BrowserIT;
import dk.kk.registry.infra.support.HtmlChecker;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Every page as the server sends it passes the W3C Nu HTML checker: htmx speaks through {@code data-hx-*}
 * attributes, which HTML allows, so the checker has nothing to say. Each role's pages, in Danish and in English.
 */
class ValidHtmlIT extends BrowserIT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aProjectManagersPagesAreValidHtmlInBothLanguages() throws Exception {
        signIn("pm.tmf");
        go("/interventions?administration=TMF");
        String intervention =
                browser.findElement(By.cssSelector("#results tbody a")).getDomAttribute("href");
        assertValid(List.of(
                "/",
                "/interventions",
                "/interventions?administration=TMF&category=HEALTH",
                "/interventions/new",
                intervention,
                intervention + "/funding",
                intervention + "/details",
                "/sources",
                "/sources/status-sof-2024",
                "/sources/new"));
    }

    @Test
    void anEvaluatorsPagesAreValidHtmlInBothLanguages() throws Exception {
        signIn("evaluator");
        go("/areas");
        String area = browser.findElement(By.cssSelector("main li a")).getDomAttribute("href");
        assertValid(List.of(
                "/",
                "/areas",
                area,
                "/goals",
                "/comparisons",
                "/comparisons?indicator=eviction-warnings&baseline=2017&status=2024"));
    }

    @Test
    void anAuditorsAndAnAdministratorsPagesAreValidHtml() throws Exception {
        signIn("auditor");
        assertValid(List.of("/", "/audit/events", "/audit/integrity", "/sources", "/sources/politik-2011"));
        browser.manage().deleteAllCookies();
        signIn("admin");
        assertValid(List.of("/admin/projections"));
    }

    @Test
    void theLoginAndErrorPagesAreValidHtml() throws Exception {
        assertThat(HtmlChecker.errors(get("/login?lang=da", null))).isEmpty();
        assertThat(HtmlChecker.errors(get("/login?lang=en", null))).isEmpty();
        signIn("pm.tmf");
        assertThat(HtmlChecker.errors(get("/interventions/no-such-intervention", session())))
                .isEmpty();
    }

    private void assertValid(List<String> paths) throws Exception {
        String session = session();
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (String lang : List.of("da", "en")) {
            for (String path : paths) {
                String page = path + (path.contains("?") ? "&" : "?") + "lang=" + lang;
                List<String> found = HtmlChecker.errors(get(page, session));
                if (!found.isEmpty()) {
                    errors.put(page, found);
                }
            }
        }
        assertThat(errors).as("the Nu HTML checker's errors by page").isEmpty();
    }

    private String session() {
        return "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue();
    }

    private String get(String path, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        HttpResponse<String> page = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/html"));
        return page.body();
    }
}
