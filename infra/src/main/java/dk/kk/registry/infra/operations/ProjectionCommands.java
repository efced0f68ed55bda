package dk.kk.registry.infra.operations;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar registry.jar rebuild <projection|all>} and {@code java -jar registry.jar verify}: the blue/green
 * rebuild and the verification of the projections (ADR 0011) from the command line, against the configured database,
 * with a progress bar on standard error and a summary line on standard output. Exit status 0 when rebuilt or equal, 1
 * when the verification finds differences, 2 when something fails or the command is wrong.
 */
@Component
// After the demo history's start-up load (order 10), so that a verification on the embedded default sees it whole.
@Order(20)
public class ProjectionCommands implements ApplicationRunner, ExitCodeGenerator {

    public static final String REBUILD = "rebuild";
    public static final String VERIFY = "verify";
    static final String ALL = "all";
    static final int OK = 0;
    static final int DIFFERENT = 1;
    static final int FAILED = 2;

    private final ProjectionRebuilder rebuilder;
    private final ProjectionVerifier verifier;
    private final EventProcessingConfiguration processing;
    private final ReadModels readModels;
    private int exitCode;

    ProjectionCommands(
            ProjectionRebuilder rebuilder,
            ProjectionVerifier verifier,
            EventProcessingConfiguration processing,
            ReadModels readModels) {
        this.rebuilder = rebuilder;
        this.readModels = readModels;
        this.verifier = verifier;
        this.processing = processing;
    }

    /** Whether the command line asks for one of these commands rather than the registry's web application. */
    public static boolean requested(String... args) {
        return args.length > 0 && (REBUILD.equals(args[0]) || VERIFY.equals(args[0]));
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> words = args.getNonOptionArgs();
        if (words.isEmpty()) {
            return;
        }
        boolean terminal = ProgressBar.stderrIsTerminal();
        if (REBUILD.equals(words.get(0))) {
            if (words.size() != 2) {
                System.err.println("usage: java -jar registry.jar " + REBUILD + " <" + String.join("|", projections())
                        + "|" + ALL + ">");
                exitCode = FAILED;
                return;
            }
            exitCode = rebuild(words.get(1), System.out, System.err, terminal);
        } else if (VERIFY.equals(words.get(0))) {
            if (words.size() != 1) {
                System.err.println("usage: java -jar registry.jar " + VERIFY);
                exitCode = FAILED;
                return;
            }
            exitCode = verify(System.out, System.err, terminal);
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    /** Rebuilds one projection, or every one in turn ({@code all}), stopping at the first that fails. */
    public int rebuild(String target, PrintStream out, PrintStream err, boolean terminal) {
        List<String> names = ALL.equals(target) ? projections() : List.of(target);
        // The one processor that is not a projection's.
        if (!readModels.isProjection(target)
                && processing.eventProcessor(target).isPresent()) {
            err.println(target + " is the hash chain, not a projection: it is not rebuilt (GET /api/audit/verify "
                    + "checks it)");
            return FAILED;
        }
        if (!ALL.equals(target) && !readModels.isProjection(target)) {
            err.println(
                    "unknown projection '" + target + "'; one of: " + String.join(", ", projections()) + ", " + ALL);
            return FAILED;
        }
        for (String name : names) {
            Optional<StreamingEventProcessor> processor =
                    processing.eventProcessor(name, StreamingEventProcessor.class);
            if (processor.isEmpty()) {
                err.println("no event processor runs projection " + name);
                return FAILED;
            }
            ProgressBar bar = new ProgressBar("rebuilding " + name, err, terminal, System::nanoTime);
            try {
                rebuilder.rebuildNow(name, processor.get(), bar);
            } catch (RuntimeException e) {
                bar.finish();
                err.println("rebuilding " + name + " failed, the live copy is unchanged: " + message(e));
                return FAILED;
            }
            bar.finish();
            out.println("rebuilt " + name + ": " + summary(bar));
        }
        return OK;
    }

    /** Verifies every projection against a rebuild; prints {@code equal}, or each differing table with its keys. */
    public int verify(PrintStream out, PrintStream err, boolean terminal) {
        ProgressBar bar = new ProgressBar("verifying projections", err, terminal, System::nanoTime);
        ProjectionVerifier.Result result;
        try {
            result = verifier.verify(bar);
        } catch (RuntimeException e) {
            bar.finish();
            err.println("the verification failed: " + message(e));
            return FAILED;
        }
        bar.finish();
        if (result.equal()) {
            out.println("equal: every projection matches its rebuild (" + summary(bar) + ")");
            return OK;
        }
        if (result.tables() != null) {
            for (ProjectionVerifier.TableDifference table : result.tables()) {
                out.println("differs: " + table.table() + ": " + table.onlyInLive() + " rows only in the live table, "
                        + table.onlyInRebuild() + " only in the rebuild; keys "
                        + String.join(", ", table.differingKeys()));
            }
        }
        if (result.failedEvents() != null) {
            out.println("differs: " + result.failedEvents() + " events failed in the rebuild (see the log)");
        }
        out.println("not equal (" + summary(bar) + ")");
        return DIFFERENT;
    }

    private List<String> projections() {
        return readModels.groups();
    }

    private static String summary(ProgressBar bar) {
        double seconds = Math.max(1, bar.elapsedNanos()) / 1e9;
        return ProgressBar.count(bar.events()) + " events in " + String.format(Locale.ROOT, "%.1f", seconds) + " s, "
                + ProgressBar.count(Math.round(bar.events() / seconds)) + " events/s";
    }

    private static String message(Throwable e) {
        Throwable cause = e;
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
            text.append(": ").append(cause.getMessage());
        }
        return text.toString();
    }
}
