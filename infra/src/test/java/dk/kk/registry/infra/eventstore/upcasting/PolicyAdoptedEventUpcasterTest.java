package dk.kk.registry.infra.eventstore.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.policy.PolicyAdoptedEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

/** Events are forever: a policy recorded before objectives and focus areas existed still reads. */
class PolicyAdoptedEventUpcasterTest {

    private final JacksonSerializer serializer = StoredEvents.serializer();

    @Test
    void readsTheFirstRevisionWithEmptyObjectivesAndFocusAreas() {
        String revision1 = """
                {"policyId":"policy-2011","title":"Politik for udsatte byområder","periodFrom":"2011-01-01",
                 "periodTo":"2020-12-31","criteria":["Små boliger","Lav indkomst"]}""";
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>(
                "Policy",
                "policy-2011",
                0,
                "event-1",
                Instant.parse("2011-09-01T10:00:00Z"),
                PolicyAdoptedEventUpcaster.TYPE,
                "1",
                revision1.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));

        List<IntermediateEventRepresentation> upcast = new PolicyAdoptedEventUpcaster()
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer)))
                .toList();

        assertThat(upcast).hasSize(1);
        IntermediateEventRepresentation representation = upcast.get(0);
        assertThat(representation.getType().getRevision()).isEqualTo("2");
        SerializedObject<?> data = representation.getData();
        PolicyAdoptedEvent event = serializer.deserialize(new SimpleSerializedObject<>(
                serializer.getConverter().convert(data.getData(), byte[].class),
                byte[].class,
                new SimpleSerializedType(PolicyAdoptedEventUpcaster.TYPE, "2")));
        assertThat(event)
                .isEqualTo(new PolicyAdoptedEvent(
                        "policy-2011",
                        "Politik for udsatte byområder",
                        UncertainDate.of(LocalDate.of(2011, 1, 1)),
                        UncertainDate.of(LocalDate.of(2020, 12, 31)),
                        List.of(),
                        List.of(),
                        null,
                        List.of("Små boliger", "Lav indkomst")));
    }

    @Test
    void leavesTheCurrentRevisionAlone() {
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>(
                "Policy",
                "policy-2025",
                0,
                "event-2",
                Instant.parse("2025-01-01T10:00:00Z"),
                PolicyAdoptedEventUpcaster.TYPE,
                "2",
                "{}".getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
        List<IntermediateEventRepresentation> upcast = new PolicyAdoptedEventUpcaster()
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer)))
                .toList();
        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("2");
    }
}
