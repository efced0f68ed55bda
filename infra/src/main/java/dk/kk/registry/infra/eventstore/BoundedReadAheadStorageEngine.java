package dk.kk.registry.infra.eventstore;

import java.util.stream.Stream;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

/**
 * Axon's JDBC storage engine, with the embedded event store's read-ahead cut into pieces.
 * <p>
 * The embedded event store reads ahead for the processors tailing it in one blocking stream ({@code mayBlock}), and
 * while that stream runs it keeps the first event it read, and through it every event read since: a catch-up of a
 * million events held all of them and ran the registry out of memory (docs/benchmarks.md, "The heap"). Ending that
 * stream after {@code readAhead} events lets the store start the next piece at once from where this one ended, and
 * lets go of the events every processor has passed. The processors' own streams ({@code mayBlock} false) are not
 * touched.
 */
class BoundedReadAheadStorageEngine extends JdbcEventStorageEngine {

    private final int readAhead;

    BoundedReadAheadStorageEngine(JdbcEventStorageEngine.Builder builder, int readAhead) {
        super(builder);
        if (readAhead < 1) {
            throw new IllegalArgumentException("registry.events.read-ahead must be at least 1, was " + readAhead);
        }
        this.readAhead = readAhead;
    }

    @Override
    protected Stream<? extends TrackedEventData<?>> readEventData(TrackingToken trackingToken, boolean mayBlock) {
        Stream<? extends TrackedEventData<?>> events = super.readEventData(trackingToken, mayBlock);
        return mayBlock ? events.limit(readAhead) : events;
    }
}
