package dk.kk.registry.infra.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kk.registry.infra.support.MovableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final LoginThrottle throttle =
            new LoginThrottle(new LoginThrottle.Settings(3, 10, Duration.ofSeconds(1), Duration.ofMinutes(1)), clock);

    @Test
    void aFewFailuresPassAndTheNextOneLocksTheUsername() {
        fail("pm.tmf", 2);
        assertThat(throttle.refusal("pm.tmf", "10.0.0.1")).isEmpty();

        fail("pm.tmf", 1);

        assertThat(throttle.refusal("pm.tmf", "10.0.0.2")).contains(Duration.ofSeconds(1));
        assertThat(throttle.refusal("PM.TMF", "10.0.0.2"))
                .as("usernames ignore case")
                .isPresent();
        assertThat(throttle.refusal("pm.sof", "10.0.0.2"))
                .as("other users are not locked")
                .isEmpty();
    }

    @Test
    void theLockDoublesWithEveryFurtherFailureUpToTheCeiling() {
        fail("pm.tmf", 3);
        assertThat(throttle.refusal("pm.tmf", null)).contains(Duration.ofSeconds(1));
        fail("pm.tmf", 1);
        assertThat(throttle.refusal("pm.tmf", null)).contains(Duration.ofSeconds(2));
        fail("pm.tmf", 1);
        assertThat(throttle.refusal("pm.tmf", null)).contains(Duration.ofSeconds(4));
        fail("pm.tmf", 20);
        assertThat(throttle.refusal("pm.tmf", null)).contains(Duration.ofMinutes(1));
    }

    @Test
    void theLockEndsAfterItsInterval() {
        fail("pm.tmf", 4);
        clock.advance(Duration.ofMillis(1500));
        assertThat(throttle.refusal("pm.tmf", null)).contains(Duration.ofMillis(500));
        clock.advance(Duration.ofMillis(500));
        assertThat(throttle.refusal("pm.tmf", null)).isEmpty();
    }

    @Test
    void aSuccessClearsTheUsername() {
        fail("pm.tmf", 3);
        throttle.succeeded("pm.tmf");
        assertThat(throttle.refusal("pm.tmf", null)).isEmpty();
        fail("pm.tmf", 2);
        assertThat(throttle.refusal("pm.tmf", null))
                .as("the count starts again")
                .isEmpty();
    }

    @Test
    void oldFailuresAreForgotten() {
        fail("pm.tmf", 2);
        clock.advance(Duration.ofMinutes(2));
        fail("pm.tmf", 1);
        assertThat(throttle.refusal("pm.tmf", null)).isEmpty();
    }

    @Test
    void manyFailuresFromOneClientLockThatClientForEveryUsername() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("guess-" + i, "10.0.0.9");
        }
        assertThat(throttle.refusal("pm.tmf", "10.0.0.9")).isPresent();
        assertThat(throttle.refusal("pm.tmf", "10.0.0.1")).isEmpty();
    }

    private void fail(String user, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(user, "10.0.0.1");
        }
    }
}
