package dk.kk.registry.infra.imports;

import dk.kk.registry.shared.measurement.MeasurementRecordedEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The registry's second write path into the event table, beside Axon's repositories: a bulk of measurements appended
 * as {@link MeasurementRecordedEvent}s, each the first event of its own {@code Measurement} aggregate, without loading
 * an aggregate or sending a command per figure (ADR 0008). It exists because a hundred thousand commands would take
 * minutes and could not be all or nothing; what a command would guarantee is kept here instead:
 *
 * <ul>
 *   <li>the events are built by the aggregate's own rules ({@code RecordingRules}) before they come here;</li>
 *   <li>the append runs in one transaction holding an exclusive lock on {@code domainevententry}, so nothing else is
 *       appended meanwhile: the processors see no gap a long transaction would leave behind other writers, and no
 *       figure recorded between the check and the append slips in twice ({@link RecordedMeanwhile});</li>
 *   <li>every event goes through Axon's {@link EventStore}, under the aggregate type Axon's repository uses, so the
 *       aggregate, the projections and the hash chain read them as any other.</li>
 * </ul>
 *
 * Nothing else in the registry writes the event table besides Axon and the restore into an empty database.
 */
@Component
public class BulkAppend {

    static final int CHUNK = 1_000;
    /**
     * The type Axon's repository stores the {@code Measurement} aggregate's events under (its class's simple name):
     * a correction or retraction of a bulk-recorded figure loads the aggregate from these events.
     */
    static final String AGGREGATE_TYPE = "Measurement";

    /** Takes the events of one bulk, in order, once the lock is held. */
    public interface Events {

        void add(MeasurementRecordedEvent event, MetaData metaData);
    }

    private final EventStore eventStore;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final String lockTimeout;

    BulkAppend(
            EventStore eventStore,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactionManager,
            @Value("${registry.measurements.lock-timeout:10s}") String lockTimeout) {
        this.eventStore = eventStore;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.lockTimeout = lockTimeout;
    }

    /**
     * Appends the events {@code write} gives, all or none, for exactly the measurement ids given: refused with
     * {@link RecordedMeanwhile} when one of them was recorded since it was checked. {@code appended} hears the count
     * after every chunk; answers how many were appended.
     */
    public long append(Collection<String> ids, Consumer<Events> write, LongConsumer appended) {
        Instant recordedAt = GenericDomainEventMessage.clock.instant();
        Long count = transactions.execute(status -> {
            jdbc.execute("SET LOCAL lock_timeout = '" + lockTimeout.replace("'", "") + "'");
            jdbc.execute("LOCK TABLE domainevententry IN EXCLUSIVE MODE");
            List<String> existing = new ArrayList<>();
            List<String> chunk = new ArrayList<>(CHUNK);
            for (String id : ids) {
                chunk.add(id);
                if (chunk.size() == CHUNK) {
                    existing.addAll(recordedAmong(chunk));
                    chunk.clear();
                }
            }
            existing.addAll(recordedAmong(chunk));
            if (!existing.isEmpty()) {
                throw new RecordedMeanwhile(existing);
            }
            List<EventMessage<?>> batch = new ArrayList<>(CHUNK);
            long[] done = {0};
            write.accept((event, metaData) -> {
                batch.add(new GenericDomainEventMessage<>(
                        AGGREGATE_TYPE,
                        event.measurementId(),
                        0,
                        event,
                        metaData,
                        UUID.randomUUID().toString(),
                        recordedAt));
                if (batch.size() == CHUNK) {
                    done[0] += publish(batch);
                    appended.accept(done[0]);
                }
            });
            if (!batch.isEmpty()) {
                done[0] += publish(batch);
                appended.accept(done[0]);
            }
            return done[0];
        });
        return count == null ? 0 : count;
    }

    private int publish(List<EventMessage<?>> batch) {
        eventStore.publish(batch);
        int size = batch.size();
        batch.clear();
        return size;
    }

    /** Those of the ids that are recorded already: their aggregate has a first event. */
    public List<String> recordedAmong(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.queryForList("""
                SELECT aggregateidentifier FROM domainevententry
                WHERE sequencenumber = 0 AND aggregateidentifier = ANY (?)""", String.class, (Object) ids.toArray(String[]::new));
    }

    /** Figures recorded by someone else between the check and the append: nothing of this bulk is recorded. */
    public static final class RecordedMeanwhile extends RuntimeException {

        private final List<String> existing;

        RecordedMeanwhile(List<String> existing) {
            super(null, null, false, false);
            this.existing = List.copyOf(existing);
        }

        public List<String> existing() {
            return existing;
        }
    }
}
