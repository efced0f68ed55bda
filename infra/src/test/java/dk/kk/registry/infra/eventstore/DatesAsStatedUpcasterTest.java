package dk.kk.registry.infra.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kk.registry.infra.eventstore.upcasting.DatesAsStatedUpcaster;
import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.intervention.InterventionRegisteredEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Events are forever: every intervention event stored while its dates were exact days (the golden file of that
 * revision, as the log holds it) reads as the revision with dates as stated, each date the same exact day.
 */
class DatesAsStatedUpcasterTest {

    private static final Path GOLDEN = Path.of("src/test/resources/events");
    private static final ObjectMapper MAPPER = AxonConfiguration.eventObjectMapper();
    private final JacksonSerializer serializer =
            JacksonSerializer.builder().objectMapper(MAPPER).build();

    static Stream<Map.Entry<String, String>> storedRevisions() {
        return DatesAsStatedUpcaster.EXACT_DAY_REVISIONS.entrySet().stream().sorted(Map.Entry.comparingByKey());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("storedRevisions")
    void theStoredRevisionReadsAsTheCurrentOneWithTheSameDays(Map.Entry<String, String> stored) throws Exception {
        Class<?> type = Class.forName(stored.getKey());
        String payload = Files.readString(GOLDEN.resolve(type.getSimpleName() + "-" + stored.getValue() + ".json"));

        IntermediateEventRepresentation upcast = upcast(stored.getKey(), stored.getValue(), payload);

        assertThat(upcast.getType().getRevision())
                .isEqualTo(type.getAnnotation(Revision.class).value());
        Object event = read(upcast, type);
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(event)))
                .as("read as the current revision and written again, the stored payload is unchanged")
                .isEqualTo(MAPPER.readTree(payload));
    }

    @Test
    void anExactPlannedStartReadsAsThatExactDay() throws IOException {
        String payload = Files.readString(GOLDEN.resolve("InterventionRegisteredEvent-1.json"));
        InterventionRegisteredEvent event = (InterventionRegisteredEvent) read(
                upcast("dk.kk.registry.shared.intervention.InterventionRegisteredEvent", "1", payload),
                InterventionRegisteredEvent.class);
        assertThat(event.plannedStart()).isEqualTo(UncertainDate.of(LocalDate.of(2024, 6, 30)));
        assertThat(event.plannedStart().isExactDay()).isTrue();
        assertThat(event.plannedEnd().latest()).isEqualTo(LocalDate.of(2024, 6, 30));
    }

    @Test
    void leavesTheCurrentRevisionsAlone() {
        IntermediateEventRepresentation current =
                upcast("dk.kk.registry.shared.intervention.InterventionRegisteredEvent", "2", "{}");
        assertThat(current.getType().getRevision()).isEqualTo("2");
    }

    private IntermediateEventRepresentation upcast(String type, String revision, String payload) {
        GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>(
                "Intervention",
                "intervention-1",
                0,
                "event-1",
                Instant.parse("2024-06-30T10:00:00Z"),
                type,
                revision,
                payload.getBytes(),
                "{}".getBytes());
        List<IntermediateEventRepresentation> upcast = new DatesAsStatedUpcaster()
                .upcast(Stream.of(new InitialEventRepresentation(entry, serializer)))
                .toList();
        assertThat(upcast).hasSize(1);
        return upcast.get(0);
    }

    private Object read(IntermediateEventRepresentation representation, Class<?> type) {
        return serializer.deserialize(new SimpleSerializedObject<>(
                serializer.getConverter().convert(representation.getData().getData(), byte[].class),
                byte[].class,
                new SimpleSerializedType(
                        type.getName(), representation.getType().getRevision())));
    }
}
