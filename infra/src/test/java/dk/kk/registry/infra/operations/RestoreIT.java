package dk.kk.registry.infra.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.registry.infra.RegistryApplication;
import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.Eventually;
import dk.kk.registry.infra.support.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A registry backed up while writers write, and restored from the backup into an empty database of its own: the same
 * snapshot as of the backup's head, an intact chain, projections equal to a rebuild. A tampered or cut file, and a
 * database that already holds events, are refused with nothing written. Two registries on databases of their own on the
 * test JVM's embedded server: the source with the demo history, the target empty (no reference data, no demo load).
 * Ordered: the refusals need the target still empty.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RestoreIT {

    @TempDir
    static Path directory;

    private static ConfigurableApplicationContext source;
    private static ConfigurableApplicationContext target;
    private static BackupManifest backup;
    private static Path backupFile;

    private record Run(int exitCode, String out, String err) {}

    @BeforeAll
    static void startSourceAndEmptyTarget() {
        source = start("restore_src");
        target = start("restore_dst", "--registry.demo.load=false", "--registry.reference-data.record-at-start=false");
    }

    @AfterAll
    static void stop() {
        if (source != null) {
            source.close();
        }
        if (target != null) {
            target.close();
        }
    }

    private static ConfigurableApplicationContext start(String database, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.jmx.enabled=false",
                "--registry.embedded.ephemeral=true",
                "--registry.embedded.database=" + database + "_"
                        + UUID.randomUUID().toString().replace("-", "").substring(0, 10)));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(RegistryApplication.class).run(args.toArray(String[]::new));
    }

    private static Api api(ConfigurableApplicationContext registry) {
        return Api.at("http://localhost:" + registry.getEnvironment().getProperty("local.server.port"));
    }

    private static Run restore(ConfigurableApplicationContext registry, Path file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = registry.getBean(Restore.class)
                .restore(
                        file,
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        false);
        return new Run(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static long events(ConfigurableApplicationContext registry) {
        return registry.getBean(JdbcTemplate.class).queryForObject("SELECT count(*) FROM domainevententry", Long.class);
    }

    /** A backup of the source taken while four writers record expenditures through its API. */
    private static synchronized Path backupUnderWrites() throws Exception {
        if (backupFile != null) {
            return backupFile;
        }
        Api pm = api(source).as("pm.tmf");
        List<String> interventions = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Map<String, Object> registration = Fixtures.on(pm).registration("Genskabt " + i, "copenhagen");
            registration.put("description", "Gendannes fra en sikkerhedskopi");
            interventions.add(Fixtures.on(pm).intervention(registration));
        }
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger acknowledged = new AtomicInteger();
        ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
        ExecutorService writers = Executors.newFixedThreadPool(4);
        for (int w = 0; w < 4; w++) {
            String id = interventions.get(w);
            writers.submit(() -> {
                for (int n = 0; !stop.get(); n++) {
                    int status = pm.post(
                                    "/api/interventions/" + id + "/expenditures",
                                    Map.of(
                                            "year",
                                            2021,
                                            "amount",
                                            Map.of("amount", "12.50", "currency", "DKK"),
                                            "reason",
                                            "written during the backup " + n))
                            .status();
                    statuses.add(status);
                    if (status == 201) {
                        acknowledged.incrementAndGet();
                    }
                }
            });
        }
        Eventually.within(Duration.ofSeconds(60), "the writers write", () -> acknowledged.get() >= 8);
        backup = source.getBean(Backup.class).backup(directory.resolve("backups"), 3);
        int atTheBackup = acknowledged.get();
        Eventually.within(
                Duration.ofSeconds(60),
                "the writers go on after the backup",
                () -> acknowledged.get() >= atTheBackup + 8);
        stop.set(true);
        writers.shutdown();
        assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(statuses).contains(201).allMatch(status -> status == 201 || status == 409);
        backupFile = directory.resolve("backups").resolve(backup.file());
        assertThat(events(source)).as("writes went on after the backup").isGreaterThan(backup.events());
        return backupFile;
    }

    /** Each intervention's pending evaluation deadlines, as the instants they are due. */
    private static Map<String, List<java.time.Instant>> dueInstants(ConfigurableApplicationContext registry) {
        JdbcTemplate jdbc = registry.getBean(JdbcTemplate.class);
        Map<String, List<java.time.Instant>> due = new java.util.TreeMap<>();
        registry.getBean(EvaluationDeadlineBackfill.class)
                .pendingDeadlines()
                .forEach((id, instances) -> due.put(
                        id,
                        instances.stream()
                                .map(instance -> jdbc.queryForObject(
                                                "SELECT execution_time FROM scheduled_tasks WHERE task_instance = ?",
                                                java.sql.Timestamp.class,
                                                instance)
                                        .toInstant())
                                .sorted()
                                .toList()));
        return due;
    }

    /** A copy of the backup without its manifest, as an auditor's export would come. */
    private static Path copy(String name, List<String> lines) throws IOException {
        Path copy = directory.resolve(name);
        Files.write(copy, lines, StandardCharsets.UTF_8);
        return copy;
    }

    @Test
    @Order(1)
    void aTamperedLineIsRefusedWithItsNumberAndNothingIsWritten() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(backupUnderWrites(), StandardCharsets.UTF_8));
        int tampered = lines.size() / 2;
        String original = lines.get(tampered - 1);
        // In the stored metadata the chain covers, not in the line's readable copy of it (recordedBy, reason, …).
        int metadata = original.indexOf("\"metadata\":{");
        assertThat(original.indexOf("\"reason\":\"", metadata)).isPositive();
        lines.set(
                tampered - 1,
                original.substring(0, metadata)
                        + original.substring(metadata).replaceFirst("\"reason\":\"", "\"reason\":\"not "));

        Run run = restore(target, copy("tampered.ndjson", lines));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err())
                .contains("restore refused, nothing written")
                .contains("line " + tampered + ": the hash " + "chain breaks at position");
        assertThat(run.out()).isEmpty();
        assertThat(events(target)).isZero();
    }

    @Test
    @Order(2)
    void aFileCutShortIsRefusedAtItsLastLineOrByItsManifest() throws Exception {
        byte[] whole = Files.readAllBytes(backupUnderWrites());
        Path cutInALine = directory.resolve("cut.ndjson");
        Files.write(cutInALine, java.util.Arrays.copyOf(whole, whole.length - 40));
        long lines = new String(whole, StandardCharsets.UTF_8).lines().count();

        Run midLine = restore(target, cutInALine);

        assertThat(midLine.exitCode()).as(midLine.err()).isEqualTo(1);
        assertThat(midLine.err()).contains("line " + lines + ": ");

        // Cut after a whole line: only the manifest beside it can tell.
        Path backups = directory.resolve("cut-at-a-line");
        Files.createDirectories(backups);
        List<String> kept = Files.readAllLines(backupFile, StandardCharsets.UTF_8);
        Path cutAtLine = backups.resolve(backup.file());
        Files.write(cutAtLine, kept.subList(0, kept.size() - 3), StandardCharsets.UTF_8);
        Files.copy(BackupManifest.pathFor(backupFile), BackupManifest.pathFor(cutAtLine));

        Run atLine = restore(target, cutAtLine);

        assertThat(atLine.exitCode()).as(atLine.err()).isEqualTo(1);
        assertThat(atLine.err())
                .contains("its manifest says " + backup.events() + " events")
                .contains("cut short");
        assertThat(events(target)).isZero();
    }

    @Test
    @Order(3)
    void aDatabaseThatHoldsEventsIsRefused() throws Exception {
        long before = events(source);

        Run run = restore(source, backupUnderWrites());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("restore refused, nothing written: the database already holds");
        assertThat(events(source)).isGreaterThanOrEqualTo(before);
        assertThat(source.getBean(JdbcTemplate.class)
                        .queryForObject(
                                "SELECT count(*) FROM domainevententry WHERE globalindex <= ?",
                                Long.class,
                                backup.lastPosition()))
                .isEqualTo(backup.events());
    }

    @Test
    @Order(4)
    void aBackupTakenUnderWritesRestoresTheSameRegistry() throws Exception {
        Path file = backupUnderWrites();

        Run run = restore(target, file);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().strip())
                .isEqualTo("restored events=" + backup.events() + " chain_head=" + backup.chainHead()
                        + " projections_equal=true");
        assertThat(run.err()).contains("idempotency records are not restored");

        String asOf = URLEncoder.encode(asOfTheBackup().toString(), StandardCharsets.UTF_8);
        Api.Response before = api(source).as("auditor").get("/api/registry/snapshot?asOf=" + asOf);
        Api.Response after = api(target).as("auditor").get("/api/registry/snapshot?asOf=" + asOf);
        assertThat(before.status()).isEqualTo(200);
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.json()).isEqualTo(before.json());
        assertThat(after.json().toString()).contains("Genskabt 0");

        JsonNode verify = api(target).as("auditor").get("/api/audit/verify").json();
        assertThat(verify.get("intact").asBoolean()).as(verify.toString()).isTrue();
        // Beyond the restored events, at most what the re-derived deadlines record: an intervention whose evaluation
        // became overdue after the backup is recorded overdue now.
        assertThat(verify.get("eventsChecked").asLong()).isGreaterThanOrEqualTo(backup.events());
        assertThat(target.getBean(JdbcTemplate.class).queryForList("""
                SELECT DISTINCT payloadtype FROM domainevententry WHERE globalindex > ?""", String.class, backup.lastPosition()))
                .allMatch(type -> type.endsWith("EvaluationBecameOverdueEvent"));
        // The evaluation deadlines are derived again, in bulk: each intervention owing an evaluation is due when the
        // source has it due.
        assertThat(dueInstants(target)).isNotEmpty().isEqualTo(dueInstants(source));
        JsonNode projections = api(target)
                .as("admin")
                .post("/api/admin/projections/verify", "")
                .json();
        assertThat(projections.get("equal").asBoolean())
                .as(projections.toString())
                .isTrue();

        // The restored registry goes on: a new event takes the position after the restored ones.
        Api.Response area = api(target)
                .as("admin")
                .post(
                        "/api/areas",
                        Map.of(
                                "id",
                                "efter-gendannelse",
                                "name",
                                "Efter gendannelsen " + java.util.UUID.randomUUID(),
                                "kind",
                                "MUNICIPAL_DESIGNATED"));
        assertThat(area.status()).as(area.toString()).isEqualTo(201);
        assertThat(target.getBean(JdbcTemplate.class)
                        .queryForObject("SELECT max(globalindex) FROM domainevententry", Long.class))
                .isGreaterThan(backup.lastPosition());
    }

    @Test
    @Order(5)
    void theLiveProcessorsStartAtTheRestoredHeadAndProjectWhatComesAfter() throws Exception {
        JdbcTemplate jdbc = target.getBean(JdbcTemplate.class);
        io.micrometer.core.instrument.MeterRegistry meters =
                target.getBean(io.micrometer.core.instrument.MeterRegistry.class);
        List<String> processors = jdbc.queryForList("SELECT DISTINCT processorname FROM tokenentry", String.class);
        assertThat(processors).contains("interventions", "areas", "audit-chain");
        // Every segment of every processor holds a token at or past the restored head.
        assertThat(jdbc.queryForList(
                        "SELECT processorname || '/' || segment FROM tokenentry WHERE token IS NULL", String.class))
                .isEmpty();
        long afterTheBackup = jdbc.queryForObject(
                "SELECT count(*) FROM domainevententry WHERE globalindex > ?", Long.class, backup.lastPosition());
        for (String processor : processors) {
            // The restored events were projected by the restore; the live processors saw at most what came after, once
            // per segment (each segment's thread reads every event and handles those of its segment).
            long segments = jdbc.queryForObject(
                    "SELECT count(*) FROM tokenentry WHERE processorname = ?", Long.class, processor);
            assertThat(meters.counter(processor + ".ingestedCounter").count())
                    .as("events the live processor %s read", processor)
                    .isLessThanOrEqualTo(afterTheBackup * segments);
        }

        double before = meters.counter("areas.ingestedCounter").count();
        String id = "efter-gendannelse-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response area = api(target)
                .as("admin")
                .post("/api/areas", Map.of("id", id, "name", "Nyt område " + id, "kind", "MUNICIPAL_DESIGNATED"));
        assertThat(area.status()).as(area.toString()).isEqualTo(201);
        Api.Response read = api(target).as("evaluator").get("/api/areas/" + id + "/history");
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.toString()).contains("Nyt område " + id);
        assertThat(meters.counter("areas.ingestedCounter").count()).isGreaterThan(before);
        JsonNode verify = api(target).as("auditor").get("/api/audit/verify").json();
        assertThat(verify.get("intact").asBoolean()).as(verify.toString()).isTrue();
    }

    /**
     * The backup's head as an instant, or just before the first event the backup lacks if that one was stamped
     * earlier: a writer's event takes its timestamp before it commits, so under writers one committed after the
     * backup's snapshot may carry an earlier time than the head's.
     */
    private static Instant asOfTheBackup() {
        Instant head = Instant.parse(backup.lastRecordedAt());
        List<String> later = source.getBean(JdbcTemplate.class)
                .queryForList(
                        "SELECT timestamp FROM domainevententry WHERE globalindex > ?",
                        String.class,
                        backup.lastPosition());
        Instant asOf = head;
        for (String timestamp : later) {
            Instant instant = Instant.parse(timestamp);
            if (!instant.isAfter(asOf)) {
                asOf = instant.minus(1, ChronoUnit.MICROS);
            }
        }
        return asOf;
    }
}
