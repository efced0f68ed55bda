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
    private final ProjectionRebuilder rebuilder;

    Projections(EventProcessingConfiguration processing, JdbcTemplate jdbc, ProjectionRebuilder rebuilder) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.rebuilder = rebuilder;
    }

    public List<ProjectionStatusView> statuses() {
        long head = head();
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .map(processor -> withRebuild(status(processor, head)))
                .sorted(Comparator.comparing(ProjectionStatusView::name))
                .toList();
    }

    public Optional<ProjectionStatusView> status(String name) {
        return processor(name).map(processor -> withRebuild(status(processor, head())));
    }

    /**
     * Starts a blue/green rebuild ({@link ProjectionRebuilder}): the live tables keep answering until the rebuilt copy
     * replaces them. Answers empty for an unknown name; refuses a processor that is not a projection (the hash chain).
     */
    public Optional<ProjectionStatusView> rebuild(String name) {
        return processor(name).map(processor -> {
            rebuilder.start(name, processor);
            return withRebuild(status(processor, head()));
        });
    }

    /** While a blue/green rebuild runs, the projection shows as replaying with the rebuild's progress. */
    private ProjectionStatusView withRebuild(ProjectionStatusView status) {
        var progress = rebuilder.progress(status.name());
        if (progress.isEmpty()) {
            return status;
        }
        return new ProjectionStatusView(
                status.name(),
                status.position(),
                status.head(),
                status.lag(),
                true,
                progress.getAsInt(),
                status.running(),
                status.error(),
                status.segments());
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
        Long position = segments.isEmpty()
                ? null
                : segments.stream()
                        .mapToLong(segment -> segment.getCurrentPosition().orElse(-1))
                        .min()
                        .orElse(-1);
        Long lag = position == null ? null : Math.max(0, head - position);
        boolean replaying = segments.stream().anyMatch(EventTrackerStatus::isReplaying);
        boolean error = segments.stream().anyMatch(EventTrackerStatus::isErrorState);
        return new ProjectionStatusView(
                processor.getName(),
                position,
                head,
                lag,
                replaying,
                progress(segments, position, head, replaying),
                processor.isRunning(),
                error || processor.isError(),
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
