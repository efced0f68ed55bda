package dk.kk.registry.infra.operations;

import dk.kk.registry.infra.audit.ChainVerification;
import dk.kk.registry.infra.audit.EventLog;
import dk.kk.registry.infra.audit.ExportFile;
import dk.kk.registry.infra.audit.HashChain;
import dk.kk.registry.infra.audit.RestoredLinks;
import dk.kk.registry.query.common.BulkLoad;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code java -jar registry.jar restore export.ndjson}: a registry rebuilt from its verified export into an empty
 * database. The file's chain is checked before anything is written; then every event goes in with its own event id,
 * aggregate sequence, timestamp, metadata and global position, with the file's hash chain beside them; every projection
 * is built from them in bulk ({@link BulkLoad}, the rebuild's path) straight into its empty live tables, and every
 * processor's token (each segment) is set at the restored head — all in one transaction, with the processors stopped,
 * so that a restore that fails leaves the database empty and the live processors, started again, go on after the
 * restored events instead of projecting them one by one a second time. Then the chain must end in the file's head and
 * verify intact, the projections must equal a second rebuild ({@link ProjectionVerifier}: from the committed log, in
 * its own snapshot, into scratch tables), and the evaluation deadlines are scheduled again.
 * Idempotency records are not in the export and are not restored. Exit status 0 when restored, 1 when the file or the
 * database is refused, 2 when the command line is wrong or the restore fails.
 */
@Component
// Before anything else a start does: the reference data's bootstrap and the demo history would fill the empty database.
@Order(-100)
public class Restore implements ApplicationRunner, ExitCodeGenerator {

    public static final OneArgumentCommand COMMAND = new OneArgumentCommand("restore", "<export.ndjson>");
    static final int OK = 0;
    static final int REFUSED = 1;
    static final int FAILED = 2;
    private static final Logger LOG = LoggerFactory.getLogger(Restore.class);
    private static final int BATCH = 1000;
    private static final String INSERT = """
            INSERT INTO domainevententry (globalindex, eventidentifier, payloadtype, payloadrevision, aggregateidentifier,
                sequencenumber, timestamp, payload, metadata, type) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final EventProcessingConfiguration processing;
    private final EventLog log;
    private final ProjectionVerifier verifier;
    private final EvaluationDeadlineBackfill deadlines;
    private final EventStorageEngine storageEngine;
    private final TokenStore tokenStore;
    private final ReadModels readModels;
    private int exitCode;
    private volatile Phases phases = new Phases();

    Restore(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            EventProcessingConfiguration processing,
            EventLog log,
            ProjectionVerifier verifier,
            EvaluationDeadlineBackfill deadlines,
            EventStorageEngine storageEngine,
            TokenStore tokenStore,
            ReadModels readModels) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.processing = processing;
        this.log = log;
        this.verifier = verifier;
        this.deadlines = deadlines;
        this.storageEngine = storageEngine;
        this.tokenStore = tokenStore;
        this.readModels = readModels;
    }

    /** Whether the command line asks for a restore rather than the registry's web application. */
    public static boolean requested(String... args) {
        return COMMAND.requested(args);
    }

    @Override
    public void run(ApplicationArguments args) {
        COMMAND.run(args, file -> restore(Path.of(file), System.out, System.err, ProgressBar.stderrIsTerminal()))
                .ifPresent(code -> exitCode = code);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    /** Restores the file into this registry's database, which must hold no event. */
    public int restore(Path file, PrintStream out, PrintStream err, boolean terminal) {
        if (!Files.isRegularFile(file)) {
            err.println("restore refused: no file " + file);
            return FAILED;
        }
        long started = System.nanoTime();
        Phases timed = new Phases();
        phases = timed;
        ExportFile export = new ExportFile(file);
        ExportFile.Checked checked;
        ProgressBar reading =
                new ProgressBar("checking the chain of " + file.getFileName(), err, terminal, System::nanoTime);
        try {
            checked = new ExportFile(file).verify();
            reading.finish();
            BackupManifest.beside(file).ifPresent(manifest -> manifest.check(checked));
            timed.ended("check");
        } catch (ExportFile.Refused e) {
            reading.finish();
            err.println("restore refused, nothing written: " + file + ": " + e.getMessage());
            return REFUSED;
        }
        err.println("the file's chain is intact: " + ProgressBar.count(checked.events()) + " events, head "
                + checked.chainHead());

        ProgressBar writing = new ProgressBar("writing events", err, terminal, System::nanoTime);
        Supplier<ProgressBar> projecting = () -> new ProgressBar("projecting", err, terminal, System::nanoTime);
        List<StreamingEventProcessor> stopped = stopProcessors();
        try {
            Built built = write(export, checked, writing, projecting, timed);
            if (built.failedEvents() > 0) {
                err.println("projecting: " + built.failedEvents() + " events failed in a projection (see the log); "
                        + "live they would have been dead-lettered");
            }
        } catch (NotEmpty e) {
            writing.finish();
            err.println("restore refused, nothing written: the database already holds " + e.events + " events; a "
                    + "restore goes into an empty database only");
            return REFUSED;
        } catch (RuntimeException e) {
            err.println();
            err.println("restore failed, nothing written: " + message(e));
            return FAILED;
        } finally {
            stopped.forEach(StreamingEventProcessor::start);
        }

        ChainVerification chain = log.verify();
        String storedHead = jdbc.query(
                "SELECT hash FROM event_chain ORDER BY global_index DESC LIMIT 1",
                rs -> rs.next() ? rs.getString(1) : null);
        boolean chainEqual = chain.intact()
                && chain.eventsPending() == 0
                && chain.eventsChecked() == checked.events()
                && checked.chainHead().equals(storedHead);
        if (!chainEqual) {
            err.println("restore failed: the restored chain (" + chain + ", head " + storedHead
                    + ") is not the file's (" + checked.events() + " events, head " + checked.chainHead() + ")");
            return FAILED;
        }
        timed.ended("chain");

        ProgressBar verifying = new ProgressBar("verifying projections", err, terminal, System::nanoTime);
        ProjectionVerifier.Result projections = verifier.verify(verifying);
        verifying.finish();
        timed.ended("verify");

        EvaluationDeadlineBackfill.Scheduled scheduled = deadlines.backfill();
        err.println("evaluation deadlines scheduled again for " + scheduled.total() + " interventions ("
                + scheduled.inBulk() + " in bulk, " + scheduled.byCommand() + " by command); an overdue one is "
                + "recorded when the registry runs");
        err.println("idempotency records are not restored: a request resent with an Idempotency-Key from before the "
                + "backup counts as a new request");
        timed.ended("derive");
        err.println(String.format(Locale.ROOT, "restored in %.1f s (%s)", (System.nanoTime() - started) / 1e9, timed));
        out.println("restored events=" + checked.events() + " chain_head=" + checked.chainHead() + " projections_equal="
                + projections.equal());
        return projections.equal() ? OK : FAILED;
    }

    /** What the restore's transaction built: how many handler calls failed while projecting. */
    private record Built(long failedEvents) {}

    private Built write(
            ExportFile export,
            ExportFile.Checked checked,
            ProgressBar writing,
            Supplier<ProgressBar> projecting,
            Phases timed) {
        return transaction.execute(status -> {
            // Not idle between statements, but a million events and their projections take minutes in one transaction.
            jdbc.execute("SET LOCAL idle_in_transaction_session_timeout = '60min'");
            // No other writer until the restore commits: the events must take exactly the file's positions.
            jdbc.execute("LOCK TABLE domainevententry IN EXCLUSIVE MODE");
            Long present = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
            if (present != null && present > 0) {
                throw new NotEmpty(present);
            }
            List<Object[]> rows = new ArrayList<>(BATCH);
            RestoredLinks links = new RestoredLinks(jdbc);
            export.read(line -> {
                HashChain.StoredEvent event = line.event();
                rows.add(new Object[] {
                    event.position(),
                    event.eventId(),
                    event.payloadType(),
                    event.payloadRevision(),
                    event.aggregateId(),
                    event.sequence(),
                    event.timestamp(),
                    event.payload(),
                    event.metadata(),
                    line.aggregateType()
                });
                links.add(event.position(), event.eventId(), line.chainHash());
                writing.advanced(event.position(), checked.lastPosition(), 0);
                if (rows.size() == BATCH) {
                    jdbc.batchUpdate(INSERT, rows);
                    rows.clear();
                }
            });
            if (!rows.isEmpty()) {
                jdbc.batchUpdate(INSERT, rows);
            }
            links.flush();
            // New events continue after the restored ones, as they would have in the registry the file came from.
            jdbc.queryForObject(
                    "SELECT setval(pg_get_serial_sequence('domainevententry', 'globalindex'), ?)",
                    Long.class,
                    checked.lastPosition());
            writing.finish();
            timed.ended("write");

            ProgressBar projected = projecting.get();
            long failed = project(checked.lastPosition(), projected);
            projected.finish();
            // The head of the events just written, read in this transaction: the token type the processors use.
            TrackingToken head = storageEngine.createHeadToken();
            for (StreamingEventProcessor processor : processors()) {
                tokensAt(processor, head);
            }
            timed.ended("project");
            return new Built(failed);
        });
    }

    /**
     * Builds every projection from the events written in this transaction, with one {@link BulkLoad} into the live
     * tables: they are empty (a database without events has no projected rows; any there are removed), no one sees
     * them before the restore commits, so a scratch copy swapped in would only copy every row a second time. Their
     * secondary indexes are dropped for the load and built once after it, as the blue/green rebuild does.
     */
    private long project(long last, ProgressBar bar) {
        List<ReadModels.ReadModel> models = readModels.all();
        List<String> tables =
                models.stream().flatMap(model -> model.tables().stream()).toList();
        jdbc.execute("TRUNCATE " + String.join(", ", tables));
        List<String> indexes = new ArrayList<>();
        for (String table : tables) {
            indexes.addAll(ProjectionVerifier.indexes(jdbc, table, false));
            for (String index : ProjectionVerifier.secondaryIndexNames(jdbc, table)) {
                jdbc.execute("DROP INDEX " + index);
            }
        }
        List<AnnotationEventHandlerAdapter> adapters = models.stream()
                .map(model -> new AnnotationEventHandlerAdapter(ProjectionVerifier.newProjection(model.type(), jdbc)))
                .toList();
        long failed = 0;
        long events = 0;
        try (BulkLoad load = BulkLoad.begin(jdbc);
                Stream<? extends TrackedEventMessage<?>> stream = storageEngine.readEvents(null, false)) {
            var iterator = stream.iterator();
            while (iterator.hasNext()) {
                TrackedEventMessage<?> event = iterator.next();
                long position = event.trackingToken().position().orElse(-1);
                for (int i = 0; i < adapters.size(); i++) {
                    AnnotationEventHandlerAdapter adapter = adapters.get(i);
                    if (!adapter.canHandle(event)) {
                        continue;
                    }
                    try {
                        adapter.handle(event);
                    } catch (Exception e) {
                        if (BulkLoad.failedToWrite(e)) {
                            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
                        }
                        // Live, such an event is dead-lettered and the rest go on; the verification then says unequal.
                        failed++;
                        LOG.warn(
                                "restoring: projection {} failed at position {}: {}",
                                models.get(i).group(),
                                position,
                                e.toString());
                    }
                }
                bar.advanced(position, last, ++events);
            }
            load.finish();
        }
        indexes.forEach(jdbc::execute);
        return failed;
    }

    /**
     * Sets every segment's token of the processor at the head, in this transaction: the processor is stopped (its
     * claims released), and started again after the commit it goes on from there. A processor that never stored a
     * token gets its segments here, as many as its threads (the registry's processors have one segment per thread).
     */
    private void tokensAt(StreamingEventProcessor processor, TrackingToken head) {
        String name = processor.getName();
        int[] segments = tokenStore.fetchSegments(name);
        if (segments.length == 0) {
            tokenStore.initializeTokenSegments(name, Math.max(1, processor.maxCapacity()), head);
            return;
        }
        for (int segment : segments) {
            tokenStore.storeToken(head, name, segment);
            tokenStore.releaseClaim(name, segment);
        }
    }

    /** Stops every running streaming processor, releasing its claims; answers those stopped, to start again. */
    private List<StreamingEventProcessor> stopProcessors() {
        List<StreamingEventProcessor> running =
                processors().stream().filter(StreamingEventProcessor::isRunning).toList();
        running.stream().map(StreamingEventProcessor::shutdownAsync).toList().forEach(stopping -> {
            try {
                stopping.get(30, TimeUnit.SECONDS);
            } catch (TimeoutException | ExecutionException e) {
                throw new IllegalStateException("an event processor did not stop for the restore", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while stopping the event processors", e);
            }
        });
        return running;
    }

    /** The phases of the last restore, each with its wall-clock seconds, in the order they ran. */
    public Map<String, Double> lastPhases() {
        return phases.seconds();
    }

    private List<StreamingEventProcessor> processors() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .toList();
    }

    private static String message(Throwable e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append(": ").append(cause.getMessage());
        }
        return text.toString();
    }

    /** How long each phase took: an operator planning a restore wants to know where its hour goes. */
    private static final class Phases {
        private final Map<String, Double> seconds = new LinkedHashMap<>();
        private long since = System.nanoTime();

        synchronized void ended(String phase) {
            long now = System.nanoTime();
            seconds.put(phase, (now - since) / 1e9);
            since = now;
        }

        synchronized Map<String, Double> seconds() {
            return new LinkedHashMap<>(seconds);
        }

        @Override
        public synchronized String toString() {
            StringBuilder text = new StringBuilder();
            seconds.forEach((phase, value) -> text.append(text.isEmpty() ? "" : ", ")
                    .append(String.format(Locale.ROOT, "%s %.1f s", phase, value)));
            return text.toString();
        }
    }

    private static final class NotEmpty extends RuntimeException {
        private final long events;

        NotEmpty(long events) {
            super(null, null, false, false);
            this.events = events;
        }
    }
}
