package dk.kk.registry.infra.gateway;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A write answers only once every projection has processed its event, so a read that follows sees it. The wait is
 * bounded: past {@code registry.read-your-writes.timeout} the write still answers (it is recorded) and logs the lag.
 * Where this instance holds every segment of a processor, it asks the processor's status in memory; otherwise it reads
 * the processor's tokens from the token table, which holds whichever instance owns the segments. It looks again when
 * {@link ProcessorProgress} says a processor moved on, in this instance or another.
 */
@Component
public class ReadYourWrites {

    private static final Logger log = LoggerFactory.getLogger(ReadYourWrites.class);

    /** The whole hash space of a processor's segments, in units every segment's share divides exactly. */
    private static final long WHOLE = 1L << 32;

    /** How long a woken wait waits at most before it looks again, should a wake-up be lost. */
    /** How many of an aggregate's last events one command may have applied, at most. */
    private static final int EVENTS_PER_COMMAND = 16;

    private static final long WOKEN_PAUSE = Duration.ofMillis(100).toNanos();

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final EventProcessingConfiguration processing;
    private final Duration timeout;
    private final ProcessorProgress progress;
    private final Map<String, List<String>> handlersByPayloadType = new ConcurrentHashMap<>();

    ReadYourWrites(
            JdbcTemplate jdbc,
            Serializer serializer,
            EventProcessingConfiguration processing,
            ProcessorProgress progress,
            @Value("${registry.read-your-writes.timeout:PT10S}") Duration timeout) {
        this.jdbc = jdbc;
        this.progress = progress;
        this.serializer = serializer;
        this.processing = processing;
        this.timeout = timeout;
    }

    /** Waits for the events a command applied, the last of them at {@code sequenceNumber}. */
    void await(String aggregateId, long sequenceNumber) {
        await(aggregateId, sequenceNumber, timeout);
    }

    /** Waits for the events a creating command applied: all of the aggregate's events recorded so far. */
    void awaitCreated(String aggregateId) {
        Long last = jdbc.queryForObject(
                "SELECT max(sequencenumber) FROM domainevententry WHERE aggregateidentifier = ?",
                Long.class,
                aggregateId);
        if (last != null) {
            await(aggregateId, last, timeout);
        }
    }

