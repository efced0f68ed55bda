package dk.kk.registry.infra.operations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The events a projection could not handle, parked per sequence (an aggregate) in Axon's JDBC dead-letter queue while
 * the processor goes on with the other sequences (ADR 0003). Listed from the table; retried and evicted through the
 * processor's own queue, so that Axon's claim on a sequence keeps two instances from retrying it at once.
 */
@Component
public class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private static final String COLUMNS = """
            SELECT deadletteridentifier, processinggroup, sequenceidentifier, sequenceindex, eventidentifier,
                   payloadtype, aggregateidentifier, sequencenumber, enqueuedat, lasttouched, causetype, causemessage
            FROM deadletterentry
            """;

    private final JdbcTemplate jdbc;
    private final EventProcessingConfiguration processing;

    DeadLetters(JdbcTemplate jdbc, EventProcessingConfiguration processing) {
        this.jdbc = jdbc;
        this.processing = processing;
    }

    /** One parked event as an administrator sees it. */
    public record Letter(
            String id,
            String processingGroup,
            String sequence,
            long sequenceIndex,
            String eventId,
            String eventType,
            String aggregateId,
            Long aggregateSequenceNumber,
            String enqueuedAt,
            String lastTouched,
            String causeType,
            String causeMessage) {}

    /** The outcome of a retry: whether the letter's sequence is handled now, and what is still parked of it. */
    public record Retry(String id, boolean resolved, long remainingInSequence, String causeType, String causeMessage) {}

    public List<Letter> list(String processingGroup, int page, int size) {
        return jdbc.query(
                COLUMNS + """
                WHERE (CAST(? AS text) IS NULL OR processinggroup = ?)
                ORDER BY processinggroup, sequenceidentifier, sequenceindex LIMIT ? OFFSET ?
                """, DeadLetters::letter, processingGroup, processingGroup, size, (long) page * size);
    }

    public long count(String processingGroup) {
        Long count = jdbc.queryForObject("""
                SELECT count(*) FROM deadletterentry WHERE (CAST(? AS text) IS NULL OR processinggroup = ?)
                """, Long.class, processingGroup, processingGroup);
        return count == null ? 0 : count;
    }

    public Optional<Letter> find(String id) {
        return jdbc.query(COLUMNS + "WHERE deadletteridentifier = ?", DeadLetters::letter, id).stream()
                .findFirst();
    }

    /**
     * Hands the letter's whole sequence back to its projection, from the sequence's first parked event: a sequence is
     * an aggregate's events in order, so a later one may not be handled before an earlier one. What fails again stays
     * parked with its new cause. Empty for an unknown id.
     */
    public Optional<Retry> retry(String id, String user) {
        return find(id).map(letter -> {
            var processor = processing
                    .sequencedDeadLetterProcessor(letter.processingGroup())
                    .orElseThrow();
            boolean processed;
            try {
                processed = processor.process(head -> head instanceof JdbcDeadLetter<?> jdbcLetter
                        && jdbcLetter.getSequenceIdentifier().equals(letter.sequence()));
            } catch (RuntimeException e) {
                // a failure outside the handler (at commit): the letter stays parked, and the answer says it
                log.warn(
                        "dead letter retry failed id={} processingGroup={} cause={}",
                        id,
                        letter.processingGroup(),
                        e.toString());
                processed = false;
            }
            long remaining = remaining(letter);
            Optional<Letter> still = find(id);
            log.info(
                    "dead letter retried id={} processingGroup={} event={} by={} resolved={}",
                    id,
                    letter.processingGroup(),
                    letter.eventId(),
                    user,
                    still.isEmpty());
            return new Retry(
                    id,
                    still.isEmpty() && processed,
                    remaining,
                    still.map(Letter::causeType).orElse(null),
                    still.map(Letter::causeMessage).orElse(null));
        });
    }

    /**
     * Removes the letter for good: its projection will never handle that event (until the projection is rebuilt).
     * For an event that can never be handled, after the decision is recorded with who and why in the log.
     */
    public Optional<Letter> evict(String id, String user, String reason) {
        return find(id).map(letter -> {
            SequencedDeadLetterQueue<EventMessage<?>> queue =
                    processing.deadLetterQueue(letter.processingGroup()).orElseThrow();
            for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
                for (DeadLetter<? extends EventMessage<?>> parked : sequence) {
                    if (parked instanceof JdbcDeadLetter<?> jdbcLetter
                            && jdbcLetter.getIdentifier().equals(id)) {
                        queue.evict(parked);
                        log.info(
                                "dead letter evicted id={} processingGroup={} event={} by={} reason={}",
                                id,
                                letter.processingGroup(),
                                letter.eventId(),
                                user,
                                reason);
                        return letter;
                    }
                }
            }
            return letter;
        });
    }

    private long remaining(Letter letter) {
        Long count = jdbc.queryForObject("""
                SELECT count(*) FROM deadletterentry WHERE processinggroup = ? AND sequenceidentifier = ?
                """, Long.class, letter.processingGroup(), letter.sequence());
        return count == null ? 0 : count;
    }

    private static Letter letter(ResultSet rs, int row) throws SQLException {
        long aggregateSequence = rs.getLong(8);
        Long sequenceNumber = rs.wasNull() ? null : aggregateSequence;
        return new Letter(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getLong(4),
                rs.getString(5),
                simpleName(rs.getString(6)),
                rs.getString(7),
                sequenceNumber,
                rs.getString(9),
                rs.getString(10),
                rs.getString(11),
                rs.getString(12));
    }

    private static String simpleName(String type) {
        return type == null ? null : type.substring(type.lastIndexOf('.') + 1);
    }
}
