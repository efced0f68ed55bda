package dk.kk.registry.infra.operations;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.kk.registry.query.common.BulkLoad;
import java.lang.reflect.Constructor;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Rebuilds every projection from the event store into a scratch schema and compares it, table by table, with the live
 * tables (ADR 0011).
 *
 * <p>Everything happens in one REPEATABLE READ transaction on one connection. Its first statement reads the
 * processors' tokens, so the live tables it later compares are exactly the state those tokens describe (a processor
 * stores its token in the same transaction as its rows); each projection is then fed only the events its token
 * covers, which makes the comparison exact while writes go on. The scratch schema is created inside that transaction
 * and the transaction is always rolled back: no other session ever sees it, and a crash leaves nothing behind.
 */
@Component
public class ProjectionVerifier {

    private static final Logger log = LoggerFactory.getLogger(ProjectionVerifier.class);
    private static final long PROGRESS_EVERY_NANOS = 10_000_000_000L;
    private static final int KEYS_SHOWN = 20;

    private final DataSource dataSource;
    private final EventStorageEngine storageEngine;
    private final EventProcessingConfiguration processing;
    private final ReadModels readModels;
    private final Serializer serializer;

    ProjectionVerifier(
            DataSource dataSource,
            EventStorageEngine storageEngine,
            EventProcessingConfiguration processing,
            ReadModels readModels,
            Serializer serializer) {
        this.dataSource = dataSource;
        this.storageEngine = storageEngine;
        this.processing = processing;
        this.readModels = readModels;
        this.serializer = serializer;
    }

    public Result verify() {
        return verify(ReplayProgress.NONE);
    }

