package dk.kk.registry.infra.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.AuditTrail;
import dk.kk.registry.infra.support.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Concurrent writers against registry processes on one PostgreSQL, with {@code kill -9} of the first process in the
 * middle of the load and a restart; then every acknowledged write is looked up in the event log and in the
 * projections. Each write is an expenditure carrying a unique reason and {@code Idempotency-Key}; a write whose
 * connection fails is sent again with the same key, to the other instance when there is one, so a write the dead
 * process recorded but could not answer is answered from the idempotency record instead of being recorded twice.
 * Used by {@code CrashIT} (one process, a short load) and by {@code scripts/soak} (two processes).
 */
public final class Soak {

    /** What to run: how many processes and writers, how long, when to kill. */
    public record Settings(
            int instances, int writers, int interventions, Duration load, Duration killAfter, Duration afterRestart) {}

    /** What was found. {@code found}: acknowledged writes that are exactly once in the log and in the projections. */
    public record Outcome(
            long acknowledged,
            long found,
            long duplicates,
            long lost,
            boolean projectionsEqual,
            boolean chainIntact,
            long conflicts,
            long serverErrors,
            long unanswered,
            long acknowledgedAfterRestart,
            Duration recovery,
            List<String> problems) {

        public String line() {
            return "soak writes_acknowledged=" + acknowledged + " found=" + found + " duplicates=" + duplicates
                    + " lost=" + lost + " projections_equal=" + projectionsEqual + " chain_intact=" + chainIntact;
        }

        public String details() {
            return "soak conflicts_409=" + conflicts + " server_errors_5xx=" + serverErrors + " unanswered="
                    + unanswered + " acknowledged_after_restart=" + acknowledgedAfterRestart + " recovery_ms="
                    + recovery.toMillis() + (problems.isEmpty() ? "" : " problems=" + problems);
        }

        public boolean passed() {
            return acknowledged > 0
                    && found == acknowledged
                    && duplicates == 0
                    && lost == 0
                    && projectionsEqual
                    && chainIntact
                    && serverErrors == 0;
        }
    }

    private record Ack(String key, String interventionId, long version, long at) {}

    private final Settings settings;
    private final Path jar;
    private final String jdbcUrl;
    private final Path logs;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final ConcurrentLinkedQueue<Ack> acks = new ConcurrentLinkedQueue<>();
    private final AtomicLong conflicts = new AtomicLong();
    private final AtomicLong serverErrors = new AtomicLong();
    private final AtomicLong unanswered = new AtomicLong();
    private final AtomicBoolean stop = new AtomicBoolean();
    private volatile long restartedAt = Long.MAX_VALUE;

    public Soak(Settings settings, Path jar, String jdbcUrl, Path logs) {
        this.settings = settings;
        this.jar = jar;
        this.jdbcUrl = jdbcUrl;
        this.logs = logs;
    }

