package dk.kk.registry.infra.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kk.registry.infra.support.RegistryIT;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every failure on a page is the styled error page (issue 13), whatever went wrong and wherever: an unknown path, a
 * bad filter, a verb the page does not take, an address the firewall or Tomcat refused. It has the status it stands
 * for, speaks Danish unless the user chose English, and is never JSON. A signed-out user is still sent to sign in.
 */
class ErrorPagesIT extends RegistryIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** A page request: who asks, how, and the status and Danish heading of the error page it must get. */
    record Call(String user, String method, String path, int status, String heading) {

        @Override
        public String toString() {
            return user + " " + method + " " + path + " → " + status;
        }
    }

    static Stream<Call> failures() {
        List<Call> calls = new ArrayList<>();
        for (String user : List.of("pm.tmf", "admin")) {
            for (String path : List.of(
                    "/admin/reference", "/goals/x", "/interventions/x/y/z", "/nothing", "/interventions/x/nothing")) {
                calls.add(new Call(user, "GET", path, 404, "Siden findes ikke"));
            }
            for (String query : List.of(
                    "page=abc", "activeFrom=bad", "category=BOGUS", "activeFrom=%2B99999-01-01", "page=1&page=2")) {
                calls.add(new Call(user, "GET", "/interventions?" + query, 400, "Adressen er ugyldig"));
            }
            for (String path : List.of(
                    "/interventions/a%2Fb",
                    "/interventions/a%00b",
                    "/interventions/%25",
                    "/interventions/%3B",
                    "/interventions/a%5Cb",
                    "/%FF",
                    "/interventions//x")) {
                calls.add(new Call(user, "GET", path, 400, "Adressen er ugyldig"));
            }
            calls.add(new Call(user, "PUT", "/interventions", 405, "Det kan man ikke gøre her"));
            calls.add(new Call(user, "DELETE", "/interventions/x", 405, "Det kan man ikke gøre her"));
            calls.add(new Call(user, "FOO", "/interventions", 405, "Det kan man ikke gøre her"));
        }
        calls.add(new Call("auditor", "GET", "/interventions/new", 403, "Det har du ikke adgang til"));
        calls.add(new Call("auditor", "GET", "/sources/new", 403, "Det har du ikke adgang til"));
        calls.add(new Call("auditor", "POST", "/sources", 403, "Det har du ikke adgang til"));
        calls.add(new Call("pm.tmf", "GET", "/sources/ingen-saadan-kilde", 404, "Siden findes ikke"));
        calls.add(new Call("pm.tmf", "GET", "/audit/events", 403, "Det har du ikke adgang til"));
        return calls.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void everyFailureOnAPageIsTheStyledErrorPage(Call call) throws Exception {
        Browser browser = signedIn(call.user());
        HttpResponse<String> page = browser.send(call.method(), call.path(), true);
        assertErrorPage(page, call.status(), call.heading(), "Fejlkode ");
    }

    @Test
    void theErrorPageSpeaksEnglishWhenTheUserChoseIt() throws Exception {
        Browser browser = signedIn("pm.tmf");
        assertErrorPage(browser.send("GET", "/goals/x?lang=en", false), 404, "This page does not exist", "Error code ");
        assertErrorPage(
                browser.send("GET", "/interventions?page=abc", false), 400, "This address is not valid", "Error code ");
        assertErrorPage(browser.send("PUT", "/interventions", true), 405, "This cannot be done here", "Error code ");
        assertErrorPage(
                browser.send("GET", "/interventions/a%00b", false), 400, "This address is not valid", "Error code ");
    }

    @Test
    void aSignedOutUserIsStillSentToSignIn() throws Exception {
        Browser browser = new Browser();
        for (String path : List.of("/goals/x", "/interventions/x/y/z", "/interventions?page=abc")) {
            HttpResponse<String> answer = browser.send("GET", path, false);
            assertThat(answer.statusCode()).as(path).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElse(""))
                    .as(path)
                    .endsWith("/login");
        }
    }

    /** The error page's stylesheet is the one static path left (spring.mvc.static-path-pattern), for everyone. */
    @Test
    void theStylesheetIsServedBeforeSignIn() throws Exception {
        HttpResponse<String> css = new Browser().send("GET", "/css/registry.css", false);
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type").orElse("")).startsWith("text/css");
    }

    /** The icon every browser asks for is served to everyone, not a 404 (and a WARN in the log) on each first visit. */
    @Test
    void theIconIsServedBeforeSignIn() throws Exception {
        HttpResponse<String> icon = new Browser().send("GET", "/favicon.ico", false);
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type").orElse("")).isEqualTo("image/x-icon");
    }

    private static void assertErrorPage(HttpResponse<String> page, int status, String heading, String code) {
        String what = page.request().method() + " " + page.uri() + ": " + page.statusCode() + " " + page.body();
        assertThat(page.statusCode()).as(what).isEqualTo(status);
        assertThat(page.headers().firstValue("Content-Type").orElse(""))
                .as(what)
                .startsWith("text/html");
        assertThat(page.body())
                .as(what)
                .contains(
                        "<link rel=\"stylesheet\" href=\"/css/registry.css\">",
                        "class=\"brand\"",
                        "<h1>" + heading + "</h1>",
                        code + status)
                .doesNotContain("\"status\"");
    }

    private Browser signedIn(String user) throws Exception {
        Browser browser = new Browser();
        String form = browser.send("GET", "/login", false).body();
        Matcher token = CSRF.matcher(form);
        assertThat(token.find()).as("the login form's CSRF token").isTrue();
        HttpResponse<String> signIn = browser.post(
                "/login",
                "username=" + user + "&password=demo&_csrf="
                        + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8));
        assertThat(signIn.statusCode()).as("signing in as " + user).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        browser.csrf = token(browser.send("GET", "/", false).body());
        return browser;
    }

    private static String token(String page) {
        Matcher header =
                Pattern.compile("X-CSRF-TOKEN&quot;: &quot;([^&]+)&quot;").matcher(page);
        return header.find() ? header.group(1) : null;
    }

    /** A browser's session: its cookies, and the CSRF token a page's script would send with a request. */
    private final class Browser {

        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        private String csrf;

        HttpResponse<String> send(String method, String path, boolean withToken)
                throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Accept", "text/html")
                    .method(method, HttpRequest.BodyPublishers.noBody());
            if (withToken && csrf != null) {
                request.header("X-CSRF-TOKEN", csrf);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
            return http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