    /** Verifies, telling {@code listener} about every event replayed into the scratch schema. */
    public Result verify(ReplayProgress listener) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            int isolation = connection.getTransactionIsolation();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                return verify(new JdbcTemplate(new SingleConnectionDataSource(connection, true)), listener);
            } finally {
                // Rolling back drops the scratch schema with everything in it, and reverts SET LOCAL search_path.
                connection.rollback();
                connection.setTransactionIsolation(isolation);
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the verification's connection failed", e);
        }
    }

    private Result verify(JdbcTemplate scratch, ReplayProgress listener) {
        // First statement: this fixes the snapshot that every later read of the live tables sees.
        Map<String, Map<Integer, TrackingToken>> tokens = tokens(scratch);
        List<Target> targets = targets(scratch, tokens);
        long head = targets.stream()
                .flatMap(target -> target.tokens().values().stream())
                .mapToLong(token -> token == null ? -1 : token.position().orElse(-1))
                .max()
                .orElse(-1);

        String schema = scratchName("verify");
        List<String> tables =
                targets.stream().flatMap(target -> target.tables().stream()).toList();
        createScratch(scratch, schema, tables);
        // Only the scratch schema: a projection touching a table not copied fails instead of writing the live one.
        scratch.execute("SET LOCAL search_path = " + schema);

        long failed = replayInBulk(scratch, targets, head, listener);

        List<TableDifference> differences = new ArrayList<>();
        for (String table : tables) {
            TableDifference difference = compare(scratch, schema, table);
            if (difference != null) {
                differences.add(difference);
            }
        }
        log.info(
                "projections verified up to position {}: {} of {} tables differ{}",
                head,
                differences.size(),
                tables.size(),
                failed == 0 ? "" : ", " + failed + " events failed in the rebuild");
        return new Result(
                differences.isEmpty() && failed == 0,
                differences.isEmpty() ? null : differences,
                failed == 0 ? null : failed);
    }

    private Map<String, Map<Integer, TrackingToken>> tokens(JdbcTemplate jdbc) {
        Map<String, Map<Integer, TrackingToken>> tokens = new HashMap<>();
        jdbc.query("SELECT processorname, segment, token, tokentype FROM tokenentry", rs -> {
            byte[] bytes = rs.getBytes(3);
            TrackingToken token = bytes == null
                    ? null
                    : (TrackingToken) serializer.deserialize(new SimpleSerializedObject<>(
                            bytes, byte[].class, new SimpleSerializedType(rs.getString(4), null)));
            tokens.computeIfAbsent(rs.getString(1), key -> new HashMap<>()).put(rs.getInt(2), token);
        });
        return tokens;
    }

    /**
     * A fresh instance of each projection ({@link #newProjection}), with the tokens of its live processor. Hash-chain
     * links are not a projection ({@link ReadModels}): they derive from the stored bytes, not from the upcast
     * messages, and {@code GET /api/audit/verify} checks them.
     */
    private List<Target> targets(JdbcTemplate scratch, Map<String, Map<Integer, TrackingToken>> tokens) {
        List<Target> targets = new ArrayList<>();
        for (ReadModels.ReadModel readModel : readModels.all()) {
            String group = readModel.group();
            EventProcessor processor = processing
                    .eventProcessorByProcessingGroup(group)
                    .orElseThrow(() -> new IllegalStateException("no processor for projection " + group));
            Object projection = newProjection(readModel.type(), scratch);
            Map<Integer, TrackingToken> segments = tokens.getOrDefault(processor.getName(), Map.of());
            int[] ids = segments.keySet().stream().mapToInt(Integer::intValue).toArray();
            Map<Segment, TrackingToken> bySegment = new LinkedHashMap<>();
            segments.forEach((id, token) -> bySegment.put(Segment.computeSegment(id, ids), token));
            targets.add(new Target(
                    group,
                    readModel.type(),
                    readModel.tables(),
                    (AbstractEventProcessor) processor,
                    new AnnotationEventHandlerAdapter(projection),
                    bySegment));
        }
        return targets;
    }

    /**
     * A fresh instance of the projection class, writing through the given JdbcTemplate: built through its
     * package-private {@code (JdbcTemplate)} constructor, which keeps the projections package-private, and refuses a
     * projection that needs more than a JdbcTemplate rather than half rebuild it.
     */
    static Object newProjection(Class<?> type, JdbcTemplate jdbc) {
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(JdbcTemplate.class);
            constructor.setAccessible(true);
            return constructor.newInstance(jdbc);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("projection " + type.getName() + " cannot be built on a JdbcTemplate", e);
        }
    }

    /**
     * Creates the schema and an empty copy of each table in it; the caller's transaction decides whether it lasts. The
     * copies have the live tables' primary keys and unique indexes (the projections' writes rely on them to see an
     * event twice) but none of their other indexes: a rebuild only compares the copies, or copies them into the live
     * tables, for which those indexes would be upkeep on every row and never read.
     */
    static void createScratch(JdbcTemplate jdbc, String schema, List<String> tables) {
        jdbc.execute("CREATE SCHEMA " + schema);
        for (String table : tables) {
            jdbc.execute("CREATE TABLE " + schema + "." + table + " (LIKE public." + table
                    + " INCLUDING ALL EXCLUDING INDEXES)");
            for (String index : indexes(jdbc, table, true)) {
                jdbc.execute(index.replace(" ON public." + table + " ", " ON " + schema + "." + table + " "));
            }
            for (String exclusion : jdbc.queryForList("""
                    SELECT quote_ident(conname) || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
                    WHERE conrelid = ('public.' || ?)::regclass AND contype = 'x'""", String.class, table)) {
                jdbc.execute("ALTER TABLE " + schema + "." + table + " ADD CONSTRAINT " + exclusion);
            }
        }
    }

    /**
     * The definitions ({@code CREATE … INDEX … ON public.<table> …}) of the live table's unique indexes, or of its
     * other indexes that no constraint needs (those {@link ProjectionRebuilder} may drop and build again).
     */
    static List<String> indexes(JdbcTemplate jdbc, String table, boolean unique) {
        return jdbc.queryForList(
                SECONDARY.replace("%s", "pg_get_indexdef(i.indexrelid)"), String.class, table, unique, unique);
    }

    /** The names of the live table's indexes that {@link #indexes} answers without {@code unique}. */
    static List<String> secondaryIndexNames(JdbcTemplate jdbc, String table) {
        return jdbc.queryForList(
                SECONDARY.replace("%s", "i.indexrelid::regclass::text"), String.class, table, false, false);
    }

    private static final String SECONDARY = """
            SELECT %s FROM pg_index i
            WHERE i.indrelid = ('public.' || ?)::regclass AND i.indisunique = ?
              AND (? OR NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid))
            ORDER BY i.indexrelid""";

    static String scratchName(String prefix) {
        return prefix + "_"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    }

    /**
     * The replay as one {@link BulkLoad}. Should one of its writes fail, the database has refused a row that the live
     * path would have refused with its event: the load is rolled back and the replay done again event by event, so
     * that the answer counts the events that fail, as before.
     */
    private long replayInBulk(JdbcTemplate scratch, List<Target> targets, long head, ReplayProgress listener) {
        Savepoint beforeLoad = scratch.execute((ConnectionCallback<Savepoint>) Connection::setSavepoint);
        try (BulkLoad load = BulkLoad.begin(scratch)) {
            long failed = replay(targets, head, listener);
            load.finish();
            return failed;
        } catch (RuntimeException e) {
            if (!BulkLoad.failedToWrite(e)) {
                throw e;
            }
            log.warn(
                    "verifying projections: the bulk load failed ({}); replaying event by event",
                    NestedExceptionUtils.getMostSpecificCause(e).getMessage());
            scratch.execute((ConnectionCallback<Void>) connection -> {
                connection.rollback(beforeLoad);
                return null;
            });
            return replay(freshTargets(targets, scratch), head, listener);
        }
    }

    /** Feeds each event to every projection whose live token covers it; answers how many handler calls failed. */
    private long replay(List<Target> targets, long head, ReplayProgress listener) {
        long started = System.nanoTime();
        long lastReport = started;
        long events = 0;
        long failed = 0;
        try (Stream<? extends TrackedEventMessage<?>> stream = storageEngine.readEvents(null, false)) {
            var iterator = stream.iterator();
            while (iterator.hasNext()) {
                TrackedEventMessage<?> event = iterator.next();
                long position = event.trackingToken().position().orElse(-1);
                if (position > head) {
                    break;
                }
                events++;
                listener.advanced(position, head, events);
                for (Target target : targets) {
                    if (target.processed(event)) {
                        try {
                            target.adapter().handle(event);
                        } catch (Exception e) {
                            if (BulkLoad.failedToWrite(e)) {
                                throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
                            }
                            // Live, such an event would have been dead-lettered; here it makes the answer "not equal".
                            failed++;
                            log.warn("rebuilding {} failed at position {}: {}", target.group(), position, e.toString());
                        }
                    }
                }
                long now = System.nanoTime();
                if (now - lastReport >= PROGRESS_EVERY_NANOS) {
                    lastReport = now;
                    double seconds = (now - started) / 1e9;
                    log.info(
                            "verifying projections: {} events, {}/s, {}%",
                            events,
                            Math.round(events / seconds),
                            head <= 0 ? 100 : Math.min(100, 100 * position / head));
                }
            }
        }
        return failed;
    }

    private static TableDifference compare(JdbcTemplate jdbc, String schema, String table) {
        String live = "public." + table;
        String rebuilt = schema + "." + table;
        String onlyLive = "SELECT * FROM " + live + " EXCEPT SELECT * FROM " + rebuilt;
        String onlyRebuilt = "SELECT * FROM " + rebuilt + " EXCEPT SELECT * FROM " + live;
        Long inLive = jdbc.queryForObject("SELECT count(*) FROM (" + onlyLive + ") d", Long.class);
        Long inRebuild = jdbc.queryForObject("SELECT count(*) FROM (" + onlyRebuilt + ") d", Long.class);
        if (inLive == 0 && inRebuild == 0) {
            return null;
        }
        List<String> keyColumns = jdbc.queryForList("""
                SELECT a.attname FROM pg_index i
                JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
                WHERE i.indrelid = ?::regclass AND i.indisprimary
                ORDER BY array_position(i.indkey::int2[], a.attnum)""", String.class, live);
        String key = "concat_ws('/', "
                + String.join(", ", keyColumns.stream().map(c -> c + "::text").toList()) + ")";
        List<String> keys = jdbc.queryForList(
                "SELECT k FROM (SELECT " + key + " AS k FROM (" + onlyLive + ") a UNION " + "SELECT " + key
                        + " AS k FROM (" + onlyRebuilt + ") b) u ORDER BY k LIMIT " + KEYS_SHOWN,
                String.class);
        return new TableDifference(table, inLive, inRebuild, keys);
    }

    /** The same targets with fresh projections, which hold nothing of an abandoned load. */
    private static List<Target> freshTargets(List<Target> targets, JdbcTemplate scratch) {
        return targets.stream()
                .map(target -> new Target(
                        target.group(),
                        target.type(),
                        target.tables(),
                        target.processor(),
                        new AnnotationEventHandlerAdapter(newProjection(target.type(), scratch)),
                        target.tokens()))
                .toList();
    }

    private record Target(
            String group,
            Class<?> type,
            List<String> tables,
            AbstractEventProcessor processor,
            AnnotationEventHandlerAdapter adapter,
            Map<Segment, TrackingToken> tokens) {

        /** Whether the live processor had processed the event: the token of the segment it belongs to covers it. */
        boolean processed(TrackedEventMessage<?> event) {
            if (!adapter.canHandle(event)) {
                return false;
            }
            for (Map.Entry<Segment, TrackingToken> segment : tokens.entrySet()) {
                if (processor.eventHandlerInvoker().canHandle(event, segment.getKey())) {
                    return segment.getValue() != null && segment.getValue().covers(event.trackingToken());
                }
            }
            return false;
        }
    }

    /** The answer: {@code tables} only when some differ, {@code failedEvents} only when a handler failed. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Result(boolean equal, List<TableDifference> tables, Long failedEvents) {}

    /**
     * One table that differs. A row present on both sides with other values counts once on each side and its key is
     * listed; {@code differingKeys} holds the first 20 primary keys (columns joined with '/') in key order.
     */
    public record TableDifference(String table, long onlyInLive, long onlyInRebuild, List<String> differingKeys) {}
}
