package dk.kk.registry.infra.operations;

import dk.kk.registry.query.common.BulkLoad;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Blue/green rebuild of one projection (ADR 0011): the events are replayed into a scratch copy of its tables while the
 * live processor and tables keep answering; then, with the processor stopped, the last events are replayed, the live
 * tables are replaced by the copy under an exclusive lock and the processor's token is moved to the position the copy
 * reached — all in one transaction, so readers see either the old rows or the new ones, never a partial state.
 */
@Component
public class ProjectionRebuilder implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilder.class);
    private static final long PROGRESS_EVERY_NANOS = 10_000_000_000L;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final EventStorageEngine storageEngine;
    private final TokenStore tokenStore;
    private final ReadModels readModels;
    /** One at a time: a rebuild is heavy, and two of the same projection would race for its token. */
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "projection-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    /** Rebuilds asked for and not finished, with their progress in percent. */
    private final Map<String, AtomicInteger> running = new ConcurrentHashMap<>();

    ProjectionRebuilder(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactionManager,
            EventStorageEngine storageEngine,
            TokenStore tokenStore,
            ReadModels readModels) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.storageEngine = storageEngine;
        this.tokenStore = tokenStore;
        this.readModels = readModels;
    }

    public boolean rebuildable(String name) {
        return readModels.isProjection(name);
    }

    /** Starts a rebuild of the projection unless one is already under way; the processor is the group's. */
    public void start(String name, StreamingEventProcessor processor) {
        if (!rebuildable(name)) {
            throw new IllegalArgumentException(name + " is not a projection");
        }
        AtomicInteger progress = new AtomicInteger();
        if (running.putIfAbsent(name, progress) != null) {
            return;
        }
        try {
            executor.execute(() -> {
                try {
                    rebuild(name, processor, progress, ReplayProgress.NONE);
                } catch (RuntimeException e) {
                    // The live tables and token are untouched (the transaction rolled back) and the processor runs.
                    log.error("rebuilding projection {} failed; the live copy is unchanged", name, e);
                } finally {
                    running.remove(name);
                }
            });
        } catch (RuntimeException e) {
            running.remove(name);
            throw e;
        }
    }

    /**
     * Rebuilds the projection on the caller's thread (the command line), telling {@code listener} about every event
     * replayed; throws when the rebuild fails, in which case the live copy is unchanged. Refused while a rebuild of the
     * same projection is under way.
     */
    public void rebuildNow(String name, StreamingEventProcessor processor, ReplayProgress listener) {
        if (!rebuildable(name)) {
            throw new IllegalArgumentException(name + " is not a projection");
        }
        AtomicInteger progress = new AtomicInteger();
        if (running.putIfAbsent(name, progress) != null) {
            throw new IllegalStateException("a rebuild of " + name + " is already under way");
        }
        try {
            rebuild(name, processor, progress, listener);
        } finally {
            running.remove(name);
        }
    }

    /** The progress of a rebuild under way, in percent. */
    public OptionalInt progress(String name) {
        AtomicInteger progress = running.get(name);
        return progress == null ? OptionalInt.empty() : OptionalInt.of(progress.get());
    }

    private void rebuild(
            String name, StreamingEventProcessor processor, AtomicInteger progress, ReplayProgress listener) {
        ReadModels.ReadModel readModel =
                readModels.get(name).orElseThrow(() -> new IllegalStateException("no projection bean for " + name));
        List<String> tables = readModel.tables();
        Class<?> type = readModel.type();
        String schema = ProjectionVerifier.scratchName("rebuild");
        long started = System.nanoTime();
        AtomicBoolean stopped = new AtomicBoolean();
        try {
            swap(name, processor, progress, listener, tables, type, schema, stopped);
        } finally {
            // Started again whatever happened, so that a failed rebuild never leaves a projection stopped.
            if (stopped.get()) {
                processor.start();
            }
        }
        progress.set(100);
        log.info("projection {} rebuilt and swapped in {} ms", name, (System.nanoTime() - started) / 1_000_000);
    }

    private void swap(
            String name,
            StreamingEventProcessor processor,
            AtomicInteger progress,
            ReplayProgress listener,
            List<String> tables,
            Class<?> type,
            String schema,
            AtomicBoolean stopped) {
        transactions.executeWithoutResult(status -> {
            // The scratch schema lives only in this transaction: a failure or crash leaves nothing behind. The writer
            // is not idle between statements, but reading a batch of events may take a moment on a large store.
            jdbc.execute("SET LOCAL idle_in_transaction_session_timeout = '15min'");
            ProjectionVerifier.createScratch(jdbc, schema, tables);
            // The scratch schema first, so the projection's unqualified tables are the copies; public after it, because
            // the event store's own reads join this transaction on the same connection.
            jdbc.execute("SET LOCAL search_path = " + schema + ", public");
            AnnotationEventHandlerAdapter adapter =
                    new AnnotationEventHandlerAdapter(ProjectionVerifier.newProjection(type, jdbc));

            TrackingToken reached;
            Object beforeLoad = status.createSavepoint();
            try (BulkLoad load = BulkLoad.begin(jdbc)) {
                reached = replay(name, adapter, null, progress, listener);
                load.finish();
            } catch (RuntimeException e) {
                if (!BulkLoad.failedToWrite(e)) {
                    throw e;
                }
                // The database refused a row: replayed event by event, the failure names its event's position.
                log.warn(
                        "rebuilding projection {}: the bulk load failed ({}); replaying event by event",
                        name,
                        NestedExceptionUtils.getMostSpecificCause(e).getMessage());
                status.rollbackToSavepoint(beforeLoad);
                adapter = new AnnotationEventHandlerAdapter(ProjectionVerifier.newProjection(type, jdbc));
                reached = replay(name, adapter, null, progress, listener);
            }
            processor.shutDown();
            stopped.set(true);
            // Stopped: the live token stays where it is while the copy catches up and the tables are swapped.
            reached = replay(name, adapter, reached, progress, listener);
            jdbc.execute("SET LOCAL search_path = public");
            jdbc.execute("LOCK TABLE " + String.join(", ", tables) + " IN ACCESS EXCLUSIVE MODE");
            jdbc.execute("TRUNCATE " + String.join(", ", tables));
            for (String table : tables) {
                // Under the lock no one reads the table: its other indexes are built once, after its rows are in.
                List<String> indexes = ProjectionVerifier.indexes(jdbc, table, false);
                for (String index : ProjectionVerifier.secondaryIndexNames(jdbc, table)) {
                    jdbc.execute("DROP INDEX " + index);
                }
                jdbc.execute("INSERT INTO public." + table + " SELECT * FROM " + schema + "." + table);
                indexes.forEach(jdbc::execute);
            }
            jdbc.execute("DROP SCHEMA " + schema + " CASCADE");
            if (reached != null) {
                for (int segment : tokenStore.fetchSegments(name)) {
                    // Joins this transaction (Spring's connection): the token moves exactly when the rows do.
                    tokenStore.storeToken(reached, name, segment);
                    tokenStore.releaseClaim(name, segment);
                }
            }
        });
    }

    /** Replays every event after {@code from} into the copy; answers the token of the last event read. */
    private TrackingToken replay(
            String name,
            AnnotationEventHandlerAdapter adapter,
            TrackingToken from,
            AtomicInteger progress,
            ReplayProgress listener) {
        Long head = jdbc.queryForObject("SELECT max(globalindex) FROM public.domainevententry", Long.class);
        long started = System.nanoTime();
        long lastReport = started;
        long events = 0;
        TrackingToken reached = from;
        try (Stream<? extends TrackedEventMessage<?>> stream = storageEngine.readEvents(from, false)) {
            var iterator = stream.iterator();
            while (iterator.hasNext()) {
                TrackedEventMessage<?> event = iterator.next();
                if (adapter.canHandle(event)) {
                    try {
                        adapter.handle(event);
                    } catch (Exception e) {
                        throw new IllegalStateException(
                                "rebuilding " + name + " failed at position "
                                        + event.trackingToken().position().orElse(-1),
                                e);
                    }
                }
                reached = event.trackingToken();
                events++;
                long position = reached.position().orElse(0);
                if (head != null && head > 0) {
                    // The last percent is kept for the swap.
                    progress.set((int) Math.min(99, 100 * position / head));
                }
                listener.advanced(position, head == null ? position : head, events);
                long now = System.nanoTime();
                if (now - lastReport >= PROGRESS_EVERY_NANOS) {
                    lastReport = now;
                    log.info(
                            "rebuilding projection {}: {} events, {}/s, {}%",
                            name, events, Math.round(events / ((now - started) / 1e9)), progress.get());
                }
            }
        }
        return reached;
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
