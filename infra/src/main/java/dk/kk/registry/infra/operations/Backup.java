package dk.kk.registry.infra.operations;

import dk.kk.registry.infra.audit.EventLog;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Backups while the registry runs: the verified export ({@link EventLog#exportSettled}) of one read-only snapshot, written to
 * a directory with its {@link BackupManifest}, without stopping anything. {@code java -jar registry.jar backup DIR}
 * takes one and exits; with {@code registry.backup.directory} set the registry takes one every
 * {@code registry.backup.interval} and keeps the newest {@code registry.backup.retention}. {@code restore} reads them.
 */
@Component
@Order(20)
public class Backup implements ApplicationRunner, ExitCodeGenerator, SmartLifecycle {

    public static final OneArgumentCommand COMMAND = new OneArgumentCommand("backup", "<directory>");
    private static final Logger LOG = LoggerFactory.getLogger(Backup.class);
    private static final String PREFIX = "registry-";
    private static final DateTimeFormatter NAME =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

    private final EventLog log;
    private final String version;
    private final String scheduledDirectory;
    private final Duration interval;
    private final int retention;
    private final Clock clock;
    private ScheduledExecutorService schedule;
    private int exitCode;

    Backup(
            EventLog log,
            ObjectProvider<BuildProperties> build,
            @Value("${registry.backup.directory:}") String scheduledDirectory,
            @Value("${registry.backup.interval:PT24H}") Duration interval,
            @Value("${registry.backup.retention:7}") int retention) {
        if (retention < 1) {
            throw new IllegalStateException(
                    "registry.backup.retention must keep at least one backup, not " + retention);
        }
        this.log = log;
        BuildProperties properties = build.getIfAvailable();
        this.version = properties == null ? "unknown" : properties.getVersion();
        this.scheduledDirectory = scheduledDirectory;
        this.interval = interval;
        this.retention = retention;
        this.clock = Clock.systemUTC();
    }

    /** Whether the command line asks for a backup rather than the registry's web application. */
    public static boolean requested(String... args) {
        return COMMAND.requested(args);
    }

    @Override
    public void run(ApplicationArguments args) {
        COMMAND.run(args, this::backupOnce).ifPresent(code -> exitCode = code);
    }

    private int backupOnce(String directory) {
        try {
            BackupManifest manifest = backup(Path.of(directory), Integer.MAX_VALUE);
            System.out.println("backup events=" + manifest.events() + " chain_head=" + manifest.chainHead() + " file="
                    + Path.of(directory).resolve(manifest.file()));
            return 0;
        } catch (RuntimeException e) {
            System.err.println("backup failed: " + e.getMessage());
            return 2;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    /**
     * Writes the export and its manifest into the directory, then removes the oldest backups beyond {@code keep}. The
     * export goes to a partial file first and takes its name once whole, so a backup that fails leaves no file a
     * restore would take for one.
     */
    public BackupManifest backup(Path directory, int keep) {
        Instant takenAt = clock.instant();
        String stem = PREFIX + NAME.format(takenAt);
        Path export = directory.resolve(stem + BackupManifest.EXPORT_SUFFIX);
        Path partial = directory.resolve(stem + BackupManifest.EXPORT_SUFFIX + ".partial");
        try {
            Files.createDirectories(directory);
            EventLog.Exported exported;
            try (OutputStream out = Files.newOutputStream(partial)) {
                exported = log.exportSettled(out);
            }
            Files.move(partial, export, StandardCopyOption.ATOMIC_MOVE);
            BackupManifest manifest = new BackupManifest(
                    export.getFileName().toString(),
                    exported.events(),
                    exported.lastPosition(),
                    exported.lastRecordedAt(),
                    exported.chainHead(),
                    takenAt.toString(),
                    version);
            manifest.write(BackupManifest.pathFor(export));
            prune(directory, keep);
            return manifest;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write a backup into " + directory, e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                LOG.warn("could not remove the partial backup {}: {}", partial, e.getMessage());
            }
        }
    }

    /** Keeps the newest backups; the names sort by the time they were taken. */
    private static void prune(Path directory, int keep) throws IOException {
        List<Path> manifests;
        try (Stream<Path> files = Files.list(directory)) {
            manifests = files.filter(path -> {
                        String name = path.getFileName().toString();
                        return name.startsWith(PREFIX) && name.endsWith(BackupManifest.MANIFEST_SUFFIX);
                    })
                    .sorted()
                    .toList();
        }
        for (Path manifest : manifests.subList(0, Math.max(0, manifests.size() - keep))) {
            String name = manifest.getFileName().toString();
            String stem = name.substring(0, name.length() - BackupManifest.MANIFEST_SUFFIX.length());
            Files.deleteIfExists(directory.resolve(stem + BackupManifest.EXPORT_SUFFIX));
            Files.deleteIfExists(manifest);
        }
    }

    private void scheduled() {
        try {
            BackupManifest manifest = backup(Path.of(scheduledDirectory), retention);
            LOG.info("backup {}: {} events, chain head {}", manifest.file(), manifest.events(), manifest.chainHead());
        } catch (RuntimeException e) {
            LOG.error("the scheduled backup into {} failed", scheduledDirectory, e);
        }
    }

    @Override
    public void start() {
        if (scheduledDirectory.isBlank()) {
            return;
        }
        schedule = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "registry-backup");
            thread.setDaemon(true);
            return thread;
        });
        schedule.scheduleWithFixedDelay(
                this::scheduled, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (schedule != null) {
            schedule.shutdownNow();
            schedule = null;
        }
    }

    @Override
    public boolean isRunning() {
        return schedule != null;
    }
}
