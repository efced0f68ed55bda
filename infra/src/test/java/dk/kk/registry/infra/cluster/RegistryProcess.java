package dk.kk.registry.infra.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The registry as an operator runs it: {@code java -jar registry.jar} in a process of its own, on a shared PostgreSQL
 * ({@code spring.datasource.url}), with the users pm.tmf, admin and auditor configured (password {@code demo}).
 * {@link #kill()} is {@code kill -9}: no shutdown hook, no released claim, no flushed anything.
 */
public final class RegistryProcess {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final String DEMO_HASH = new BCryptPasswordEncoder().encode("demo");

    private final String name;
    private final Path jar;
    private final String jdbcUrl;
    private final int port;
    private final Path log;
    private Process process;

    public RegistryProcess(String name, Path jar, String jdbcUrl, Path logDirectory) {
        this.name = name;
        this.jar = jar;
        this.jdbcUrl = jdbcUrl;
        this.port = freePort();
        this.log = logDirectory.resolve(name + ".log");
    }

    public String name() {
        return name;
    }

    public String base() {
        return "http://localhost:" + port;
    }

    public long pid() {
        return process.pid();
    }

    /** Starts the process (its output appended to {@code <name>.log}) and waits until its health is UP. */
    public void start(Duration timeout) {
        List<String> command = new ArrayList<>(List.of(
                javaBinary(),
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "-jar",
                jar.toString(),
                "--server.port=" + port,
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--spring.datasource.hikari.maximum-pool-size=12"));
        user(command, 0, "pm.tmf", "PROJECT_MANAGER", "TMF");
        user(command, 1, "admin", "ADMIN", null);
        user(command, 2, "auditor", "AUDITOR", null);
        try {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
        long end = System.nanoTime() + timeout.toNanos();
        while (!healthy()) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            if (System.nanoTime() > end) {
                process.destroyForcibly();
                throw new IllegalStateException(name + " not up within " + timeout + "; see " + log);
            }
            pause(250);
        }
    }

    /** {@code kill -9}: the JVM gets no chance to finish anything. */
    public void kill() {
        process.destroyForcibly();
        waitFor();
    }

    /** A clean stop (SIGTERM): Spring closes, the processors release their claims. */
    public void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            waitFor();
        }
    }

    public boolean healthy() {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(base() + "/actuator/health"))
                            .timeout(Duration.ofSeconds(2))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void waitFor() {
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void user(List<String> command, int index, String username, String role, String administration) {
        String prefix = "--registry.security.users[" + index + "].";
        command.add(prefix + "username=" + username);
        command.add(prefix + "password-hash=" + DEMO_HASH);
        command.add(prefix + "role=" + role);
        if (administration != null) {
            command.add(prefix + "administration=" + administration);
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
