package dk.kk.registry.infra.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.kk.registry.infra.config.TestDatabases;
import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.Eventually;
import dk.kk.registry.infra.support.Fixtures;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * No skipped events: an event takes its global index when it is inserted but becomes visible when its transaction
 * commits. While one writer holds its transaction open, others commit events with higher indexes; the processors
 * move past the missing index and keep it as a gap for {@code registry.events.gap-timeout}. Here the gap timeout is
 * lowered to 6 s: a transaction open for 2 s is seen when it commits; one open for longer than the gap timeout is
 * skipped for good, which is why the database must cut off longer transactions first (docs/adr/0003).
 */
class GapIT {

    private static final Duration GAP_TIMEOUT = Duration.ofSeconds(8);

    private static ConfigurableApplicationContext registry;
    private static JdbcTemplate db;
    private static Fixtures fixtures;
    private static Api pm;
    private static String area;

    @BeforeAll
    static void start() {
        String url = TestDatabases.fresh("gap");
        db = new JdbcTemplate(new DriverManagerDataSource(url, "postgres", "postgres"));
        Instances.createProbeTable(db);
        // Writes answer at once while the test holds the processors back.
        registry = Instances.start(
                "gap",
                url,
                "--registry.events.gap-timeout=" + GAP_TIMEOUT,
                "--registry.read-your-writes.timeout=PT0.1S");
        fixtures = Fixtures.on(Api.at(Instances.base(registry)));
        pm = Api.at(Instances.base(registry)).as("pm.tmf");
        area = fixtures.area("gap");
    }

    @AfterAll
    static void stop() {
        if (registry != null && registry.isActive()) {
            registry.close();
        }
    }

    @Test
    void anEventCommittedLateButWithinTheGapTimeoutIsProjected() throws Exception {
        String slow = register("Langsom");

        long position = lateCommit(slow, Duration.ofSeconds(2), Duration.ofSeconds(4));

        Eventually.within(Duration.ofSeconds(15), "the late event is projected", () -> expenditures(slow) == 1);
        assertThat(db.queryForObject("SELECT times FROM probe.seen WHERE global_index = ?", Integer.class, position))
                .isEqualTo(1);
    }

    /**
     * The failure the settings prevent, shown so that the test above is known to be able to fail: a transaction open
     * longer than the gap timeout, and a processor that reads the events after its gap only once they are older than
     * the gap timeout (it was behind: busy, restarting, or taking over a dead instance's segment), drops the gap; the
     * event, committed later, is in the log but no projection ever sees it.
     */
    @Test
    void anEventCommittedAfterTheGapTimeoutIsSkippedForGood() throws Exception {
        String slow = register("For langsom");

        long position = lateCommit(slow, GAP_TIMEOUT.plusSeconds(3), GAP_TIMEOUT.plusSeconds(6));

        assertThat(db.queryForObject(
                        "SELECT count(*) FROM domainevententry WHERE globalindex = ?", Long.class, position))
                .as("the event is in the log")
                .isEqualTo(1);
        Thread.sleep(3000);
        assertThat(expenditures(slow)).as("but no projection will ever see it").isZero();
        assertThat(db.queryForObject("SELECT count(*) FROM probe.seen WHERE global_index = ?", Long.class, position))
                .isZero();
    }

