package dk.kk.registry.infra.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kk.registry.infra.config.TestDatabases;
import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The backup and the restore as an operator types them: {@code java -jar registry.jar backup DIR} against a database,
 * then {@code java -jar registry.jar restore FILE} into another, empty one. Both run without a web server; a page
 * that needed the servlet container once made both fail at start, which no in-process test could see. The restored
 * registry then starts in a process of its own and its verify is equal.
 * {@code REGISTRY_JAR} names another jar to try.
 */
class CommandLineBackupIT {

    @Test
    void aBackupTakenOnTheCommandLineRestoresOnTheCommandLine() throws Exception {
        Path jar = Path.of(System.getenv().getOrDefault("REGISTRY_JAR", "target/registry.jar"))
                .toAbsolutePath();
        assertThat(jar).as("the packaged registry (mvn package)").exists();
        Path directory = Files.createTempDirectory("registry-cli-backup-");
        String source = TestDatabases.fresh("cli_source");
        RegistryProcess writer = new RegistryProcess("source", jar, source, directory);
        writer.start(Duration.ofSeconds(90));
        try {
            Fixtures fixtures = Fixtures.on(Api.at(writer.base()));
            String area = fixtures.area("cli-backup");
            for (int i = 0; i < 3; i++) {
                Map<String, Object> body = fixtures.registration("Familieindsats " + i + " i " + area, area);
                body.put("targetGroups", List.of("SENIORS", "INFANTS", "FAMILIES", "YOUTH", "CHILDREN"));
                fixtures.intervention(body);
            }
        } finally {
            writer.stop();
        }

        Run backup = run(jar, directory, source, "backup", directory.toString());
        assertThat(backup.exit()).as(backup.output()).isZero();
        Path file;
        try (Stream<Path> files = Files.list(directory)) {
            file = files.filter(path -> path.toString().endsWith(".ndjson"))
                    .findFirst()
                    .orElseThrow();
        }
        assertThat(Path.of(file.toString().replace(".ndjson", ".manifest.json")))
                .exists();

        String target = TestDatabases.fresh("cli_target");
        Run restore = run(jar, directory, target, "restore", file.toString());
        assertThat(restore.exit()).as(restore.output()).isZero();
        assertThat(restore.output()).contains("restored events=").contains("projections_equal=true");

        // The restored registry started as the operator starts it: another process than the one that rebuilt its
        // read models. Its verify once found the history's target groups in another order (a set read from JSON
        // iterates differently in each JVM).
        RegistryProcess restored = new RegistryProcess("restored", jar, target, directory);
        restored.start(Duration.ofSeconds(90));
        try {
            Api.Response verify = Api.at(restored.base()).as("admin").post("/api/admin/projections/verify", Map.of());
            assertThat(verify.status()).as(verify.toString()).isEqualTo(200);
            assertThat(verify.json().get("equal").asBoolean())
                    .as(verify.toString())
                    .isTrue();
        } finally {
            restored.stop();
        }
    }

    private static Run run(Path jar, Path directory, String database, String... command)
            throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "-jar",
                jar.toString()));
        line.addAll(List.of(command));
        line.addAll(List.of(
                "--spring.datasource.url=" + database,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--registry.security.users[0].username=admin",
                "--registry.security.users[0].password-hash=" + new BCryptPasswordEncoder().encode("demo"),
                "--registry.security.users[0].role=ADMIN"));
        Path log = Files.createTempFile(directory, command[0] + "-", ".log");
        Process process = new ProcessBuilder(line)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        return new Run(process.exitValue(), Files.readString(log));
    }

    private record Run(int exit, String output) {}
}
