package dk.kk.registry.infra.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kk.registry.infra.support.MovableClock;
import dk.kk.registry.shared.operations.ProjectionStatusView;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The stall rule of the {@code eventProcessors} health: behind and not moving for longer than the limit is down. */
class ProcessorHealthTest {

    private static final Duration LIMIT = Duration.ofMinutes(2);

    private final MovableClock clock = new MovableClock(Instant.parse("2026-01-01T10:00:00Z"));
    private final ProcessorHealth health = new ProcessorHealth(LIMIT, clock);

    private static ProjectionStatusView status(long position, long head) {
        return new ProjectionStatusView("interventions", position, head, head - position, false, 0, true, false, 1);
    }

    @Test
    void behindWithoutMovingForLongerThanTheLimitIsDown() {
        assertThat(health.judge(status(10, 20)).up()).isTrue();
        clock.advance(LIMIT);
        assertThat(health.judge(status(10, 25)).up())
                .as("at the limit, not beyond")
                .isTrue();
        clock.advance(Duration.ofSeconds(1));

        ProcessorHealth.Verdict verdict = health.judge(status(10, 25));

        assertThat(verdict.up()).isFalse();
        assertThat(verdict.reason()).startsWith("stalled");
        assertThat(verdict.behindSince()).isEqualTo(Instant.parse("2026-01-01T10:00:00Z"));
    }

    @Test
    void movingRestartsTheClock() {
        health.judge(status(10, 100));
        clock.advance(LIMIT.plusSeconds(30));
        assertThat(health.judge(status(50, 100)).up()).isTrue();
        clock.advance(LIMIT.minusSeconds(1));
        assertThat(health.judge(status(50, 100)).up()).isTrue();
    }

    @Test
    void anIdleCaughtUpProcessorIsUpAndANewEventDoesNotMakeItStalled() {
        assertThat(health.judge(status(10, 10)).up()).isTrue();
        clock.advance(Duration.ofHours(3));
        assertThat(health.judge(status(10, 10)).up()).isTrue();

        assertThat(health.judge(status(10, 11)).up())
                .as("behind only since this look")
                .isTrue();
    }

    @Test
    void errorOrStoppedIsDown() {
        assertThat(health.judge(new ProjectionStatusView("areas", 5L, 5, 0L, false, 100, true, true, 1))
                        .up())
                .isFalse();
        assertThat(health.judge(new ProjectionStatusView("areas", 5L, 5, 0L, false, 100, false, false, 1))
                        .reason())
                .isEqualTo("not running");
    }
}
