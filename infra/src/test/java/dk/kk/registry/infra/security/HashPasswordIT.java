package dk.kk.registry.infra.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * {@code java -jar registry.jar hash-password} as a newcomer's script runs it: the packaged jar, the password piped
 * in (no terminal, so no prompt), the hash on standard output, and no registry started (no database, no port).
 */
class HashPasswordIT {

    @Test
    void thePackagedJarPrintsABcryptHashOfThePipedPassword() throws IOException, InterruptedException {
        Path jar = Path.of("target", "registry.jar");
        assertThat(Files.isRegularFile(jar))
                .as(jar + " (built by the package phase)")
                .isTrue();
        ProcessBuilder command = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString(),
                "hash-password");
        // Should a registry start instead, its embedded PostgreSQL must leave nothing behind.
        command.environment().put("REGISTRY_EMBEDDED_EPHEMERAL", "true");
        Process process = command.start();
        String out;
        String err;
        try {
            try (OutputStream stdin = process.getOutputStream()) {
                stdin.write("hemmelig-og-lang\n".getBytes(StandardCharsets.UTF_8));
            }
            assertThat(process.waitFor(60, TimeUnit.SECONDS))
                    .as("hash-password ends")
                    .isTrue();
            out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            // Politely, so that a registry started by mistake stops its embedded PostgreSQL with it.
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }

        assertThat(process.exitValue()).as(err).isZero();
        assertThat(out).as("standard output holds the hash alone").matches("\\$2[aby]\\$\\d{2}\\$[./A-Za-z0-9]{53}");
        assertThat(new BCryptPasswordEncoder().matches("hemmelig-og-lang", out)).isTrue();
        assertThat(err).as("no registry starts").doesNotContain("Tomcat");
    }
}
