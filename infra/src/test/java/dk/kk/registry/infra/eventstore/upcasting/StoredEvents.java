package dk.kk.registry.infra.eventstore.upcasting;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.kk.registry.infra.config.UncertainJson;
import org.axonframework.serialization.json.JacksonSerializer;

/** What the upcaster tests read stored payloads with. */
final class StoredEvents {

    private StoredEvents() {}

    /** A serializer for the events' JSON: Java time, and uncertain values in their stored forms. */
    static JacksonSerializer serializer() {
        return JacksonSerializer.builder()
                .objectMapper(new ObjectMapper()
                        .registerModule(new JavaTimeModule())
                        .registerModule(UncertainJson.module(JsonMappingException::from)))
                .build();
    }
}
