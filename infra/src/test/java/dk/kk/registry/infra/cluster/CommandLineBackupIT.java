package dk.kk.registry.infra.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kk.registry.infra.config.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The backup and the restore as an operator types them: {@code java -jar registry.jar backup DIR} against a database,
 * then {@code java -jar registry.jar restore FILE} into another, empty one. Both run without a web server; a page
 * that needed the servlet container once made both fail at start, which no in-process test could see.
 * {@code REGISTRY_JAR} names another jar to try.
 */
class CommandLineBackupIT {

    @Test
    void aBackupTakenOnTheCommandLineRestoresOnTheCommandLine() throws Exception {
        Path jar = Path.of(System.getenv().getOrDefault("REGISTRY_JAR", "target/registry.jar"))
                .toAbsolutePath();
        assertThat(jar).as("the packaged registry (mvn package)").exists();
        Path directory = Files.createTempDirectory("registry-cli-backup-");

        Run backup = run(jar, directory, TestDatabases.fresh("cli_source"), "backup", directory.toString());
        assertThat(backup.exit()).as(backup.output()).isZero();
        Path file;
        try (Stream<Path> files = Files.list(directory)) {
            file = files.filter(path -> path.toString().endsWith(".ndjson"))
                    .findFirst()
                    .orElseThrow();
        }
        assertThat(Path.of(file.toString().replace(".ndjson", ".manifest.json")))
                .exists();

        Run restore = run(jar, directory, TestDatabases.fresh("cli_target"), "restore", file.toString());
        assertThat(restore.exit()).as(restore.output()).isZero();
        assertThat(restore.output()).contains("restored events=").contains("projections_equal=true");
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
