package dk.kk.registry.infra.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.registry.infra.config.TestDatabases;
import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.AuditTrail;
import dk.kk.registry.infra.support.Eventually;
import dk.kk.registry.infra.support.Fixtures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hash chain under the load it must survive (ADR 0009): many writers at once, and transactions held open on
 * purpose so that events commit after events with higher global indexes. However they commit, every event ends up
 * linked in global order, the verification is intact, the export passes the independent script, and a replay or a
 * fresh rebuild of the chain gives the same links.
 */
class ChainUnderConcurrencyIT {

    private static final int WRITERS = 8;
    private static final Duration WRITING = Duration.ofSeconds(8);

    private static ConfigurableApplicationContext registry;
    private static JdbcTemplate db;
    private static Api api;
    private static String area;

    @BeforeAll
    static void start() {
        String url = TestDatabases.fresh("chain");
        db = new JdbcTemplate(new DriverManagerDataSource(url, "postgres", "postgres"));
        Instances.createProbeTable(db);
        registry = Instances.start("chain", url);
        api = Api.at(Instances.base(registry));
        area = Fixtures.on(api).area("chain");
    }

    @AfterAll
    static void stop() {
        if (registry != null && registry.isActive()) {
            registry.close();
        }
    }

    @Test
    void eventsCommittedOutOfOrderByManyWritersAreAllLinkedInGlobalOrder() throws Exception {
        List<String> interventions = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            interventions.add(register("Skriver " + i));
        }
        String held = register("Holdt åben");
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        AtomicInteger written = new AtomicInteger();
        AtomicInteger late = new AtomicInteger();
        long end = System.nanoTime() + WRITING.toNanos();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (String intervention : interventions) {
                running.add(pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        Api.Response spent = api.as("pm.tmf")
                                .post(
                                        "/api/interventions/" + intervention + "/expenditures",
                                        Map.of("year", 2021, "amount", Map.of("amount", "1.00", "currency", "DKK")));
                        assertThat(spent.status()).as(spent.toString()).isEqualTo(201);
                        written.incrementAndGet();
                    }
                }));
            }
            running.add(pool.submit(() -> {
                // One transaction at a time, each held open while the writers commit events after its own.
                while (System.nanoTime() < end) {
                    appendHeldOpen(held, Duration.ofMillis(300 + late.get() % 5 * 100));
                    late.incrementAndGet();
                }
            }));
            for (Future<?> each : running) {
                each.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(late.get()).isGreaterThan(5);
        assertThat(lateCommits())
                .as("events that committed after events with higher indexes")
                .isPositive();

        AuditTrail.awaitChain(db);
        JsonNode verification = api.as("auditor").get("/api/audit/verify").json();
        assertThat(verification.get("intact").asBoolean())
                .as(verification.toString())
                .isTrue();
        assertThat(verification.get("eventsChecked").asLong()).isGreaterThan(written.get() + late.get());
        AuditTrail.Script script = AuditTrail.verifyExport(api);
        if (script != null) {
            assertThat(script.exit()).as(script.output()).isZero();
            assertThat(script.output()).startsWith("ok ");
        }

        Map<Long, String> links = links();
        StreamingEventProcessor chain = registry.getBean(EventProcessingConfiguration.class)
                .eventProcessor("audit-chain", StreamingEventProcessor.class)
                .orElseThrow();
        replay(chain, held);
        assertThat(firstDifference(links(), links))
                .as("a replay of the chain changes no link")
                .isNull();

        chain.shutDown();
        db.update("DELETE FROM event_chain");
        replay(chain, held);
        assertThat(firstDifference(links(), links))
                .as("a chain rebuilt from nothing is the same chain")
                .isNull();
    }

    /**
     * While a late event has committed but the chain processor has not linked it yet, the log holds an unlinked event
     * below linked ones. The verification reports it as pending, not as tampering, as long as the processor still
     * waits for it (its position is a gap in the processor's token); once linked, the chain is intact.
     */
    @Test
    void aLateEventAwaitingItsLinkIsPendingNotBroken() throws Exception {
        String slow = register("Sen");
        String fast = register("Hurtig");
        TransactionTemplate transaction = new TransactionTemplate(registry.getBean(PlatformTransactionManager.class));
        CompletableFuture<Void> open = new CompletableFuture<>();
        CompletableFuture<Void> commit = new CompletableFuture<>();
        ExecutorService writer = Executors.newSingleThreadExecutor();
        CompletableFuture<Void> held = CompletableFuture.runAsync(
                () -> transaction.executeWithoutResult(status -> {
                    Instances.appendExpenditure(registry, slow);
                    open.complete(null);
                    commit.join();
                }),
                writer);
        writer.shutdown();
        open.get(30, TimeUnit.SECONDS);
        for (int i = 0; i < 3; i++) {
            assertThat(api.as("pm.tmf")
                            .post(
                                    "/api/interventions/" + fast + "/expenditures",
                                    Map.of("year", 2021, "amount", Map.of("amount", "1.00", "currency", "DKK")))
                            .status())
                    .isEqualTo(201);
        }
        AuditTrail.awaitChain(db);
        StreamingEventProcessor chain = registry.getBean(EventProcessingConfiguration.class)
                .eventProcessor("audit-chain", StreamingEventProcessor.class)
                .orElseThrow();
        chain.shutDown();
        try {
            commit.complete(null);
            held.get(30, TimeUnit.SECONDS);

            JsonNode pending = api.as("auditor").get("/api/audit/verify").json();
            assertThat(pending.get("intact").asBoolean()).as(pending.toString()).isTrue();
            assertThat(pending.get("eventsPending").asLong())
                    .as(pending.toString())
                    .isEqualTo(1);
        } finally {
            chain.start();
        }
        AuditTrail.awaitChain(db);
        JsonNode linked = api.as("auditor").get("/api/audit/verify").json();
        assertThat(linked.get("intact").asBoolean()).as(linked.toString()).isTrue();
        assertThat(linked.get("eventsPending").asLong()).isZero();
    }

    private static String firstDifference(Map<Long, String> actual, Map<Long, String> expected) {
        // Events recorded since (the one that ends a replay) are linked after the ones compared.
        long last = expected.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
        for (Map.Entry<Long, String> link : actual.entrySet()) {
            if (link.getKey() <= last && !link.getValue().equals(expected.get(link.getKey()))) {
                return "first differing link at " + link.getKey() + ": " + link.getValue() + " instead of "
                        + expected.get(link.getKey());
            }
        }
        long compared =
                actual.keySet().stream().filter(position -> position <= last).count();
        return compared == expected.size() ? null : compared + " links instead of " + expected.size();
    }

    /**
     * Replays the chain processor from the first event. A replay ends at the first event recorded after the reset, so
     * one is recorded; the replay is over once its token is an ordinary one again and every event is linked.
     */
    private static void replay(StreamingEventProcessor chain, String intervention) {
        chain.shutDown();
        chain.resetTokens();
        chain.start();
        assertThat(api.as("pm.tmf")
                        .post(
                                "/api/interventions/" + intervention + "/expenditures",
                                Map.of("year", 2022, "amount", Map.of("amount", "2.00", "currency", "DKK")))
                        .status())
                .isEqualTo(201);
        Eventually.within(Duration.ofMinutes(1), "the chain's replay ends", () -> db.queryForObject(
                        "SELECT tokentype FROM tokenentry WHERE processorname = 'audit-chain'", String.class)
                .endsWith("GapAwareTrackingToken"));
        AuditTrail.awaitChain(db);
    }

    private static long lateCommits() {
        // A held event's transaction stays open for at least 300 ms: an event created within 200 ms after it, with a
        // higher index, committed first.
        return db.queryForObject("""
                SELECT count(*) FROM domainevententry h
                WHERE convert_from(h.metadata, 'UTF8') LIKE '%held open%' AND EXISTS (
                    SELECT 1 FROM domainevententry w WHERE w.globalindex > h.globalindex
                    AND w.timestamp::timestamptz < h.timestamp::timestamptz + interval '200 milliseconds')""", Long.class);
    }

    private static Map<Long, String> links() {
        Map<Long, String> links = new LinkedHashMap<>();
        db.query("SELECT global_index, hash FROM event_chain ORDER BY global_index", rs -> {
            links.put(rs.getLong(1), rs.getString(2));
        });
        return links;
    }

    private static void appendHeldOpen(String interventionId, Duration open) {
        new TransactionTemplate(registry.getBean(PlatformTransactionManager.class)).executeWithoutResult(status -> {
            Instances.appendExpenditure(registry, interventionId);
            try {
                Thread.sleep(open.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    private static String register(String title) {
        Fixtures fixtures = Fixtures.on(api);
        Map<String, Object> registration = fixtures.registration(title, area);
        registration.put("plannedEnd", "2030-12-31");
        return fixtures.intervention(registration);
    }
}
