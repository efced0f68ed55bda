package dk.kk.registry.infra.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kk.registry.infra.support.BrowserIT;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Forms write once: every form that writes carries an idempotency key rendered with it, so a double click or a resend
 * records once and shows the first submit's result; a form saved without a change records nothing and says so.
 */
class FormsWriteOnceIT extends BrowserIT {

    private static final Pattern HIDDEN =
            Pattern.compile("<input type=\"hidden\" name=\"(_csrf|idempotencyKey)\" value=\"([^\"]*)\"");

    @Test
    void aDoubleClickOnRegisterRecordsOneIntervention() {
        String area = fixtures().area("ui-double");
        String title = "Dobbeltklik i " + area;
        signIn("pm.tmf");
        go("/interventions/new");
        type("title", title);
        choose("kind", "AREA_BASED");
        choose("category", "EDUCATION_GUIDANCE");
        tick("areas", area);
        date("plannedStart", "2024-01-01");
        WebElement button = browser.findElement(By.xpath("//button[normalize-space(.)='Registrér indsatsen']"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", button);

        doubleClick(button);

        waitFor(By.cssSelector(".alert.ok"));
        assertThat(text(By.cssSelector(".alert.ok"))).isEqualTo("Indsatsen er registreret.");
        assertThat(text(By.tagName("h1"))).isEqualTo(title);
        assertThat(registrations(title))
                .as("interventions registered by a double click")
                .isEqualTo(1);
    }

    /**
     * The two clicks of a double click, 100 ms apart, each activating the submit button in Chromium: the second
     * submission goes out while the first is still waiting for its answer. (A double click sent as WebDriver actions or
     * as DevTools mouse events reaches the form once in Chromium 156, so it could not show the duplicate.)
     */
    private void doubleClick(WebElement button) {
        browser.executeScript(
                "const button = arguments[0]; button.click(); setTimeout(() => button.click(), 100);", button);
    }

    @Test
    void twoParallelSubmitsOfOneFormRecordOnceAndAnswerTheSameRedirect() throws Exception {
        String area = fixtures().area("ui-parallel");
        String title = "Samtidigt sendt i " + area;
        Session pm = Session.signIn(port, "pm.tmf");
        Form form = pm.form("/interventions/new");
        assertThat(form.key()).as("the form's idempotency key").isNotBlank();
        String body = registration(form, title, area);

        List<CompletableFuture<HttpResponse<String>>> sends = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            sends.add(CompletableFuture.supplyAsync(() -> pm.post("/interventions", body)));
        }
        List<HttpResponse<String>> answers =
                sends.stream().map(CompletableFuture::join).toList();

        for (HttpResponse<String> answer : answers) {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).matches(".*/interventions/[0-9a-f-]{36}"));
        }
        assertThat(answers.get(1).headers().firstValue("Location"))
                .isEqualTo(answers.get(0).headers().firstValue("Location"));
        assertThat(registrations(title))
                .as("interventions registered by two parallel submits")
                .isEqualTo(1);
    }

    @Test
    void aResentFormShowsTheFirstResultAndRecordsNothingNew() throws Exception {
        String area = fixtures().area("ui-resend");
        String id = fixtures().intervention(fixtures().registration("Sendt igen i " + area, area));
        Session pm = Session.signIn(port, "pm.tmf");
        Form form = pm.form("/interventions/" + id + "/details");
        String body = form.with("title", "Sendt igen, rettet " + area, "category", "EDUCATION_GUIDANCE");

        HttpResponse<String> first = pm.post("/interventions/" + id + "/details", body);
        long events = eventsOf(id);
        HttpResponse<String> again = pm.post("/interventions/" + id + "/details", body);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(302);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(302);
        assertThat(again.headers().firstValue("Location"))
                .isEqualTo(first.headers().firstValue("Location"));
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(eventsOf(id)).isEqualTo(events);
        assertThat(pm.form("/interventions/" + id + "/details").key())
                .as("a fresh key for the next form")
                .isNotEqualTo(form.key());
    }

    /**
     * A double click's second answer is followed after the first's page has shown the confirmation: the page the
     * replayed redirect leads to confirms it too.
     */
    @Test
    void theReplayedRedirectLeadsToTheConfirmationToo() throws Exception {
        String area = fixtures().area("ui-confirm");
        Session pm = Session.signIn(port, "pm.tmf");
        String body = registration(pm.form("/interventions/new"), "Bekræftet to gange i " + area, area);

        HttpResponse<String> first = pm.post("/interventions", body);
        String firstPage = pm.get(first.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> again = pm.post("/interventions", body);
        String secondPage = pm.get(again.headers().firstValue("Location").orElseThrow());

        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(firstPage).contains("Indsatsen er registreret.");
        assertThat(secondPage).as("the page after the replayed redirect").contains("Indsatsen er registreret.");
    }

    @Test
    void aFormSavedWithoutAChangeSaysSoAndRecordsNothing() {
        String area = fixtures().area("ui-unchanged");
        String id = fixtures().intervention(fixtures().registration("Uændret i " + area, area));
        long events = eventsOf(id);
        signIn("pm.tmf");
        go("/interventions/" + id);

        follow("Ret oplysninger");
        press("Ret oplysninger");

        assertThat(text(By.cssSelector(".alert.error"))).contains("Intet at gemme: oplysningerne er de samme som før.");
        assertThat(eventsOf(id)).isEqualTo(events);
    }

    private long registrations(String title) {
        return jdbc.queryForObject("""
                SELECT count(*) FROM domainevententry
                WHERE payloadtype LIKE '%InterventionRegisteredEvent'
                  AND convert_from(payload, 'UTF8')::jsonb ->> 'title' = ?""", Long.class, title);
    }

    private long eventsOf(String aggregateId) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?", Long.class, aggregateId);
    }

    /** A browser's session without a browser: its cookie, and the forms it is shown. */
    private record Session(int port, HttpClient http) {

        static Session signIn(int port, String user) throws Exception {
            Session session = new Session(
                    port,
                    HttpClient.newBuilder()
                            .cookieHandler(new CookieManager())
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .build());
            Form login = session.form("/login");
            HttpResponse<String> signedIn = session.post("/login", login.with("username", user, "password", "demo"));
            assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(302);
            return session;
        }

        Form form(String path) throws Exception {
            HttpResponse<String> page =
                    http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            String csrf = null;
            String key = null;
            Matcher hidden = HIDDEN.matcher(page.body());
            while (hidden.find()) {
                if (hidden.group(1).equals("_csrf")) {
                    csrf = hidden.group(2);
                } else {
                    key = hidden.group(2);
                }
            }
            Matcher version =
                    Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page.body());
            return new Form(csrf, key, version.find() ? version.group(1) : null);
        }

        /** The page at a path or at an absolute location, as text. */
        String get(String location) throws Exception {
            URI target = location.startsWith("http") ? URI.create(location) : uri(location);
            HttpResponse<String> page =
                    http.send(HttpRequest.newBuilder(target).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as(location).isEqualTo(200);
            return page.body();
        }

        HttpResponse<String> post(String path, String body) {
            try {
                return http.send(
                        HttpRequest.newBuilder(uri(path))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }
    }

    /** The hidden fields of a form as it was shown. */
    private record Form(String csrf, String key, String version) {

        String with(String... fields) {
            List<String> pairs = new ArrayList<>();
            pairs.add("_csrf=" + encode(csrf));
            if (key != null) {
                pairs.add("idempotencyKey=" + encode(key));
            }
            if (version != null) {
                pairs.add("version=" + version);
            }
            for (int i = 0; i < fields.length; i += 2) {
                pairs.add(fields[i] + "=" + encode(fields[i + 1]));
            }
            return pairs.stream().collect(Collectors.joining("&"));
        }

        private static String encode(String value) {
            return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
        }
    }

    /** The registration form filled in for an area-based homework club of TMF's in the area, from 2024. */
    private static String registration(Form form, String title, String area) {
        return form.with(
                "title",
                title,
                "kind",
                "AREA_BASED",
                "category",
                "EDUCATION_GUIDANCE",
                "leadAdministration",
                "TMF",
                "areas",
                area,
                "plannedStart",
                "2024-01-01");
    }
}
