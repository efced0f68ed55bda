package dk.kk.registry.infra.support;

import java.time.Duration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.jdbc.core.JdbcTemplate;

/** Rebuilds a projection from the first event, as a test would, and waits until it has caught up again. */
public final class Rebuilds {

    private Rebuilds() {}

    /** Answers whether the processor caught up with the head of the event store within a minute. */
    public static boolean rebuild(EventProcessingConfiguration processing, String group, JdbcTemplate jdbc) {
        StreamingEventProcessor processor = processing
                .eventProcessor(group, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalArgumentException("no streaming processor " + group));
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        Long head = jdbc.queryForObject("SELECT max(globalindex) FROM domainevententry", Long.class);
        try {
            Eventually.within(
                    Duration.ofSeconds(60), group + " caught up", () -> caughtUp(processor, head == null ? 0 : head));
            return true;
        } catch (AssertionError notCaughtUp) {
            return false;
        }
    }

    /** Position, not the replay flag: Axon ends a replay only when an event beyond the reset point arrives. */
    private static boolean caughtUp(StreamingEventProcessor processor, long head) {
        var status = processor.processingStatus().values();
        return !status.isEmpty()
                && status.stream()
                        .allMatch(segment -> segment.getCurrentPosition().orElse(-1) >= head);
    }
}
