package dk.kk.registry.infra.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kk.registry.infra.config.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * {@code kill -9} of the registry in the middle of a write load: the packaged jar in a process of its own on a
 * PostgreSQL it shares with nobody, killed and restarted on the same database while 16 writers keep sending (and
 * resending, with the same Idempotency-Key, what got no answer). Afterwards every acknowledged write is in the event log
 * and in the projections exactly once, and the projections equal a rebuild. {@code scripts/soak} runs the same with
 * two instances and a longer load.
 */
class CrashIT {

    @Test
    void nothingAcknowledgedIsLostOrDoubledWhenTheProcessIsKilled() throws Exception {
        Path jar = Path.of("target", "registry.jar");
        assertThat(jar).as("the packaged registry (mvn package)").exists();
        Soak.Settings settings =
                new Soak.Settings(1, 16, 4, Duration.ofSeconds(12), Duration.ofSeconds(6), Duration.ofSeconds(4));

        Soak.Outcome outcome = new Soak(
                        settings, jar, TestDatabases.fresh("crash"), Files.createTempDirectory("registry-crash-"))
                .run();

        assertThat(outcome.acknowledgedAfterRestart())
                .as("writes acknowledged after the restart")
                .isPositive();
        assertThat(outcome.acknowledged()).as(outcome.details()).isGreaterThan(outcome.acknowledgedAfterRestart());
        assertThat(outcome.serverErrors()).as("no 5xx").isZero();
        assertThat(outcome.lost()).as(outcome.line() + "\n" + outcome.details()).isZero();
        assertThat(outcome.duplicates())
                .as(outcome.line() + "\n" + outcome.details())
                .isZero();
        assertThat(outcome.found()).isEqualTo(outcome.acknowledged());
        assertThat(outcome.projectionsEqual())
                .as(outcome.line() + "\n" + outcome.details())
                .isTrue();
    }
}
