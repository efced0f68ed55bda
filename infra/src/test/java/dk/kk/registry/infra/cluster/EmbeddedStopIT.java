package dk.kk.registry.infra.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A stop (SIGTERM) of the registry on its embedded default, as a first user runs it ({@code java -jar registry.jar} in
 * a directory of its own, its database in {@code ./data/postgres}): the processors release their claims and the
 * database stops only after them. Before, the embedded library's own shutdown hook stopped PostgreSQL the moment the
 * signal came, and every processor (and any request in flight) lost its connection mid-stop. {@code REGISTRY_JAR}
 * names another jar to try (an older release, to see this fail).
 */
class EmbeddedStopIT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void onTheEmbeddedDefaultTheProcessorsReleaseTheirClaimsBeforePostgresStops() throws Exception {
        Path jar = Path.of(System.getenv().getOrDefault("REGISTRY_JAR", "target/registry.jar"))
                .toAbsolutePath();
        assertThat(jar).as("the packaged registry (mvn package)").exists();
        Path directory = Files.createTempDirectory("registry-embedded-stop-");
        Path log = directory.resolve("registry.log");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process registry = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx512m",
                        "-XX:TieredStopAtLevel=1",
                        "-jar",
                        jar.toString(),
                        "--server.port=" + port,
                        "--registry.demo.load=false")
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            long end = System.nanoTime() + Duration.ofMinutes(4).toNanos();
            while (!ready(port)) {
                assertThat(registry.isAlive())
                        .as("the registry runs; see " + log)
                        .isTrue();
                assertThat(System.nanoTime())
                        .as("ready within 4 minutes; see " + log)
                        .isLessThan(end);
                Thread.sleep(250);
            }
            registry.destroy();
            assertThat(registry.waitFor(60, TimeUnit.SECONDS))
                    .as("stopped within a minute")
                    .isTrue();
        } finally {
            registry.destroyForcibly();
        }

        String output = Files.readString(log);
        assertThat(output).as(log.toString()).contains("their claims released");
        assertThat(output)
                .as("no processor lost its database while stopping")
                .doesNotContain(
                        "marked as broken", "Releasing claim on token and preparing for retry", "Connection is closed");
    }

    private static boolean ready(int port) {
        try {
            HttpResponse<String> answer = HTTP.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                            .timeout(Duration.ofSeconds(2))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200 && answer.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
