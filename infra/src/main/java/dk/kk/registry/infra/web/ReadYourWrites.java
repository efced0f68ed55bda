package dk.kk.registry.infra.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.GapAwareTrackingToken;
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
 * It reads the processors' tokens from the token table, so it holds whichever instance owns the segments.
 */
@Component
public class ReadYourWrites {

    private static final Logger log = LoggerFactory.getLogger(ReadYourWrites.class);

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final EventProcessingConfiguration processing;
    private final Duration timeout;
    private final Map<String, List<String>> handlersByPayloadType = new ConcurrentHashMap<>();

    ReadYourWrites(JdbcTemplate jdbc, Serializer serializer, EventProcessingConfiguration processing,
            @Value("${registry.read-your-writes.timeout:PT10S}") Duration timeout) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.processing = processing;
        this.timeout = timeout;
    }

    void await(String aggregateId, long sequenceNumber) {
        await(aggregateId, sequenceNumber, timeout);
    }

    /**
     * Waits with a timeout of its own: a bulk of measurements appends many events at once, and the processors need
     * longer than for one command's event to work through them.
     */
    public void await(String aggregateId, long sequenceNumber, Duration timeout) {
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT globalindex, payloadtype FROM domainevententry "
                + "WHERE aggregateidentifier = ? AND sequencenumber = ?", aggregateId, sequenceNumber);
        if (rows.isEmpty()) {
            return;
        }
        long position = ((Number) rows.get(0).get("globalindex")).longValue();
        List<String> processors = handlersByPayloadType.computeIfAbsent(
                (String) rows.get(0).get("payloadtype"), this::processorsHandling);
        long deadline = System.nanoTime() + timeout.toNanos();
        long pause = Duration.ofMillis(1).toNanos();
        // A long wait (a bulk) polls less often: each poll reads and deserialises the tokens, time the processors need.
        long longestPause = Math.max(Duration.ofMillis(4).toNanos(), timeout.toNanos() / 2_000);
        while (!allCover(processors, position)) {
            if (System.nanoTime() > deadline) {
                log.warn("read models behind after write aggregate={} position={} waitedMs={}", aggregateId,
                        position, timeout.toMillis());
                return;
            }
            LockSupport.parkNanos(pause);
            pause = Math.min(pause * 2, longestPause);
        }
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

    private boolean allCover(List<String> processors, long position) {
        for (String processor : processors) {
            List<TrackingToken> tokens = jdbc.query(
                    "SELECT token, tokentype FROM tokenentry WHERE processorname = ?",
                    (rs, n) -> rs.getBytes(1) == null ? null : (TrackingToken) serializer.deserialize(
                            new SimpleSerializedObject<>(rs.getBytes(1), byte[].class,
                                    new SimpleSerializedType(rs.getString(2), null))),
                    processor);
            if (tokens.isEmpty()) {
                return false;
            }
            for (TrackingToken token : tokens) {
                if (!covers(token, position)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean covers(TrackingToken token, long position) {
        TrackingToken lower = token == null ? null : WrappedToken.unwrapLowerBound(token);
        if (lower instanceof GapAwareTrackingToken gapAware) {
            return gapAware.getIndex() >= position && !gapAware.getGaps().contains(position);
        }
        return false;
    }
}
