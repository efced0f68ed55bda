package dk.kk.registry.infra.operations;

import dk.kk.registry.infra.audit.ChainVerification;
import dk.kk.registry.infra.audit.EventLog;
import dk.kk.registry.infra.audit.ExportFile;
import dk.kk.registry.infra.audit.HashChain;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.beans.factory.annotation.Value;
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
 * aggregate sequence, timestamp, metadata and global position, in one transaction (a restore that fails leaves the
 * database empty); the processors build every projection and the hash chain from it; the chain must end in the file's
 * head and verify intact, the projections must equal a rebuild, and the evaluation deadlines are scheduled again.
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
    private final Duration catchUpTimeout;
    private int exitCode;
    private volatile Phases phases = new Phases();

    Restore(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            EventProcessingConfiguration processing,
            EventLog log,
            ProjectionVerifier verifier,
            EvaluationDeadlineBackfill deadlines,
            @Value("${registry.restore.catch-up-timeout:PT2H}") Duration catchUpTimeout) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.processing = processing;
        this.log = log;
        this.verifier = verifier;
        this.deadlines = deadlines;
        this.catchUpTimeout = catchUpTimeout;
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
        try {
            write(export, checked, writing);
        } catch (NotEmpty e) {
            writing.finish();
            err.println("restore refused, nothing written: the database already holds " + e.events + " events; a "
                    + "restore goes into an empty database only");
            return REFUSED;
        } catch (RuntimeException e) {
            writing.finish();
            err.println("restore failed, nothing written: " + message(e));
            return FAILED;
        }
        writing.finish();
        timed.ended("write");

        ProgressBar projecting = new ProgressBar("projecting", err, terminal, System::nanoTime);
        if (!caughtUp(checked.lastPosition(), projecting)) {
            projecting.finish();
            err.println("restore failed: the processors did not reach position " + checked.lastPosition() + " within "
                    + catchUpTimeout + " (the events are written; start the registry and watch GET "
                    + "/api/admin/projections)");
            return FAILED;
        }
        projecting.finish();
        timed.ended("project");

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

        int scheduled = deadlines.backfill();
        err.println("evaluation deadlines scheduled again for " + Math.max(0, scheduled) + " interventions; an overdue "
                + "one is recorded when the registry runs");
        err.println("idempotency records are not restored: a request resent with an Idempotency-Key from before the "
                + "backup counts as a new request");
        timed.ended("derive");
        err.println(String.format(Locale.ROOT, "restored in %.1f s (%s)", (System.nanoTime() - started) / 1e9, timed));
        out.println("restored events=" + checked.events() + " chain_head=" + checked.chainHead() + " projections_equal="
                + projections.equal());
        return projections.equal() ? OK : FAILED;
    }

    private void write(ExportFile export, ExportFile.Checked checked, ProgressBar bar) {
        transaction.executeWithoutResult(status -> {
            // No other writer until the restore commits: the events must take exactly the file's positions.
            jdbc.execute("LOCK TABLE domainevententry IN EXCLUSIVE MODE");
            Long present = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
            if (present != null && present > 0) {
                throw new NotEmpty(present);
            }
            List<Object[]> rows = new ArrayList<>(BATCH);
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
                bar.advanced(event.position(), checked.lastPosition(), 0);
                if (rows.size() == BATCH) {
                    jdbc.batchUpdate(INSERT, rows);
                    rows.clear();
                }
            });
            if (!rows.isEmpty()) {
                jdbc.batchUpdate(INSERT, rows);
            }
            // New events continue after the restored ones, as they would have in the registry the file came from.
            jdbc.queryForObject(
                    "SELECT setval(pg_get_serial_sequence('domainevententry', 'globalindex'), ?)",
                    Long.class,
                    checked.lastPosition());
        });
    }

    /** Waits until every processor (each projection and the hash chain) has handled the last restored event. */
    private boolean caughtUp(long last, ProgressBar bar) {
        long deadline = System.nanoTime() + catchUpTimeout.toNanos();
        while (System.nanoTime() < deadline) {
            long slowest = Long.MAX_VALUE;
            for (StreamingEventProcessor processor : processors()) {
                for (EventTrackerStatus segment : processor.processingStatus().values()) {
                    slowest = Math.min(slowest, segment.getCurrentPosition().orElse(-1));
                }
                if (processor.processingStatus().isEmpty()) {
                    slowest = -1;
                }
            }
            bar.reached(Math.max(0, slowest), last);
            if (slowest >= last) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
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
