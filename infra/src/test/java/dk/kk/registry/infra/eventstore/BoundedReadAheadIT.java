package dk.kk.registry.infra.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kk.registry.infra.support.RegistryIT;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * The embedded event store's read-ahead ends after a bounded number of events, so a catch-up through millions of
 * events never holds more than a piece of them; the processors' own streams read on to the head.
 */
class BoundedReadAheadIT extends RegistryIT {

    @Autowired
    private EventStorageEngine shipped;

    @Autowired
    private ConnectionProvider connections;

    @Autowired
    private TransactionManager transactions;

    @Autowired
    private Serializer serializer;

    @Autowired
    @Qualifier("eventSerializer")
    private Serializer eventSerializer;

    @Test
    void theReadAheadEndsAfterItsPieceAndTheNextPieceGoesOnFromThere() {
        for (int i = 0; i < 4; i++) {
            fixtures().area("read-ahead");
        }
        BoundedReadAheadStorageEngine engine = new BoundedReadAheadStorageEngine(
                JdbcEventStorageEngine.builder()
                        .snapshotSerializer(serializer)
                        .eventSerializer(eventSerializer)
                        .connectionProvider(connections)
                        .transactionManager(transactions)
                        .schema(new EventSchema())
                        .batchSize(2),
                3);
        List<TrackedEventMessage<?>> all = read(engine, null, false);
        assertThat(all.size()).isGreaterThan(6);

        List<TrackedEventMessage<?>> first = read(engine, null, true);
        List<TrackedEventMessage<?>> second = read(engine, first.get(2).trackingToken(), true);

        assertThat(first)
                .extracting(TrackedEventMessage::getIdentifier)
                .containsExactlyElementsOf(all.subList(0, 3).stream()
                        .map(TrackedEventMessage::getIdentifier)
                        .toList());
        assertThat(second)
                .extracting(TrackedEventMessage::getIdentifier)
                .containsExactlyElementsOf(all.subList(3, 6).stream()
                        .map(TrackedEventMessage::getIdentifier)
                        .toList());
    }

    @Test
    void theRegistryRunsOnTheBoundedEngine() {
        assertThat(shipped).isInstanceOf(BoundedReadAheadStorageEngine.class);
    }

    private static List<TrackedEventMessage<?>> read(EventStorageEngine engine, TrackingToken from, boolean mayBlock) {
        try (Stream<? extends TrackedEventMessage<?>> events = engine.readEvents(from, mayBlock)) {
            List<TrackedEventMessage<?>> read = new java.util.ArrayList<>();
            events.forEach(read::add);
            return read;
        }
    }
}
