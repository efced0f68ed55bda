package dk.kk.registry.infra.bench;

import dk.kk.registry.infra.support.Api;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * 16 clients issue intervention commands through the HTTP API (register, then four expenditures on it, each answered
 * only once read-your-writes holds), against 16 connections doing raw {@code INSERT}+{@code COMMIT} of rows the size of
 * the events those commands stored, on the same PostgreSQL with the same settings, in the same run.
 */
record CommandsBench(BenchRegistry registry, int commands) {

    private static final int CLIENTS = 16;
    static final int DEFAULT_COMMANDS = 4000;
    private static final int FOLLOW_UPS = 4;

    CommandsBench {
        commands = Math.max(CLIENTS * 5, Math.min(commands, DEFAULT_COMMANDS));
    }

    Result run() throws Exception {
        Api admin = registry.api().as("admin");
        List<String> areas = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String id = "bench-cmd-" + i;
            admin.post("/api/areas", Map.of("id", id, "name", "Område " + i, "kind", "MUNICIPAL_DESIGNATED"));
            areas.add(id);
        }
        Bench.progress("commands: warming up");
        drive(Math.max(CLIENTS * 5, commands / 5), areas, new Latencies());
        long firstIndex = registry.head() + 1;
        Latencies api = new Latencies();
        Bench.progress("commands: " + commands + " commands from " + CLIENTS + " clients");
        Profile profile = Profile.startIfAsked(registry);
        double apiSeconds = drive(commands, areas, api);
        if (profile != null) {
            profile.close();
        }
        Map<String, Object> size = registry.jdbc().queryForMap("""
                SELECT count(*) AS events, avg(octet_length(payload))::int AS payload,
                    avg(octet_length(metadata))::int AS metadata
                FROM domainevententry WHERE globalindex >= ?
                """, firstIndex);
        int payloadBytes = ((Number) size.get("payload")).intValue();
        int metadataBytes = ((Number) size.get("metadata")).intValue();
        double apiRate = api.count() / apiSeconds;

        Bench.progress("commands: raw INSERT+COMMIT of rows of " + (payloadBytes + metadataBytes) + " bytes");
        Latencies raw = new Latencies();
        rawInserts(Math.max(CLIENTS * 20, commands / 5), payloadBytes, metadataBytes, new Latencies());
        double rawSeconds = rawInserts(commands, payloadBytes, metadataBytes, raw);
        double rawRate = raw.count() / rawSeconds;

