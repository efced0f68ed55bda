package dk.kk.registry.infra.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A user signed in to the UI without a browser, for tests that need a page's answer rather than a journey: the
 * session's cookies, and the CSRF token of the last page read, sent with the next form.
 */
public final class UiSession {

    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    private final String base;
    private String csrf;

    private UiSession(String base) {
        this.base = base;
    }

    /** Signed in as one of the demo users (password {@code demo}). */
    public static UiSession signedIn(int port, String user) throws IOException, InterruptedException {
        UiSession session = new UiSession("http://localhost:" + port);
        session.get("/login");
        session.post("/login", Map.of("username", user, "password", "demo"));
        return session;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return remember(http.send(
                HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    }

    /** Posts a form as the page last read would, with its CSRF token. */
    public HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("_csrf", csrf);
        String encoded = form.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return remember(http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(encoded))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> remember(HttpResponse<String> response) {
        Matcher token = TOKEN.matcher(response.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return response;
    }
}
