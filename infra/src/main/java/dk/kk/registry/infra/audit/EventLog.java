package dk.kk.registry.infra.audit;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kk.registry.infra.eventstore.SettledHead;
import dk.kk.registry.shared.common.AuditMetadata;
import dk.kk.registry.shared.common.Citation;
import dk.kk.registry.shared.source.CitationView;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongPredicate;
import javax.sql.DataSource;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The event log read straight from Axon's event table: it is the log, so no projection stands between an auditor and
 * what was recorded. Pages for browsing; a cursor for the export and the verification, which hold one row at a time.
 */
@Component
public class EventLog {

    static final String STORED_COLUMNS = """
            SELECT e.globalindex, e.eventidentifier, e.payloadtype, e.payloadrevision, e.aggregateidentifier,
                   e.sequencenumber, e.timestamp, e.payload, e.metadata, e.type""";

    private static final int FETCH_SIZE = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonFactory LINES = new JsonFactory();

    private final JdbcTemplate jdbc;
    private final JdbcTemplate cursor;
    private final TransactionTemplate snapshot;
    private final Serializer serializer;
    private final SettledHead settledHead;

    EventLog(
            JdbcTemplate jdbc,
            DataSource dataSource,
            PlatformTransactionManager transactions,
            Serializer serializer,
            SettledHead settledHead) {
        this.jdbc = jdbc;
        this.settledHead = settledHead;
        this.serializer = serializer;
        this.cursor = new JdbcTemplate(dataSource);
        this.cursor.setFetchSize(FETCH_SIZE);
        this.snapshot = new TransactionTemplate(transactions);
        // A cursor needs a transaction; repeatable read lets the verification's two queries see the same log.
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    static HashChain.StoredEvent stored(ResultSet rs) throws SQLException {
        return new HashChain.StoredEvent(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getLong(6),
                rs.getString(7),
                rs.getBytes(8),
                rs.getBytes(9));
    }

    public AuditEventPage page(AuditFilter filter, int page, int size) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, args);
        Long total = jdbc.queryForObject("SELECT count(*) FROM domainevententry e" + where, Long.class, args.toArray());
        args.add(size);
        args.add((long) page * size);
        List<AuditEventView> items = jdbc.query(
                STORED_COLUMNS + " FROM domainevententry e" + where + " ORDER BY e.globalindex LIMIT ? OFFSET ?",
                (rs, n) -> {
                    HashChain.StoredEvent event = stored(rs);
                    return view(event, rs.getString(10), canonicalOrRaw(event.payload()));
                },
                args.toArray());
        return new AuditEventPage(items, page, size, total == null ? 0 : total);
    }

    /** The events with the identifiers given, in global order. */
    public List<AuditEventView> byEventIds(Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query(
                STORED_COLUMNS + " FROM domainevententry e WHERE e.eventidentifier = ANY (?)"
                        + " ORDER BY e.globalindex",
                (rs, n) -> {
                    HashChain.StoredEvent event = stored(rs);
                    return view(event, rs.getString(10), canonicalOrRaw(event.payload()));
                },
                (Object) eventIds.toArray(String[]::new));
    }

    /** The instant the first event was recorded: where "as of" begins to show anything. */
    public Optional<Instant> firstRecordedAt() {
        return jdbc
                .query(
                        "SELECT timestamp FROM domainevententry ORDER BY globalindex LIMIT 1",
                        (rs, n) -> Instant.parse(rs.getString(1)))
                .stream()
                .findFirst();
    }

    /** The newest events of the kinds given (payload types' simple names) recorded before {@code until}, newest first. */
    public List<AuditEventView> latest(Collection<String> types, Instant until, int limit) {
        List<Object> args = new ArrayList<>();
        args.add(EventTypes.named(types));
        String before = "";
        if (until != null) {
            before = " AND e.timestamp::timestamptz < ?";
            args.add(Timestamp.from(until));
        }
        args.add(limit);
        return jdbc.query(
                STORED_COLUMNS + " FROM domainevententry e"
                        + " WHERE e.payloadtype = ANY (?)" + before
                        + " ORDER BY e.globalindex DESC LIMIT ?",
                (rs, n) -> {
                    HashChain.StoredEvent event = stored(rs);
                    return view(event, rs.getString(10), canonicalOrRaw(event.payload()));
                },
                args.toArray());
    }

    /** How many events stand before the position given: where it falls in the log's pages. */
    public long countBefore(long position) {
        Long before = jdbc.queryForObject(
                "SELECT count(*) FROM domainevententry WHERE globalindex < ?", Long.class, position);
        return before == null ? 0 : before;
    }

    private static String where(AuditFilter filter, List<Object> args) {
        List<String> conditions = new ArrayList<>();
        // The timestamp column is ISO-8601 text; compared as an instant so that its formatting does not matter.
        if (filter.from() != null) {
            conditions.add("e.timestamp::timestamptz >= ?");
            args.add(Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            conditions.add("e.timestamp::timestamptz < ?");
            args.add(Timestamp.from(filter.to()));
        }
        if (filter.aggregateId() != null) {
            conditions.add("e.aggregateidentifier = ?");
            args.add(filter.aggregateId());
        }
        if (filter.user() != null) {
            // Read safely (V52): a row an older version stored with text jsonb refuses must not fail the filter.
            // The user's name, as bytes, is in the metadata of each of its events, which a scan finds many times
            // faster than it reads each row's JSON; only a name JSON would write escaped has to go without.
            if (filter.user().chars().allMatch(c -> c >= 0x20 && c != '"' && c != '\\')) {
                conditions.add("position(convert_to(?, 'UTF8') in e.metadata) > 0");
                args.add(filter.user());
            }
            conditions.add("registry_jsonb(e.metadata) ->> 'user' = ?");
            args.add(filter.user());
        }
        if (filter.type() != null) {
            // The stored types of that simple name (EventTypes), so that the index on payloadtype answers.
            conditions.add("e.payloadtype = ANY (?)");
            args.add(EventTypes.named(List.of(filter.type())));
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /**
     * Writes the whole log as NDJSON, one event per line with its chain hash, holding one row at a time. An event the
     * chain processor has linked carries its stored link ({@code "linked": true}); one it has not reached yet (the
     * newest events, or all of them while the processor catches up after a bulk append) carries the link the export
     * computes from the previous line's hash by the same definition ({@code "linked": false}), so that the export is
     * whole and checkable at once, and a later export must pass through the same hashes once they are stored.
     */
    public Exported export(OutputStream out) {
        return export(out, null);
    }

    /**
     * The export a backup takes: every event up to the {@link SettledHead settled head}, read in a snapshot taken after
     * it. A snapshot alone can lack an event below its last one whose writer committed later; restored, such a backup
     * would miss an event the source has before the backup's head.
     */
    public Exported exportSettled(OutputStream out) {
        return export(out, settledHead.position());
    }

    private Exported export(OutputStream out, Long upTo) {
        return snapshot.execute(status -> {
            allowSlowReaders();
            try (JsonGenerator lines = LINES.createGenerator(out, JsonEncoding.UTF8)) {
                // One generator for the whole export: it buffers a few kilobytes and writes them to the response in
                // one piece, instead of a small write per field. Lines are separated by the newline written after
                // each, not by the generator's default space between root values.
                lines.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                lines.setRootValueSeparator(null);
                Exporter exporter = new Exporter(lines, awaitedByTheChain());
                cursor.query(
                        STORED_COLUMNS + ", c.hash FROM domainevententry e "
                                + "LEFT JOIN event_chain c ON c.global_index = e.globalindex "
                                + (upTo == null ? "" : "WHERE e.globalindex <= " + upTo + " ")
                                + "ORDER BY e.globalindex",
                        (RowCallbackHandler) rs -> exporter.next(stored(rs), rs.getString(10), rs.getString(11)));
                lines.flush();
                return exporter.exported();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * What an export wrote: how many events, and its last line's position, recording time and hash (null when the
     * log is empty), all from the one snapshot the export read.
     */
    public record Exported(long events, Long lastPosition, String lastRecordedAt, String chainHead) {}

    /** Writes the lines, keeping the previous line's hash to link the events the chain has not reached. */
    private static final class Exporter {
        private final JsonGenerator out;
        private final LongPredicate awaited;
        /** {@code null} once an event could not be linked: no later link can be computed either. */
        private String previous = HashChain.GENESIS;
        /**
         * Set at a late event the processor has not linked yet: it will relink every event after it, so the stored
         * links from there on are about to be replaced, and the export computes the ones that replace them.
         */
        private boolean relinking;

        private long events;
        private HashChain.StoredEvent last;

        Exporter(JsonGenerator out, LongPredicate awaited) {
            this.out = out;
            this.awaited = awaited;
        }

        void next(HashChain.StoredEvent event, String aggregateType, String storedHash) {
            String payload;
            String metadata;
            boolean json = true;
            try {
                payload = HashChain.canonical(event.payload());
            } catch (HashChain.NotJson e) {
                payload = canonicalOrRaw(event.payload());
                json = false;
            }
            try {
                metadata = HashChain.canonical(event.metadata());
            } catch (HashChain.NotJson e) {
                metadata = canonicalOrRaw(event.metadata());
                json = false;
            }
            if (storedHash == null && awaited.test(event.position())) {
                relinking = true;
            }
            boolean linked = storedHash != null && !relinking;
            String hash = linked ? storedHash : null;
            if (hash == null && previous != null && json) {
                hash = HashChain.link(previous, event, payload, metadata);
            }
            previous = hash;
            writeLine(out, event, aggregateType, payload, metadata, hash, linked);
            events++;
            last = event;
        }

        Exported exported() {
            return last == null
                    ? new Exported(0, null, null, null)
                    : new Exported(events, last.position(), last.timestamp(), previous);
        }
    }

    /** Recomputes the chain from the events and compares it with the stored links, one row at a time. */
    public ChainVerification verify() {
        return snapshot.execute(status -> {
            allowSlowReaders();
            Verifier verifier = new Verifier(awaitedByTheChain());
            cursor.query(
                    STORED_COLUMNS + ", c.hash, c.previous_hash FROM domainevententry e "
                            + "LEFT JOIN event_chain c ON c.global_index = e.globalindex ORDER BY e.globalindex",
                    (RowCallbackHandler) rs -> verifier.next(stored(rs), rs.getString(11), rs.getString(12)));
            // A link whose event is gone: an event was removed from the log.
            Long orphan = jdbc.queryForObject("""
                    SELECT min(c.global_index) FROM event_chain c
                    WHERE NOT EXISTS (SELECT 1 FROM domainevententry e WHERE e.globalindex = c.global_index)""", Long.class);
            return verifier.result(orphan);
        });
    }

    /**
     * The positions the chain processor has not been handed yet, read from its token in the verification's snapshot
     * (the processor stores its links and its token in one transaction, so the two agree): the gaps it still waits for
     * below its position, and everything above. An unlinked event there is pending; anywhere else it was written
     * behind the chain's back.
     */
    private LongPredicate awaitedByTheChain() {
        List<TrackingToken> tokens = jdbc.query(
                "SELECT token, tokentype FROM tokenentry WHERE processorname = ? AND token IS NOT NULL",
                (rs, n) -> serializer.deserialize(
                        new SimpleSerializedObject<>(rs.getBytes(1), byte[].class, rs.getString(2), null)),
                EventChainProcessor.GROUP);
        if (tokens.isEmpty()) {
            return position -> true;
        }
        TrackingToken current = WrappedToken.unwrapLowerBound(tokens.get(0));
        if (current instanceof GapAwareTrackingToken token) {
            Set<Long> gaps = token.getGaps();
            return position -> position > token.getIndex() || gaps.contains(position);
        }
        long reached = current == null ? -1 : current.position().orElse(-1);
        return position -> position > reached;
    }

    /**
     * The embedded server ends sessions idle in a transaction after a minute (ADR 0003), meant for writers; a reader
     * that waits on a slow client between fetches holds no sequence value and may wait longer.
     */
    private void allowSlowReaders() {
        jdbc.execute("SET LOCAL idle_in_transaction_session_timeout = '15min'");
    }

    private static final class Verifier {
        private final LongPredicate awaited;
        private String previous = HashChain.GENESIS;
        private long checked;
        private long pending;
        private Long firstBroken;

        Verifier(LongPredicate awaited) {
            this.awaited = awaited;
        }

        void next(HashChain.StoredEvent event, String storedHash, String storedPrevious) {
            checked++;
            if (storedHash == null) {
                if (awaited.test(event.position())) {
                    // Not linked yet: the newest events, or one that committed late, for which the processor will
                    // redo the links after it. The stored chain passes over it until then, and so does this check.
                    pending++;
                } else {
                    // The processor has passed its position without it: written behind the chain's back, or
                    // committed after the gap timeout, which is as bad (ADR 0009).
                    broken(event.position());
                }
                return;
            }
            String computed;
            try {
                computed = HashChain.link(previous, event);
            } catch (HashChain.NotJson e) {
                computed = null;
            }
            if (computed == null || !computed.equals(storedHash) || !previous.equals(storedPrevious)) {
                broken(event.position());
            }
            previous = computed == null ? "" : computed;
        }

        private void broken(long position) {
            if (firstBroken == null) {
                firstBroken = position;
            }
        }

        ChainVerification result(Long orphan) {
            Long first = firstBroken;
            if (orphan != null && (first == null || orphan < first)) {
                first = orphan;
            }
            return new ChainVerification(checked, first == null, first, pending);
        }
    }

    private static void writeLine(
            JsonGenerator line,
            HashChain.StoredEvent event,
            String aggregateType,
            String payload,
            String metadata,
            String chainHash,
            boolean linked) {
        try {
            AuditEventView view = view(event, aggregateType, payload);
            line.writeStartObject();
            line.writeNumberField("position", view.position());
            line.writeStringField("eventId", view.eventId());
            line.writeStringField("type", view.type());
            line.writeStringField("payloadType", view.payloadType());
            line.writeStringField("payloadRevision", view.payloadRevision());
            line.writeStringField("aggregateType", view.aggregateType());
            line.writeStringField("aggregateId", view.aggregateId());
            line.writeNumberField("sequence", view.sequence());
            line.writeStringField("recordedAt", view.recordedAt());
            line.writeStringField("recordedBy", view.recordedBy());
            line.writeStringField("role", view.role());
            line.writeStringField("administration", view.administration());
            line.writeStringField("reason", view.reason());
            line.writeStringField("source", view.source());
            line.writeStringField("correlationId", view.correlationId());
            line.writeFieldName("payload");
            line.writeRawValue(payload);
            line.writeFieldName("metadata");
            line.writeRawValue(metadata);
            line.writeStringField("chainHash", chainHash);
            line.writeBooleanField("linked", linked);
            line.writeEndObject();
            line.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static AuditEventView view(HashChain.StoredEvent event, String aggregateType, String payload) {
        JsonNode metadata = metadata(event.metadata());
        String payloadType = event.payloadType();
        String type = payloadType.substring(Math.max(payloadType.lastIndexOf('.'), payloadType.lastIndexOf('$')) + 1);
        return new AuditEventView(
                event.position(),
                event.eventId(),
                type,
                payloadType,
                event.payloadRevision(),
                aggregateType,
                event.aggregateId(),
                event.sequence(),
                event.timestamp(),
                text(metadata, AuditMetadata.USER),
                text(metadata, AuditMetadata.ROLE),
                text(metadata, AuditMetadata.ADMINISTRATION),
                text(metadata, AuditMetadata.REASON),
                text(metadata, AuditMetadata.SOURCE),
                text(metadata, AuditMetadata.CORRELATION_ID),
                citation(metadata),
                payload);
    }

    /**
     * A column that is not JSON is shown as a JSON string rather than breaking the page or the export; the chain
     * cannot hold over it, and the verification says so.
     */
    private static String canonicalOrRaw(byte[] payload) {
        try {
            return HashChain.canonical(payload);
        } catch (HashChain.NotJson e) {
            return HashChain.string(new StringBuilder(), new String(payload, java.nio.charset.StandardCharsets.UTF_8))
                    .toString();
        }
    }

    private static JsonNode metadata(byte[] metadata) {
        if (metadata == null) {
            return null;
        }
        try {
            return JSON.readTree(metadata);
        } catch (IOException e) {
            return null;
        }
    }

    private static CitationView citation(JsonNode metadata) {
        JsonNode value = metadata == null ? null : metadata.get(AuditMetadata.CITATION);
        if (value == null || !value.isObject()) {
            return null;
        }
        Citation citation = Citation.fromMetadata(JSON.convertValue(value, Map.class));
        return citation == null
                ? null
                : new CitationView(
                        citation.sourceId(), null, citation.locator(), citation.quotation(), citation.note());
    }

    private static String text(JsonNode metadata, String key) {
        JsonNode value = metadata == null ? null : metadata.get(key);
        return value == null || value.isNull() ? null : value.asText();
    }
}
