package dk.kk.registry.infra.bench;

import dk.kk.registry.infra.RegistryApplication;
import dk.kk.registry.infra.support.Api;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The embedded default from a cold start to healthy with the demo history: a new JVM on a new data directory, so the
 * time includes creating the PostgreSQL cluster, the migrations and recording the demo history through the commands.
 * Healthy means the registry has said it is ready (after recording the demo history) and {@code /actuator/health}
 * answers UP.
 */
final class StartupBench {

    private static final double TARGET_SECONDS = 20;

    private final int port;

    StartupBench(int port) {
        this.port = port;
    }

    Result run() throws IOException, InterruptedException {
        Path data = Files.createTempDirectory("registry-bench-startup-");
        String javaCommand = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of(
                javaCommand,
                "-cp",
                System.getProperty("java.class.path"),
                RegistryApplication.class.getName(),
                "--server.port=" + port,
                "--registry.embedded.data-directory=" + data.resolve("postgres"));
        File log = data.resolve("registry.log").toFile();
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log)
                .start();
        Api api = Api.at("http://localhost:" + port);
        double seconds = Double.NaN;
        long interventions = -1;
        try {
            long deadline = started + TimeUnit.SECONDS.toNanos(180);
            while (System.nanoTime() < deadline && process.isAlive()) {
                if (ready(log) && healthy(api)) {
                    seconds = (System.nanoTime() - started) / 1e9;
                    interventions = api.as("auditor")
                            .get("/api/interventions?size=1")
                            .json()
                            .get("total")
                            .asLong();
                    break;
                }
                Thread.sleep(100);
            }
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            try (var files = Files.walk(data)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
        boolean pass = seconds <= TARGET_SECONDS && interventions > 0;
        return new Result("startup")
                .figure("seconds", seconds)
                .figure("interventions", interventions)
                .ratio(seconds / TARGET_SECONDS)
                .target("seconds<=20", pass);
    }

    /** The web server answers before the demo history is recorded; the banner comes after it. */
    private static boolean ready(File log) throws IOException {
        return log.exists()
                && Files.readString(log.toPath(), java.nio.charset.StandardCharsets.UTF_8)
                        .contains("registry ready at");
    }

    private static boolean healthy(Api api) {
        try {
            Api.Response response = api.anonymous().get("/actuator/health");
            return response.status() == 200 && response.text().contains("\"UP\"");
        } catch (RuntimeException notYet) {
            return false;
        }
    }
}