        double ratio = apiRate / rawRate;
        double p99Ratio = api.percentile(99) / raw.percentile(99);
        boolean pass = ratio >= 0.5 && p99Ratio <= 3;
        return new Result("commands")
                .figure("commands", api.count())
                .figure("api_per_s", apiRate)
                .figure("api_p50_ms", api.percentile(50))
                .figure("api_p99_ms", api.percentile(99))
                .figure("raw_per_s", rawRate)
                .figure("raw_p50_ms", raw.percentile(50))
                .figure("raw_p99_ms", raw.percentile(99))
                .figure("row_bytes", payloadBytes + metadataBytes)
                .figure("p99_ratio", p99Ratio)
                .ratio(ratio)
                .target("throughput>=0.5xraw,p99<=3xraw", pass);
    }

    /** Answers the seconds the commands took; each client registers an intervention, then records expenditure. */
    private double drive(int total, List<String> areas, Latencies latencies) throws Exception {
        AtomicInteger issued = new AtomicInteger();
        return clients(client -> {
            Api pm = registry.api().as(client % 2 == 0 ? "pm.tmf" : "pm.sof");
            String lead = client % 2 == 0 ? "TMF" : "SOF";
            int number;
            while ((number = issued.getAndAdd(1 + FOLLOW_UPS)) < total) {
                long t = System.nanoTime();
                // A short number: a random UUID's digits look like a CPR number about once in a hundred.
                Api.Response registered = pm.post(
                        "/api/interventions",
                        Map.of(
                                "title",
                                "Benchmark-indsats " + Integer.toString(number, 36),
                                "description",
                                "Målt af scripts/bench commands",
                                "kind",
                                "AREA_BASED",
                                "category",
                                "EMPLOYMENT_SCHEME",
                                "leadAdministration",
                                lead,
                                "areas",
                                List.of(areas.get(client % areas.size())),
                                "targetGroups",
                                List.of("YOUNG_ADULTS"),
                                "plannedStart",
                                "2024-01-01",
                                "plannedEnd",
                                "2030-12-31"));
                latencies.add(System.nanoTime() - t);
                check(registered, 201);
                String id = registered.json().get("id").asText();
                for (int i = 0; i < FOLLOW_UPS; i++) {
                    t = System.nanoTime();
                    Api.Response spent = pm.post(
                            "/api/interventions/" + id + "/expenditures",
                            Map.of(
                                    "year",
                                    2024 + i,
                                    "amount",
                                    Map.of("amount", (100_000 + i) + ".50", "currency", "DKK")));
                    latencies.add(System.nanoTime() - t);
                    check(spent, 200, 201);
                }
            }
        });
    }

    private static void check(Api.Response response, int... expected) {
        for (int status : expected) {
            if (response.status() == status) {
                return;
            }
        }
        throw new IllegalStateException("unexpected answer: " + response);
    }

    /** Rows shaped like the event table's, each inserted and committed on its own by one of 16 connections. */
    private double rawInserts(int total, int payloadBytes, int metadataBytes, Latencies latencies) throws Exception {
        registry.jdbc().execute("""
                CREATE TABLE IF NOT EXISTS bench_raw_event (
                    globalindex BIGSERIAL NOT NULL PRIMARY KEY, aggregateidentifier VARCHAR(255) NOT NULL,
                    sequencenumber BIGINT NOT NULL, type VARCHAR(255), eventidentifier VARCHAR(255) NOT NULL UNIQUE,
                    metadata BYTEA, payload BYTEA NOT NULL, payloadrevision VARCHAR(255),
                    payloadtype VARCHAR(255) NOT NULL, timestamp VARCHAR(255) NOT NULL,
                    UNIQUE (aggregateidentifier, sequencenumber))
                """);
        String url = registry.jdbc()
                .execute((java.sql.Connection c) -> c.getMetaData().getURL());
        AtomicInteger issued = new AtomicInteger();
        SecureRandom random = new SecureRandom();
        return clients(client -> {
            try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
                    PreparedStatement insert = connection.prepareStatement("""
                            INSERT INTO bench_raw_event (aggregateidentifier, sequencenumber, type,
                                eventidentifier, metadata, payload, payloadrevision, payloadtype, timestamp)
                            VALUES (?, 0, 'Intervention', ?, ?, ?, '1', 'bench.RawEvent', ?)""")) {
                connection.setAutoCommit(true);
                byte[] payload = new byte[payloadBytes];
                byte[] metadata = new byte[metadataBytes];
                while (issued.getAndIncrement() < total) {
                    random.nextBytes(payload);
                    random.nextBytes(metadata);
                    long t = System.nanoTime();
                    insert.setString(1, UUID.randomUUID().toString());
                    insert.setString(2, UUID.randomUUID().toString());
                    insert.setBytes(3, metadata);
                    insert.setBytes(4, payload);
                    insert.setString(5, java.time.Instant.now().toString());
                    insert.executeUpdate();
                    latencies.add(System.nanoTime() - t);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** What one of the concurrent clients does, given its number. */
    private interface Client {
        void run(int client) throws Exception;
    }

    /** Runs the clients at once until each is done; answers the seconds they took. */
    private static double clients(Client work) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long started = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                running.add(clients.submit(() -> {
                    work.run(client);
                    return null;
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } finally {
            clients.shutdownNow();
        }
        return (System.nanoTime() - started) / 1e9;
    }
}
