package dk.kk.registry.infra.operations;

import dk.kk.registry.shared.operations.ProjectionStatusView;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The projections' event processors as an operator sees them: how far each has come, and a rebuild from the start. */
@Component
public class Projections {

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;

    Projections(EventProcessingConfiguration processing, JdbcTemplate jdbc) {
        this.processing = processing;
        this.jdbc = jdbc;
    }

    public List<ProjectionStatusView> statuses() {
        long head = head();
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .map(processor -> status(processor, head))
                .sorted(Comparator.comparing(ProjectionStatusView::name))
                .toList();
    }

    public Optional<ProjectionStatusView> status(String name) {
        return processor(name).map(processor -> status(processor, head()));
    }

    /**
     * Empties the projection's tables (its reset handler) and replays every event into them in place: until it has
     * caught up, reads of this projection answer from the partly rebuilt tables.
     */
    public Optional<ProjectionStatusView> rebuild(String name) {
        return processor(name).map(processor -> {
            processor.shutDown();
            try {
                processor.resetTokens();
            } finally {
                // Started again even if the reset is refused, so that a failed rebuild never leaves a projection stopped.
                processor.start();
            }
            return status(processor, head());
        });
    }

    private Optional<StreamingEventProcessor> processor(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class);
    }

    private long head() {
        Long head = jdbc.queryForObject("SELECT max(globalindex) FROM domainevententry", Long.class);
        return head == null ? -1 : head;
    }

    static ProjectionStatusView status(StreamingEventProcessor processor, long head) {
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        Long position = segments.isEmpty() ? null : segments.stream()
                .mapToLong(segment -> segment.getCurrentPosition().orElse(-1))
                .min().orElse(-1);
        Long lag = position == null ? null : Math.max(0, head - position);
        boolean replaying = segments.stream().anyMatch(EventTrackerStatus::isReplaying);
        boolean error = segments.stream().anyMatch(EventTrackerStatus::isErrorState);
        return new ProjectionStatusView(processor.getName(), position, head, lag, replaying,
                progress(segments, position, head, replaying), processor.isRunning(), error || processor.isError(),
                segments.size());
    }

    /**
     * While replaying, how much of the way to the position at which the reset happened the slowest segment has come;
     * otherwise how much of the way to the head. Positions are absent on segments not yet started and the reset
     * position may be 0 on an empty store: every missing or degenerate figure counts as no progress, never a division
     * by zero, and the result stays within 0–100.
     */
    static int progress(Collection<EventTrackerStatus> segments, Long position, long head, boolean replaying) {
        if (position == null) {
            return 0;
        }
        if (replaying) {
            double least = 100;
            for (EventTrackerStatus segment : segments) {
                OptionalLong reset = segment.getResetPosition();
                OptionalLong current = segment.getCurrentPosition();
                if (!segment.isReplaying()) {
                    continue;
                }
                if (reset.isEmpty() || current.isEmpty()) {
                    return 0;
                }
                if (reset.getAsLong() > 0) {
                    least = Math.min(least, 100.0 * current.getAsLong() / reset.getAsLong());
                }
            }
            return clamp(least);
        }
        if (position >= head) {
            return 100;
        }
        return head <= 0 ? 0 : clamp(100.0 * Math.max(0, position) / head);
    }

    private static int clamp(double percent) {
        return (int) Math.max(0, Math.min(100, Math.floor(percent)));
    }
}
