package dk.kk.registry.infra.operations;

import dk.kk.registry.shared.operations.ProjectionStatusView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Judges whether an event processor is healthy from successive looks at its status. A processor is down when it is
 * in error or not running, or when it is stalled: behind the head while its position has stayed put for longer than
 * the limit. The stall clock starts at the first look that sees it behind at a given position, not at the last time
 * it moved, so that an idle processor that was caught up is not called stalled the moment a new event arrives: a
 * stall is reported only after two looks at least the limit apart (the health endpoint is polled often enough).
 */
public final class ProcessorHealth {

    /** The verdict on one processor; {@code behindSince} is when it was first seen behind at its current position. */
    public record Verdict(boolean up, String reason, Instant behindSince) {}

    private record Behind(Long position, Instant since) {}

    private final Duration stallLimit;
    private final Clock clock;
    private final Map<String, Behind> behind = new ConcurrentHashMap<>();

    public ProcessorHealth(Duration stallLimit, Clock clock) {
        this.stallLimit = stallLimit;
        this.clock = clock;
    }

    public Verdict judge(ProjectionStatusView status) {
        Instant now = clock.instant();
        Behind seen = observe(status, now);
        if (status.error()) {
            return new Verdict(false, "in error", since(seen));
        }
        if (!status.running()) {
            return new Verdict(false, "not running", since(seen));
        }
        if (seen != null && Duration.between(seen.since(), now).compareTo(stallLimit) > 0) {
            return new Verdict(
                    false,
                    "stalled: position " + seen.position() + " unchanged for longer than " + stallLimit + " while "
                            + status.lag() + " events behind",
                    seen.since());
        }
        return new Verdict(true, seen == null ? "caught up" : "catching up", since(seen));
    }

    /** Forgets the position when the processor has caught up; restarts the clock whenever the position moves. */
    private Behind observe(ProjectionStatusView status, Instant now) {
        if (status.lag() == null || status.lag() == 0) {
            behind.remove(status.name());
            // An unclaimed processor (no position) that is running is treated as caught up: another instance has it.
            return null;
        }
        return behind.compute(
                status.name(),
                (name, before) -> before != null && before.position().equals(status.position())
                        ? before
                        : new Behind(status.position(), now));
    }

    private static Instant since(Behind seen) {
        return seen == null ? null : seen.since();
    }
}
