package dk.kk.registry.infra.cluster;

import dk.kk.registry.infra.RegistryApplication;
import dk.kk.registry.shared.common.AuditMetadata;
import dk.kk.registry.shared.common.Money;
import dk.kk.registry.shared.intervention.ExpenditureRecordedEvent;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Registry instances as Spring contexts in the test JVM, on a shared database outside the embedded profile. Two things
 * set them apart from two JVMs, and are put right here: each gets a node id of its own in the token store (Axon's default
 * is the JVM's name, which two contexts in one JVM would share and so both own every claim), and each runs the
 * {@code probe} processor, which counts in {@code probe.seen} how often each event was handled, in the processor's
 * transaction, as a projection would.
 */
final class Instances {

    static final String PROBE = "probe";
    private static final String DEMO_HASH = new BCryptPasswordEncoder().encode("demo");

    private Instances() {}

    /** The probe's table lives in a schema of its own: Flyway owns {@code public} and refuses one with foreign tables. */
    static void createProbeTable(JdbcTemplate jdbc) {
        jdbc.execute("CREATE SCHEMA IF NOT EXISTS probe");
        jdbc.execute("""
                CREATE TABLE IF NOT EXISTS probe.seen (global_index BIGINT PRIMARY KEY, times INT NOT NULL,
                    node TEXT NOT NULL, at TIMESTAMPTZ NOT NULL)""");
    }

    static ConfigurableApplicationContext start(String node, String jdbcUrl, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--spring.datasource.hikari.maximum-pool-size=24",
                "--spring.jmx.enabled=false",
                "--registry.cluster-test.node=" + node,
                "--axon.eventhandling.processors.probe.mode=tracking",
                "--axon.eventhandling.processors.probe.batch-size=100"));
        String[][] users = {{"pm.tmf", "PROJECT_MANAGER", "TMF"}, {"admin", "ADMIN", null}, {"auditor", "AUDITOR", null}
        };
        for (int i = 0; i < users.length; i++) {
            String prefix = "--registry.security.users[" + i + "].";
            args.add(prefix + "username=" + users[i][0]);
            args.add(prefix + "password-hash=" + DEMO_HASH);
            args.add(prefix + "role=" + users[i][1]);
            if (users[i][2] != null) {
                args.add(prefix + "administration=" + users[i][2]);
            }
        }
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(RegistryApplication.class, ProbeConfiguration.class)
                .run(args.toArray(String[]::new));
    }

    /**
     * Appends an expenditure to the intervention straight through the event store, in the caller's transaction if
     * there is one: how the tests hold a write open while others commit after it.
     */
    static void appendExpenditure(ConfigurableApplicationContext registry, String interventionId) {
        JdbcTemplate jdbc = registry.getBean(JdbcTemplate.class);
        long next = jdbc.queryForObject(
                "SELECT max(sequencenumber) + 1 FROM domainevententry " + "WHERE aggregateidentifier = ?",
                Long.class,
                interventionId);
        registry.getBean(EventStorageEngine.class)
                .appendEvents(new GenericDomainEventMessage<>(
                        "Intervention",
                        interventionId,
                        next,
                        new ExpenditureRecordedEvent(
                                interventionId, UUID.randomUUID().toString(), 2020, Money.dkk("99.00")),
                        MetaData.with(AuditMetadata.USER, "pm.tmf")
                                .and(AuditMetadata.ROLE, "PROJECT_MANAGER")
                                .and(AuditMetadata.SOURCE, "api")
                                .and(AuditMetadata.REASON, "held open")));
    }

    static String base(ConfigurableApplicationContext context) {
        return "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class ProbeConfiguration {

        @Bean
        TokenStore tokenStore(
                ConnectionProvider connections,
                Serializer serializer,
                @Value("${registry.cluster-test.node}") String node) {
            return JdbcTokenStore.builder()
                    .connectionProvider(connections)
                    .serializer(serializer)
                    .schema(TokenSchema.builder().build())
                    .nodeId(node)
                    .claimTimeout(Duration.ofSeconds(10))
                    .contentType(byte[].class)
                    .build();
        }

        @Bean
        Probe probe(JdbcTemplate jdbc, @Value("${registry.cluster-test.node}") String node) {
            return new Probe(jdbc, node);
        }

        @Autowired
        void assignProbe(EventProcessingConfigurer configurer) {
            configurer.assignHandlerTypesMatching(PROBE, type -> type == Probe.class);
        }
    }

    /** Counts each event it handles, in the processor's transaction: a second handling shows as times = 2. */
    static final class Probe {

        private final JdbcTemplate jdbc;
        private final String node;

        Probe(JdbcTemplate jdbc, String node) {
            this.jdbc = jdbc;
            this.node = node;
        }

        /** By the event's own index: the token's position is another event's when this one committed late. */
        @EventHandler
        void on(EventMessage<?> event) {
            jdbc.update("""
                    INSERT INTO probe.seen (global_index, times, node, at)
                    SELECT globalindex, 1, ?, ? FROM public.domainevententry WHERE eventidentifier = ?
                    ON CONFLICT (global_index) DO UPDATE SET times = probe.seen.times + 1, node = EXCLUDED.node""", node, Timestamp.from(event.getTimestamp()), event.getIdentifier());
        }
    }
}
