package dk.kk.registry.infra.support;

import java.util.TreeSet;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Autowired;

/** Base of a projection's tests: hands its events to it again, or rebuilds it from the first event. */
public abstract class ProjectionIT extends RegistryIT {

    @Autowired
    protected EventStore eventStore;

    @Autowired
    protected EventProcessingConfiguration processing;

    /** Hands every stored event of the aggregate to the projection once more, each at its own position. */
    protected void redeliver(Object projection, String aggregateId) throws Exception {
        AnnotationEventHandlerAdapter handler = new AnnotationEventHandlerAdapter(projection);
        for (DomainEventMessage<?> event :
                eventStore.readEvents(aggregateId).asStream().toList()) {
            long position = jdbc.queryForObject(
                    "SELECT globalindex FROM domainevententry WHERE eventidentifier = ?",
                    Long.class,
                    event.getIdentifier());
            handler.handle(new GenericTrackedDomainEventMessage<>(
                    GapAwareTrackingToken.newInstance(position, new TreeSet<>()), event));
        }
    }

    /** Rebuilds the processing group from the first event; answers whether it caught up within a minute. */
    protected boolean rebuild(String group) {
        return Rebuilds.rebuild(processing, group, jdbc);
    }
}
