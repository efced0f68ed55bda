package dk.kk.registry.infra.eventstore;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dk.kk.registry.shared.intervention.CorrectableEvent;
import dk.kk.registry.shared.intervention.Correction;
import dk.kk.registry.shared.intervention.InterventionEventCorrectedEvent;
import java.io.IOException;

/**
 * Reads a correction of an intervention's event by the kind it names: {@code correctedEvent} says which record its
 * {@code correction} is. The kind is the event log's own word ({@link CorrectableEvent}), so the stored JSON carries no
 * Java class name, and the language module needs no Jackson annotation.
 */
final class CorrectionEvents {

    private CorrectionEvents() {}

    static SimpleModule module() {
        return new SimpleModule("registry-correction-events")
                .addDeserializer(InterventionEventCorrectedEvent.class, new Deserializer());
    }

    private static final class Deserializer extends StdDeserializer<InterventionEventCorrectedEvent> {

        Deserializer() {
            super(InterventionEventCorrectedEvent.class);
        }

        @Override
        public InterventionEventCorrectedEvent deserialize(JsonParser parser, DeserializationContext context)
                throws IOException {
            JsonNode event = context.readTree(parser);
            JsonNode named = event.get("correctedEvent");
            CorrectableEvent kind = named == null ? null : context.readTreeAsValue(named, CorrectableEvent.class);
            if (kind == null) {
                return context.reportInputMismatch(
                        InterventionEventCorrectedEvent.class, "a correction names no kind of event");
            }
            JsonNode values = event.get("correction");
            Correction correction = values == null ? null : context.readTreeAsValue(values, kind.correctionType());
            return new InterventionEventCorrectedEvent(
                    text(context, event, "interventionId"), text(context, event, "correctedEventId"), kind, correction);
        }

        private static String text(DeserializationContext context, JsonNode event, String field) throws IOException {
            JsonNode value = event.get(field);
            return value == null ? null : context.readTreeAsValue(value, String.class);
        }
    }
}