    public Outcome run() throws Exception {
        Files.createDirectories(logs);
        List<RegistryProcess> processes = new ArrayList<>();
        try {
            for (int i = 0; i < settings.instances(); i++) {
                // One after the other: the first creates the tables and the reference data.
                RegistryProcess process = new RegistryProcess("registry-" + (char) ('a' + i), jar, jdbcUrl, logs);
                process.start(Duration.ofMinutes(3));
                processes.add(process);
            }
            List<String> interventions = setUp(processes.get(0));
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < settings.writers(); w++) {
                int writer = w;
                Thread thread = new Thread(() -> write(writer, processes, interventions), "soak-writer-" + w);
                thread.start();
                writers.add(thread);
            }
            Thread.sleep(settings.killAfter().toMillis());
            RegistryProcess victim = processes.get(0);
            long killedAt = System.nanoTime();
            victim.kill();
            victim.start(Duration.ofMinutes(3));
            Duration recovery = Duration.ofNanos(System.nanoTime() - killedAt);
            restartedAt = System.nanoTime();
            long remaining = settings.load().minus(settings.killAfter()).toMillis() - recovery.toMillis();
            Thread.sleep(Math.max(settings.afterRestart().toMillis(), remaining));
            // On a busy machine the restarted process may need a while before it answers writes again (its
            // processors wait for the dead process's claims to time out): keep the load on until it has.
            long patience = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (acknowledgedSince(restartedAt) < settings.writers() && System.nanoTime() < patience) {
                Thread.sleep(250);
            }
            stop.set(true);
            for (Thread thread : writers) {
                thread.join();
            }
            return check(processes, interventions, recovery);
        } finally {
            processes.forEach(RegistryProcess::stop);
        }
    }

    private long acknowledgedSince(long nanoTime) {
        return acks.stream().filter(ack -> ack.at() > nanoTime).count();
    }

    private List<String> setUp(RegistryProcess first) {
        Api admin = Api.at(first.base()).as("admin");
        String area = "soak-" + run;
        Api.Response created =
                admin.post("/api/areas", Map.of("id", area, "name", "Soak " + run, "kind", "MUNICIPAL_DESIGNATED"));
        require(created.status() == 201, created);
        Api pm = Api.at(first.base()).as("pm.tmf");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < settings.interventions(); i++) {
            Api.Response registered =
                    pm.post("/api/interventions", Fixtures.on(pm).registration("Soak " + run + " " + i, area));
            require(registered.status() == 201, registered);
            ids.add(registered.json().get("id").asText());
        }
        return ids;
    }

    private void write(int writer, List<RegistryProcess> processes, List<String> interventions) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (long n = 0; !stop.get(); n++) {
            String key = run + "-" + writer + "-" + n;
            String id = interventions.get(random.nextInt(interventions.size()));
            Map<String, Object> body = Map.of(
                    "year",
                    2020,
                    "amount",
                    Map.of("amount", String.format("%d.%02d", writer + 1, n % 100), "currency", "DKK"),
                    "reason",
                    "soak " + key);
            int target = writer;
            long giveUp = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (true) {
                RegistryProcess process = processes.get(target % processes.size());
                Api.Response response;
                try {
                    response = Api.at(process.base())
                            .as("pm.tmf")
                            .header("Idempotency-Key", key)
                            .post("/api/interventions/" + id + "/expenditures", body);
                } catch (IllegalStateException unreachable) {
                    // The process is dead or restarting: the same request, same key, to the other instance.
                    if (System.nanoTime() > giveUp) {
                        unanswered.incrementAndGet();
                        break;
                    }
                    target++;
                    RegistryProcess.pause(100);
                    continue;
                }
                if (response.status() / 100 == 2) {
                    acks.add(new Ack(key, id, response.json().get("version").asLong(), System.nanoTime()));
                } else if (response.status() == 409) {
                    conflicts.incrementAndGet();
                } else if (response.status() >= 500) {
                    serverErrors.incrementAndGet();
                    System.err.println("soak 5xx from " + process.name() + ": " + response);
                } else {
                    throw new IllegalStateException("unexpected answer " + response);
                }
                break;
            }
        }
    }

    private Outcome check(List<RegistryProcess> processes, List<String> interventions, Duration recovery)
            throws SQLException, IOException, InterruptedException {
        Api admin = Api.at(processes.get(0).base()).as("admin");
        caughtUp(admin);
        Map<String, List<String>> logged = new HashMap<>();
        Map<String, Integer> projected = new HashMap<>();
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
            Array ids = db.createArrayOf("text", interventions.toArray());
            try (PreparedStatement query = db.prepareStatement("""
                    SELECT convert_from(metadata, 'UTF8')::jsonb ->> 'reason', aggregateidentifier, sequencenumber
                    FROM domainevententry WHERE aggregateidentifier = ANY (?)
                    """)) {
                query.setArray(1, ids);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        logged.computeIfAbsent(Objects.toString(rs.getString(1)), r -> new ArrayList<>())
                                .add(rs.getString(2) + "/" + rs.getLong(3));
                    }
                }
            }
            try (PreparedStatement query = db.prepareStatement("""
                    SELECT reason, count(*) FROM intervention_event WHERE intervention_id = ANY (?) GROUP BY reason
                    """)) {
                query.setArray(1, ids);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        projected.put(Objects.toString(rs.getString(1)), rs.getInt(2));
                    }
                }
            }
        }
        List<String> problems = new ArrayList<>();
        long found = acks.stream()
                .filter(ack -> {
                    List<String> events = logged.getOrDefault("soak " + ack.key(), List.of());
                    int inProjection = projected.getOrDefault("soak " + ack.key(), 0);
                    boolean once =
                            events.equals(List.of(ack.interventionId() + "/" + ack.version())) && inProjection == 1;
                    if (!once && problems.size() < 10) {
                        problems.add("acknowledged " + ack.key() + " as " + ack.interventionId() + "/" + ack.version()
                                + ": log " + events + ", projection " + inProjection);
                    }
                    return once;
                })
                .count();
        long duplicates = logged.entrySet().stream()
                .filter(e -> e.getKey().startsWith("soak " + run))
                .filter(e -> e.getValue().size() > 1 || projected.getOrDefault(e.getKey(), 0) > 1)
                .count();
        logged.forEach((reason, events) -> {
            if (projected.getOrDefault(reason, 0) != events.size() && problems.size() < 20) {
                problems.add("logged " + reason + " " + events + " but projected " + projected.get(reason));
            }
        });
        boolean everyEventProjected = logged.entrySet().stream()
                .allMatch(e ->
                        projected.getOrDefault(e.getKey(), 0) == e.getValue().size());
        boolean sameViews = sameViews(processes, interventions);
        boolean verified = processes.stream()
                .allMatch(process -> verified(Api.at(process.base()).as("admin")));
        if (!sameViews || !verified) {
            problems.add("instances answer the same views: " + sameViews + ", verify equal: " + verified);
        }
        boolean equal = everyEventProjected && sameViews && verified;
        boolean chainIntact = chainIntact(processes, problems);
        long afterRestart = acknowledgedSince(restartedAt);
        return new Outcome(
                acks.size(),
                found,
                duplicates,
                acks.size() - found,
                equal,
                chainIntact,
                conflicts.get(),
                serverErrors.get(),
                unanswered.get(),
                afterRestart,
                recovery,
                problems);
    }

    /** Every instance answers the same intervention documents. */
    private static boolean sameViews(List<RegistryProcess> processes, List<String> interventions) {
        for (String id : interventions) {
            JsonNode first = null;
            for (RegistryProcess process : processes) {
                JsonNode view = Api.at(process.base())
                        .as("auditor")
                        .get("/api/interventions/" + id)
                        .json();
                if (first != null && !first.equals(view)) {
                    return false;
                }
                first = view;
            }
        }
        return true;
    }

    /**
     * Once the chain processor has linked every event, each instance's verification of the hash chain is intact, and
     * the export passes the independent script ({@code scripts/verify-export.py}) where python3 is at hand.
     */
    private static boolean chainIntact(List<RegistryProcess> processes, List<String> problems)
            throws IOException, InterruptedException {
        Api auditor = Api.at(processes.get(0).base()).as("auditor");
        long end = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        JsonNode verification = auditor.get("/api/audit/verify").json();
        while (verification.path("eventsPending").asLong() > 0 && System.nanoTime() < end) {
            RegistryProcess.pause(250);
            verification = auditor.get("/api/audit/verify").json();
        }
        boolean intact = true;
        for (RegistryProcess process : processes) {
            JsonNode each = Api.at(process.base())
                    .as("auditor")
                    .get("/api/audit/verify")
                    .json();
            if (!each.path("intact").asBoolean()) {
                problems.add("the hash chain does not verify: " + each);
                intact = false;
            }
        }
        AuditTrail.Script script = AuditTrail.verifyExport(auditor);
        if (script != null && script.exit() != 0) {
            problems.add("scripts/verify-export.py: " + script.output());
            intact = false;
        }
        return intact;
    }

    /** The instance's rebuild of every projection in a scratch schema equals the live tables. */
    private static boolean verified(Api admin) {
        Api.Response verify = admin.post("/api/admin/projections/verify", Map.of());
        return verify.status() == 200 && verify.json().get("equal").asBoolean();
    }

    private static void caughtUp(Api admin) {
        long end = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < end) {
            JsonNode items = admin.get("/api/admin/projections").json().get("items");
            boolean all = true;
            for (JsonNode item : items) {
                all &= item.path("lag").asLong(-1) == 0;
            }
            if (all) {
                return;
            }
            RegistryProcess.pause(250);
        }
    }

    private static void require(boolean condition, Api.Response response) {
        if (!condition) {
            throw new IllegalStateException("soak set-up failed: " + response);
        }
    }
}
