package dk.kk.registry.infra.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The API document is built once at start, before readiness turns UP, rather than by the first client to ask: springdoc
 * builds it lazily, inspecting every controller, and on a busy machine the first {@code GET /v3/api-docs} took over
 * 30 s (docs/benchmarks.md, "API document"). Spring Boot reports the instance ready only once every start-up runner has
 * ended, so an orchestrator sends no client before the document is there. It is asked for over HTTP, as a client
 * without a language cookie asks (springdoc keeps one document per language; API clients get the default's), so the
 * answer kept is exactly the one served.
 */
@Component
// After the reference data and the demo history (orders 0 and 10): the document does not depend on them.
@Order(100)
class ApiDocumentWarmUp implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ApiDocumentWarmUp.class);

    private final ApplicationContext context;
    private final Environment environment;

    ApiDocumentWarmUp(ApplicationContext context, Environment environment) {
        this.context = context;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!(context instanceof WebServerApplicationContext web)
                || web.getWebServer() == null
                || !environment.getProperty("springdoc.api-docs.enabled", Boolean.class, true)) {
            return;
        }
        String scheme = environment.getProperty("server.ssl.enabled", Boolean.class, false) ? "https" : "http";
        URI document = URI.create(scheme + "://localhost:" + web.getWebServer().getPort()
                + environment.getProperty("server.servlet.context-path", "")
                + environment.getProperty("springdoc.api-docs.path", "/v3/api-docs"));
        long started = System.nanoTime();
        try {
            HttpResponse<Void> answer = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .build()
                    .send(
                            HttpRequest.newBuilder(document)
                                    .timeout(Duration.ofMinutes(2))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
            LOG.info(
                    "API document built in {} ms (status {})",
                    (System.nanoTime() - started) / 1_000_000,
                    answer.statusCode());
        } catch (java.io.IOException e) {
            LOG.warn("API document not built at start ({}): the first client to ask waits for it", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