    /**
     * Waits with a timeout of its own: a bulk of measurements appends many events at once, and the processors need
     * longer than for one command's event to work through them.
     *
     * <p>One command may apply several events (a registration naming its policy applies two), so it waits for the
     * last {@value #EVENTS_PER_COMMAND} events up to {@code sequenceNumber}: each processor until it has passed the
     * last of them it handles. Events of earlier commands among them are long processed and cost one look.
     */
    public void await(String aggregateId, long sequenceNumber, Duration timeout) {
        Map<String, Long> targets = new LinkedHashMap<>();
        jdbc.query(
                "SELECT globalindex, payloadtype FROM domainevententry "
                        + "WHERE aggregateidentifier = ? AND sequencenumber BETWEEN ? AND ?",
                rs -> {
                    long index = rs.getLong(1);
                    for (String processor :
                            handlersByPayloadType.computeIfAbsent(rs.getString(2), this::processorsHandling)) {
                        targets.merge(processor, index, Math::max);
                    }
                },
                aggregateId,
                Math.max(0, sequenceNumber - EVENTS_PER_COMMAND + 1),
                sequenceNumber);
        if (targets.isEmpty()) {
            return;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        // Woken when a processor moves on (ProcessorProgress); the pause only bounds a wait whose wake-up was lost.
        // Without the notifications it polls: asking this instance's processors costs nothing; asking the token
        // table reads and deserialises every token, time the processors need, so a long wait (a bulk) asks less often.
        long pause = 250_000L;
        long longestLocalPause = Duration.ofMillis(2).toNanos();
        long longestPause = Math.max(Duration.ofMillis(4).toNanos(), timeout.toNanos() / 2_000);
        long seen = progress.epoch();
        Behind behind = new Behind(List.copyOf(targets.keySet()), false);
        while (!(behind = behind(behind.processors(), targets)).processors().isEmpty()) {
            if (System.nanoTime() > deadline) {
                log.warn(
                        "read models behind after write aggregate={} sequence={} waitedMs={} processors={}",
                        aggregateId,
                        sequenceNumber,
                        timeout.toMillis(),
                        behind.processors());
                return;
            }
            boolean woken = progress.isListening();
            try {
                progress.awaitAfter(seen, woken ? WOKEN_PAUSE : pause);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
            seen = progress.epoch();
            pause = Math.min(pause * 2, behind.askedTokenTable() ? longestPause : longestLocalPause);
        }
    }

    /** The processors still behind a position, and whether the token table had to be asked about any of them. */
    private record Behind(List<String> processors, boolean askedTokenTable) {}

    /** The processors that have not yet processed their position: this instance's answer where it holds every segment. */
    private Behind behind(List<String> processors, Map<String, Long> targets) {
        List<String> behind = new ArrayList<>();
        boolean askedTokenTable = false;
        for (String processor : processors) {
            long position = targets.get(processor);
            Boolean covered = coveredHere(processor, position);
            askedTokenTable |= covered == null;
            if (covered == null ? !coveredInTokenStore(processor, position) : !covered) {
                behind.add(processor);
            }
        }
        return new Behind(behind, askedTokenTable);
    }

    /**
     * Whether the processor has processed the position, from the status of its segments in this instance; null when
     * this instance does not hold every segment (another instance does, or none yet), so the token table must say.
     * A tracking processor advances a segment's status only after the batch's transaction committed.
     */
    private Boolean coveredHere(String processor, long position) {
        Map<Integer, EventTrackerStatus> status = localStatus(processor);
        if (status == null) {
            return null;
        }
        for (EventTrackerStatus segment : status.values()) {
            if (!covers(segment.getTrackingToken(), position)) {
                return false;
            }
        }
        return true;
    }

    private Map<Integer, EventTrackerStatus> localStatus(String processor) {
        Optional<StreamingEventProcessor> streaming =
                processing.eventProcessor(processor, StreamingEventProcessor.class);
        if (streaming.isEmpty() || !streaming.get().isRunning()) {
            return null;
        }
        Map<Integer, EventTrackerStatus> status = streaming.get().processingStatus();
        long held = 0;
        for (EventTrackerStatus segment : status.values()) {
            if (segment.isErrorState()) {
                return null;
            }
            // Segments split the hash space in powers of two: a segment with mask m covers 1/(m+1) of it.
            held += WHOLE / (segment.getSegment().getMask() + 1L);
        }
        return held == WHOLE ? status : null;
    }

    /**
     * Only the processors with a handler for the event: a pooled processor moves its token past events it ignores
     * only when it next extends its claim, seconds later.
     */
    private List<String> processorsHandling(String payloadType) {
        Class<?> type;
        try {
            type = Class.forName(payloadType);
        } catch (ClassNotFoundException e) {
            return List.of();
        }
        return processing.eventProcessors().values().stream()
                .filter(processor -> processor instanceof AbstractEventProcessor abstractProcessor
                        && abstractProcessor.eventHandlerInvoker().canHandleType(type))
                .map(EventProcessor::getName)
                .toList();
    }

    private boolean coveredInTokenStore(String processor, long position) {
        List<TrackingToken> tokens = jdbc.query(
                "SELECT token, tokentype FROM tokenentry WHERE processorname = ?",
                (rs, n) -> rs.getBytes(1) == null
                        ? null
                        : (TrackingToken) serializer.deserialize(new SimpleSerializedObject<>(
                                rs.getBytes(1), byte[].class, new SimpleSerializedType(rs.getString(2), null))),
                processor);
        return !tokens.isEmpty() && tokens.stream().allMatch(token -> covers(token, position));
    }

    private static boolean covers(TrackingToken token, long position) {
        TrackingToken lower = token == null ? null : WrappedToken.unwrapLowerBound(token);
        if (lower instanceof GapAwareTrackingToken gapAware) {
            return gapAware.getIndex() >= position && !gapAware.getGaps().contains(position);
        }
        return false;
    }
}
