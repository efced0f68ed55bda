package dk.kk.registry.infra.bench;

import dk.kk.registry.infra.operations.Backup;
import dk.kk.registry.infra.operations.BackupManifest;
import dk.kk.registry.infra.operations.Restore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code scripts/bench restore --size N}: a generated history backed up ({@link Backup}, the verified export and its
 * manifest) and restored into a second registry on an empty database of its own ({@link Restore}): the chain checked,
 * every event written, every projection and the chain built by the processors, the projections verified against a
 * rebuild. Measured: the backup's and the restore's wall-clock time. Passes when the restore ends with status 0.
 */
record RestoreBench(BenchRegistry registry, int events) {

    static final int DEFAULT_EVENTS = 1_000_000;

    Result run() throws Exception {
        InterventionHistory.generate(registry, events);
        Path directory = Files.createTempDirectory("registry-restore-bench-");
        try {
            long started = System.nanoTime();
            BackupManifest backup = registry.bean(Backup.class).backup(directory, 1);
            double backupSeconds = (System.nanoTime() - started) / 1e9;
            long bytes = Files.size(directory.resolve(backup.file()));
            Bench.progress("restore: backup of " + backup.events() + " events, " + (bytes >> 20) + " MiB in "
                    + Math.round(backupSeconds) + " s; restoring into an empty database");
            int exitCode;
            double restoreSeconds;
            Map<String, Double> phases;
            try (BenchRegistry target = BenchRegistry.start(
                    Bench.FIRST_PORT + 2, Map.of("registry.reference-data.record-at-start", "false"))) {
                started = System.nanoTime();
                exitCode = target.bean(Restore.class)
                        .restore(directory.resolve(backup.file()), System.err, System.err, false);
                restoreSeconds = (System.nanoTime() - started) / 1e9;
                phases = target.bean(Restore.class).lastPhases();
            }
            Result result = new Result("restore")
                    .figure("events", backup.events())
                    .figure("export_mib", bytes >> 20)
                    .figure("backup_seconds", backupSeconds)
                    .figure("restore_seconds", restoreSeconds)
                    .figure("restore_events_per_s", backup.events() / restoreSeconds);
            phases.forEach((phase, seconds) -> result.figure(phase + "_seconds", seconds));
            return result.figure("exit", exitCode)
                    .ratio(restoreSeconds / backupSeconds)
                    .target("exit=0", exitCode == 0);
        } finally {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }
}
