package dk.kk.registry.infra.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** A small HTTP client for the tests: signs in as a demo user and speaks JSON. */
public final class Api {

    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(3);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final String user;
    private final Map<String, String> headers;

    Api(String base) {
        this(base, null, Map.of());
    }

    public static Api at(String base) {
        return new Api(base);
    }

    private Api(String base, String user, Map<String, String> headers) {
        this.base = base;
        this.user = user;
        this.headers = headers;
    }

    /** Signed in as one of the demo users (password {@code demo}). */
    public Api as(String demoUser) {
        return new Api(base, demoUser, headers);
    }

    public Api anonymous() {
        return new Api(base, null, headers);
    }

    public Api header(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Api(base, user, more);
    }

    public Response get(String path) {
        return send(builder(path).GET(), null);
    }

    public Response delete(String path) {
        return send(builder(path).DELETE(), null);
    }

    public Response post(String path, Object body) {
        String text = body instanceof String string ? string : write(body);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return send(
                builder(path)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)),
                bytes);
    }

    public Response postRaw(String path, String contentType, byte[] body) {
        return send(
                builder(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)),
                body);
    }

    /** Any method, with a body of the given media type or none (a null type). */
    public Response send(String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder builder = builder(path);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(
                builder.method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body)),
                body);
    }

    private HttpRequest.Builder builder(String path) {
        // Guards against a hung request, not a slow one: the 20 000-row bulk answers only once it is projected, which
        // took
        // 35–90 s on a shared two-core machine at load 20–40. Speed is the benchmark's business.
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(REQUEST_TIMEOUT);
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
            builder.header("Authorization", "Basic " + token);
        }
        headers.forEach(builder::header);
        return builder;
    }

    /** Sends a request; its traffic to {@code /api/**} is checked against the API's description (ApiContract). */
    private Response send(HttpRequest.Builder builder, byte[] body) {
        try {
            HttpRequest request = builder.build();
            HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            Response answer =
                    new Response(response.statusCode(), response.headers().map(), response.body());
            ApiContract.check(base, request, body, answer);
            return answer;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An answer: status, headers and body, with the body readable as JSON or text. */
    public record Response(int status, Map<String, java.util.List<String>> headers, byte[] body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON (" + status + "): " + text(), e);
            }
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + text();
        }
    }
}
