package dk.kk.registry.infra.eventstore;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.kk.registry.infra.config.UncertainJson;
import dk.kk.registry.shared.common.AuditMetadata;
import java.math.BigDecimal;
import java.sql.SQLException;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Axon on PostgreSQL: the JDBC event store with chosen gap settings (ADR 0003), PostgreSQL's duplicate key recognised
 * as a concurrent write, Jackson for events, messages and tokens, and the audit metadata carried from each command to
 * its events.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class AxonConfiguration {

    /** Axon's default resolver reads vendor error codes, which pgjdbc does not give; PostgreSQL's SQLState does. */
    static final class PostgresDuplicateKeyResolver implements PersistenceExceptionResolver {

        private static final String UNIQUE_VIOLATION = "23505";

        @Override
        public boolean isDuplicateKeyViolation(Exception exception) {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                    return true;
                }
                if (cause.getCause() == cause) {
                    break;
                }
            }
            return false;
        }
    }

    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new PostgresDuplicateKeyResolver();
    }

    @Bean
    EventStorageEngine eventStorageEngine(
            Serializer serializer,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            PersistenceExceptionResolver persistenceExceptionResolver,
            Configuration configuration,
            ConnectionProvider connectionProvider,
            TransactionManager transactionManager,
            @Value("${registry.events.gap-timeout:PT5M}") java.time.Duration gapTimeout,
            @Value("${registry.events.max-gap-offset:10000}") int maxGapOffset,
            @Value("${registry.events.batch-size:500}") int batchSize,
            @Value("${registry.events.read-ahead:5000}") int readAhead) {
        return new BoundedReadAheadStorageEngine(
                JdbcEventStorageEngine.builder()
                        .snapshotSerializer(serializer)
                        .eventSerializer(eventSerializer)
                        .upcasterChain(configuration.upcasterChain())
                        .snapshotFilter(configuration.snapshotFilter())
                        .persistenceExceptionResolver(persistenceExceptionResolver)
                        .connectionProvider(connectionProvider)
                        .transactionManager(transactionManager)
                        .schema(new EventSchema())
                        .gapTimeout(Math.toIntExact(gapTimeout.toMillis()))
                        .maxGapOffset(maxGapOffset)
                        .batchSize(batchSize),
                readAhead);
    }

    /**
     * Axon's embedded event store, tailing new events for the processors. Events written in this instance wake the
     * processors at once; the fetch delay bounds how late they see events written by another instance.
     * <p>
     * The store reads ahead into a chain of events that every processor tailing it walks (in pieces: see
     * {@link BoundedReadAheadStorageEngine}). A processor busy with a batch (a replay's projection writing a thousand
     * versions) holds its place in the chain, and with it every event read since: Axon lets go of it only when its
     * cleaner next finds the processor behind, every ten seconds by default, while the store reads on at hundreds of
     * thousands of events a second (docs/benchmarks.md, "The heap"). The cleaner runs every
     * {@code registry.events.cleanup-delay} instead; a processor found behind reads on from the database on its own.
     */
    @Bean
    EmbeddedEventStore eventStore(
            EventStorageEngine storageEngine,
            Configuration configuration,
            @Value("${registry.events.fetch-delay:PT0.1S}") java.time.Duration fetchDelay,
            @Value("${registry.events.cleanup-delay:PT0.05S}") java.time.Duration cleanupDelay) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .fetchDelay(fetchDelay.toMillis())
                .cleanupDelay(cleanupDelay.toMillis())
                .build();
    }

    @Bean
    @Primary
    Serializer serializer(RevisionResolver revisionResolver) {
        return jackson(revisionResolver);
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(RevisionResolver revisionResolver) {
        return jackson(revisionResolver);
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer(RevisionResolver revisionResolver) {
        return jackson(revisionResolver);
    }

    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    @Bean
    CorrelationDataProvider auditMetadataProvider() {
        return new SimpleCorrelationDataProvider(
                AuditMetadata.USER,
                AuditMetadata.ROLE,
                AuditMetadata.ADMINISTRATION,
                AuditMetadata.REASON,
                AuditMetadata.SOURCE,
                AuditMetadata.CORRELATION_ID,
                AuditMetadata.CITATION);
    }

    private static Serializer jackson(RevisionResolver revisionResolver) {
        return JacksonSerializer.builder()
                .objectMapper(eventObjectMapper())
                .revisionResolver(revisionResolver)
                .lenientDeserialization()
                .build();
    }

    /**
     * Events outlive the code: dates as ISO text, money as decimal text, unknown fields tolerated on reading, and text
     * an older version let in read so that a read model can store it ({@link StoredText}).
     */
    static ObjectMapper eventObjectMapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.registerModule(new JavaTimeModule());
        mapper.registerModule(StoredText.module());
        mapper.registerModule(CorrectionEvents.module());
        mapper.registerModule(UncertainJson.forEvents());
        mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        mapper.configOverride(BigDecimal.class).setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
        return mapper;
    }
}
