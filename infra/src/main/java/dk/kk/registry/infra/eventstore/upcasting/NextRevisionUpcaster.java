package dk.kk.registry.infra.eventstore.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Reads the stored JSON of one revision of an event as the next revision. Axon's autoconfiguration registers every
 * {@code EventUpcaster} bean in the chain the event store reads through; the stored bytes are never changed.
 */
abstract class NextRevisionUpcaster extends SingleEventUpcaster {

    private final SimpleSerializedType from;
    private final SimpleSerializedType to;

    NextRevisionUpcaster(String type, String fromRevision, String toRevision) {
        this.from = new SimpleSerializedType(type, fromRevision);
        this.to = new SimpleSerializedType(type, toRevision);
    }

    /** The payload of the older revision, changed into the next one's. */
    abstract ObjectNode upcast(ObjectNode payload);

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return from.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(to, JsonNode.class, payload -> upcast((ObjectNode) payload));
    }
}
