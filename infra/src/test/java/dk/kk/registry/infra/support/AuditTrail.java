package dk.kk.registry.infra.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** What the audit tests do to the event log: wait for the chain, alter an event as its owner would, check an export. */
public final class AuditTrail {

    private AuditTrail() {}

    /** What {@code scripts/verify-export.py} printed and its exit status. */
    public record Script(int exit, String output) {}

    /** The chain processor links events after their writes answer; a test waits until it has linked them all. */
    public static void awaitChain(JdbcTemplate jdbc) {
        Eventually.within(
                Duration.ofSeconds(60),
                "the chain to link every event",
                () -> jdbc.queryForObject("""
                SELECT count(*) FROM domainevententry e
                WHERE NOT EXISTS (SELECT 1 FROM event_chain c WHERE c.global_index = e.globalindex)""", Long.class) == 0);
    }

    /** Replaces a stored payload as the database owner would: with the append-only trigger off for one transaction. */
    public static void tamper(
            PlatformTransactionManager transactions, JdbcTemplate jdbc, long position, byte[] payload) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.execute("ALTER TABLE domainevententry DISABLE TRIGGER domainevententry_append_only");
            jdbc.update("UPDATE domainevententry SET payload = ? WHERE globalindex = ?", payload, position);
            jdbc.execute("ALTER TABLE domainevententry ENABLE TRIGGER domainevententry_append_only");
        });
    }

    /** Runs scripts/verify-export.py on a fresh export; null when there is no python3 to run it with. */
    /** Whether the auditor's verification of the hash chain answers that it is intact. */
    public static boolean intact(Api api) {
        return api.as("auditor").get("/api/audit/verify").json().get("intact").asBoolean();
    }

    public static Script verifyExport(Api api) throws IOException, InterruptedException {
        // From the infra module (the tests) or from the project's root (scripts/soak).
        Path script =
                Path.of("..", "scripts", "verify-export.py").toAbsolutePath().normalize();
        if (!Files.exists(script)) {
            script = Path.of("scripts", "verify-export.py").toAbsolutePath().normalize();
        }
        assertThat(script).exists();
        Path export = Files.createTempFile("audit-export", ".ndjson");
        try {
            Files.write(export, api.as("auditor").get("/api/audit/export").body());
            Process process;
            try {
                process = new ProcessBuilder("python3", script.toString(), export.toString())
                        .redirectErrorStream(true)
                        .start();
            } catch (IOException e) {
                return null;
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            return new Script(process.exitValue(), output);
        } finally {
            Files.deleteIfExists(export);
        }
    }
}
