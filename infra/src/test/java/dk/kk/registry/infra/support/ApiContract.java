package dk.kk.registry.infra.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every request the tests make to {@code /api/**} and every answer they get, checked against the registry's own
 * description ({@code /v3/api-docs}, fetched once per registry) with Atlassian's swagger-request-validator: the
 * description cannot drift from what the registry does while the tests pass.
 * <p>
 * An answer must always match the description (status, media type, headers, body). A request is checked only when the
 * registry accepted it: tests send malformed and forbidden requests on purpose, and then what must match is the
 * refusal. {@code -Dregistry.api.contract=off} switches the check off (benchmarks), {@code =report} only records the
 * violations in {@code target/api-contract-violations.txt} instead of failing the test that caused them.
 */
final class ApiContract {

    private static final String MODE = System.getProperty("registry.api.contract", "fail");
    private static final Map<String, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();
    private static final AtomicLong REQUESTS = new AtomicLong();
    private static final AtomicLong RESPONSES = new AtomicLong();
    private static final AtomicLong VIOLATIONS = new AtomicLong();
    private static final Path REPORT = Path.of("target", "api-contract-violations.txt");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (REQUESTS.get() + RESPONSES.get() > 0) {
                String line = "API contract: validated " + REQUESTS.get() + " requests and " + RESPONSES.get()
                        + " responses against /v3/api-docs; " + VIOLATIONS.get() + " violations";
                System.out.println(line);
                append(Path.of("target", "api-contract-summary.txt"), line);
            }
        }));
    }

    private static final java.util.Set<String> DESCRIBABLE =
            java.util.Set.of("GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH");

    private ApiContract() {}

    static void check(String base, HttpRequest sent, byte[] requestBody, Api.Response answer) {
        if ("off".equals(MODE)) {
            return;
        }
        URI uri = sent.uri();
        String path = uri.getRawPath();
        if (!path.startsWith("/api/") || !DESCRIBABLE.contains(sent.method())) {
            // A verb no OpenAPI document can name (FOO, TRACE) has no operation to match.
            return;
        }
        OpenApiInteractionValidator validator = VALIDATORS.computeIfAbsent(base, ApiContract::load);
        Request request = request(sent, requestBody);
        List<String> problems = new ArrayList<>();
        if (answer.status() < 400) {
            REQUESTS.incrementAndGet();
            boolean emptyObject = requestBody != null
                    && new String(requestBody, StandardCharsets.UTF_8).strip().equals("{}");
            // The tests post {} to actions that take no body (retry, verify); the registry ignores it.
            validator.validateRequest(request).getMessages().stream()
                    .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                    .filter(m -> !(emptyObject && m.getKey().equals("validation.request.body.unexpected")))
                    .map(m -> m.getKey() + ": " + m.getMessage())
                    .forEach(problems::add);
        }
        RESPONSES.incrementAndGet();
        SimpleResponse.Builder response =
                SimpleResponse.Builder.status(answer.status()).withBody(answer.body());
        answer.headers().forEach((name, values) -> {
            if (!name.startsWith(":")) {
                response.withHeader(name, values);
            }
        });
        // An answer to a path or verb the API does not have (404, 405) has no operation to match; that it is a
        // problem is EveryAnswerIsAProblemIT's to check.
        validator.validateResponse(path, request.getMethod(), response.build()).getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .filter(m -> !m.getKey().equals("validation.request.operation.notAllowed")
                        && !m.getKey().equals("validation.request.path.missing"))
                .map(m -> m.getKey() + ": " + m.getMessage())
                .forEach(problems::add);
        if (problems.isEmpty()) {
            return;
        }
        VIOLATIONS.addAndGet(problems.size());
        String text =
                sent.method() + " " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                        + " -> " + answer.status() + "\n  " + String.join("\n  ", problems);
        append(REPORT, text);
        if ("fail".equals(MODE)) {
            throw new AssertionError("the API answered outside its description (/v3/api-docs):\n" + text);
        }
    }

    private static Request request(HttpRequest sent, byte[] body) {
        URI uri = sent.uri();
        SimpleRequest.Builder builder = new SimpleRequest.Builder(sent.method(), uri.getRawPath());
        sent.headers().map().forEach(builder::withHeader);
        if (uri.getRawQuery() != null) {
            Map<String, List<String>> query = new LinkedHashMap<>();
            for (String pair : uri.getRawQuery().split("&")) {
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                query.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            }
            query.forEach(builder::withQueryParam);
        }
        if (body != null) {
            builder.withBody(body);
        }
        return builder.build();
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static OpenApiInteractionValidator load(String base) {
        try {
            HttpResponse<String> document = HTTP.send(
                    HttpRequest.newBuilder(URI.create(base + "/v3/api-docs"))
                            .timeout(Duration.ofMinutes(1))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (document.statusCode() != 200) {
                throw new IllegalStateException("no API document at " + base + ": " + document.statusCode());
            }
            return OpenApiInteractionValidator.createForInlineApiSpecification(document.body())
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static synchronized void append(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(
                    file, text + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            // The report is a convenience; the assertion (or the count) says what matters.
        }
    }
}
