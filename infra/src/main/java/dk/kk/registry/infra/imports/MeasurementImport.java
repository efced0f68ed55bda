package dk.kk.registry.infra.imports;

import dk.kk.registry.infra.operations.OneArgumentCommand;
import dk.kk.registry.shared.common.AuditMetadata;
import dk.kk.registry.shared.common.Role;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.context.WebApplicationContext;

/**
 * {@code java -jar registry.jar import-measurements file.csv}: records the measurements of a CSV file through the
 * same checks and append as the bulk API (source {@code import}), all or nothing, against the configured database,
 * printing its progress once a second. Exit status 0 when every row is recorded, 1 when the file is refused (nothing
 * is recorded), 2 when it cannot be read or the command is wrong.
 */
@Component
@Order(10)
public class MeasurementImport implements ApplicationRunner, ExitCodeGenerator {

    public static final OneArgumentCommand COMMAND = new OneArgumentCommand("import-measurements", "path/to/file.csv");
    static final int OK = 0;
    static final int REFUSED = 1;
    static final int FAILED = 2;

    private final BulkRecording bulk;
    private final EventProcessingConfiguration processing;
    private final ApplicationContext context;
    private int exitCode;

    MeasurementImport(BulkRecording bulk, EventProcessingConfiguration processing, ApplicationContext context) {
        this.bulk = bulk;
        this.processing = processing;
        this.context = context;
    }

    /** Whether the command line asks for an import rather than the registry's web application. */
    public static boolean requested(String... args) {
        return COMMAND.requested(args);
    }

    @Override
    public void run(ApplicationArguments args) {
        COMMAND.run(args, this::importFromCommandLine).ifPresent(code -> exitCode = code);
    }

    private int importFromCommandLine(String file) {
        if (!(context instanceof WebApplicationContext)) {
            // A command-line run only appends: the registry's own processors project the events (now, or when it
            // next starts), and those of this short-lived run would only compete with the import for the machine.
            processing.eventProcessors().values().forEach(EventProcessor::shutDown);
        }
        return importFile(Path.of(file), System.out, System.err);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    public int importFile(Path file, PrintStream out, PrintStream err) {
        if (!Files.isReadable(file)) {
            err.println("cannot read " + file);
            return FAILED;
        }
        Author author = new Author(
                System.getProperty("user.name", "unknown"),
                Role.SYSTEM,
                null,
                AuditMetadata.SOURCE_IMPORT,
                "import-" + UUID.randomUUID());
        out.println("importing measurements from " + file);
        Printer printer = new Printer(out);
        BulkOutcome outcome;
        try {
            outcome = bulk.record(new CsvMeasurementRows(file), author, printer);
        } catch (UnreadableBody e) {
            err.println(e.field() + ": " + e.getMessage());
            err.println("nothing was imported");
            return REFUSED;
        } catch (TooManyRows e) {
            err.println(e.getMessage());
            err.println("nothing was imported");
            return REFUSED;
        } catch (IOException | RuntimeException e) {
            err.println("the import failed: " + e.getMessage());
            err.println("nothing was imported");
            return FAILED;
        }
        if (outcome instanceof BulkOutcome.Recorded recorded) {
            long rows = recorded.ids().size();
            long millis = Math.max(1, recorded.checkMillis() + recorded.appendMillis());
            out.println("imported " + count(rows) + " measurements in "
                    + String.format(Locale.ROOT, "%.1f", millis / 1000.0) + " s (" + count(rows * 1000 / millis)
                    + " rows/s; checked in " + recorded.checkMillis()
                    + " ms, appended in " + recorded.appendMillis() + " ms)");
            return OK;
        }
        if (outcome instanceof BulkOutcome.Refused refused) {
            refused.errors().forEach(error -> err.println(error.field() + ": " + error.message()));
            if (refused.invalidRows() > refused.errors().size()) {
                err.println("… and more; " + count(refused.invalidRows()) + " rows in all");
            }
            err.println(count(refused.invalidRows()) + " of " + count(refused.rows())
                    + " rows were refused; nothing was imported");
            return REFUSED;
        }
        err.println("the file holds no measurements; nothing was imported");
        return REFUSED;
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n).replace(',', ' ');
    }

    /** Prints progress at most once a second, so that a long import shows it is alive without flooding the log. */
    private static final class Printer implements BulkRecording.Progress {

        private final PrintStream out;
        private final long started = System.nanoTime();
        private long appendStarted;
        private long lastPrinted = System.nanoTime();

        Printer(PrintStream out) {
            this.out = out;
        }

        @Override
        public void checked(long rows) {
            if (due()) {
                out.println("checked " + count(rows) + " rows (" + count(rate(rows, started)) + " rows/s)");
            }
        }

        @Override
        public void appending(long total) {
            appendStarted = System.nanoTime();
            out.println("checked " + count(total) + " rows; recording them");
        }

        @Override
        public void appended(long rows, long total) {
            if (due()) {
                out.println("imported " + count(rows) + " / " + count(total) + " (" + count(rate(rows, appendStarted))
                        + " rows/s)");
            }
        }

        private boolean due() {
            long now = System.nanoTime();
            if (now - lastPrinted >= 1_000_000_000L) {
                lastPrinted = now;
                return true;
            }
            return false;
        }

        private static long rate(long rows, long since) {
            long nanos = Math.max(1, System.nanoTime() - since);
            return rows * 1_000_000_000L / nanos;
        }
    }
}