    /**
     * What keeps every transaction shorter than the gap timeout: PostgreSQL ends a session idle in a transaction for
     * longer than idle_in_transaction_session_timeout (its commit fails, the write was never acknowledged), and the
     * shipped gap timeout is five times that.
     */
    @Test
    void theDatabaseCutsOffATransactionBeforeTheGapTimeout() throws Exception {
        Duration idleLimit = Duration.ofSeconds(Long.parseLong(db.queryForObject(
                        "SELECT setting FROM pg_settings WHERE name = 'idle_in_transaction_session_timeout'",
                        String.class))
                / 1000);
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        Properties shipped = yaml.getObject();
        Duration gapTimeout = Duration.parse(shipped.getProperty("registry.events.gap-timeout"));
        assertThat(idleLimit).isEqualTo(Duration.ofSeconds(60));
        assertThat(gapTimeout).as("shipped gap timeout").isGreaterThanOrEqualTo(idleLimit.multipliedBy(5));

        String cut = register("Afbrudt");
        TransactionTemplate transaction = new TransactionTemplate(registry.getBean(PlatformTransactionManager.class));
        JdbcTemplate jdbc = registry.getBean(JdbcTemplate.class);
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                    // The server's limit is 60 s; the same limit, shortened for this session, to see it act.
                    jdbc.execute("SET LOCAL idle_in_transaction_session_timeout = '1s'");
                    Instances.appendExpenditure(registry, cut);
                    sleep(Duration.ofSeconds(3));
                }))
                .as("the commit of the cut-off transaction fails")
                .isInstanceOf(RuntimeException.class);
        assertThat(db.queryForObject(
                        "SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ? "
                                + "AND payloadtype LIKE '%ExpenditureRecordedEvent'",
                        Long.class, cut))
                .isZero();
    }

    /**
     * One writer appends an expenditure to the intervention and holds its transaction open for {@code open}; meanwhile
     * another intervention gets three expenditures, committed at once, which the processors (all stopped, as when the
     * instance is behind or restarting) read only after {@code behind}. Answers the late event's global index once the processors have read the others.
     */
    private static long lateCommit(String interventionId, Duration behind, Duration open) throws Exception {
        String fast = register("Hurtig " + UUID.randomUUID());
        // All of them: the embedded event store reads once for every processor that is up to date, so one processor
        // that kept running would have read the later events young and carried the gap for the others.
        List<StreamingEventProcessor> processors =
                registry.getBean(EventProcessingConfiguration.class).eventProcessors().values().stream()
                        .filter(StreamingEventProcessor.class::isInstance)
                        .map(StreamingEventProcessor.class::cast)
                        .toList();
        processors.forEach(StreamingEventProcessor::shutDown);
        long paused = System.nanoTime();
        TransactionTemplate transaction = new TransactionTemplate(registry.getBean(PlatformTransactionManager.class));
        CompletableFuture<Void> slow = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
            Instances.appendExpenditure(registry, interventionId);
            sleep(open);
        }));
        sleep(Duration.ofMillis(500));
        for (int i = 0; i < 3; i++) {
            Api.Response spent = pm.post(
                    "/api/interventions/" + fast + "/expenditures",
                    Map.of("year", 2021, "amount", Map.of("amount", "1.00", "currency", "DKK")));
            assertThat(spent.status()).as(spent.toString()).isEqualTo(201);
        }
        sleep(behind.minusNanos(System.nanoTime() - paused));
        processors.forEach(StreamingEventProcessor::start);
        Eventually.within(
                Duration.ofSeconds(20), "the processors read the later events", () -> expenditures(fast) == 3);
        assertThat(slow).as("the slow transaction is still open when they do").isNotDone();
        slow.get(60, TimeUnit.SECONDS);
        long position = db.queryForObject(
                "SELECT globalindex FROM domainevententry WHERE aggregateidentifier = ? "
                        + "AND payloadtype LIKE '%ExpenditureRecordedEvent'",
                Long.class, interventionId);
        assertThat(db.queryForObject(
                        "SELECT max(globalindex) FROM domainevententry WHERE aggregateidentifier = ?",
                        Long.class,
                        fast))
                .as("the late event sits below events committed before it")
                .isGreaterThan(position);
        return position;
    }

    private static String register(String title) {
        return fixtures.intervention(fixtures.registration(title, area));
    }

    private static int expenditures(String interventionId) {
        return pm.get("/api/interventions/" + interventionId)
                .json()
                .get("expenditures")
                .size();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(Math.max(0, duration.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
