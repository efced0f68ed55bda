package dk.kk.registry.infra.eventstore.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kk.registry.shared.common.UncertainValue;
import dk.kk.registry.shared.goal.GoalSetEvent;
import dk.kk.registry.shared.goal.GoalStatusReportCorrectedEvent;
import dk.kk.registry.shared.goal.GoalStatusReportedEvent;
import dk.kk.registry.shared.measurement.MeasurementCorrectedEvent;
import dk.kk.registry.shared.measurement.MeasurementRecordedEvent;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;

/**
 * Events are forever: measurements and goals stored before a value could be approximate ("ca. 20", ADR 0016) read,
 * through the upcaster chain in the order Spring gives it, as the current revision with the values they always had;
 * and from the oldest stored revision the chain still arrives there.
 */
class ApproximateValuesUpcasterTest {

    private static final Path GOLDEN = Path.of("src/test/resources/events");
    private static final UncertainValue SIXTY_SEVEN_TO_SEVENTY_TWO =
            UncertainValue.range(new BigDecimal("67"), new BigDecimal("72"));

    private final JacksonSerializer serializer = StoredEvents.serializer();

    /** The chain as the application orders it: every upcaster of the measurement and goal events. */
    private final EventUpcasterChain chain = chain();

    private static EventUpcasterChain chain() {
        List<EventUpcaster> upcasters = new ArrayList<>(List.of(
                new ApproximateValuesUpcaster(),
                new UncertainGoalValuesUpcaster(),
                new MeasurementRecordedEventUpcaster(),
                new MeasurementCorrectedEventUpcaster(),
                new GoalSetEventUpcaster()));
        upcasters.sort(AnnotationAwareOrderComparator.INSTANCE);
        return new EventUpcasterChain(upcasters);
    }

    @Test
    void aMeasurementOfRevisionTwoKeepsItsRange() throws IOException {
        MeasurementRecordedEvent event = read(MeasurementRecordedEvent.class, "2");
        assertThat(event.value()).isEqualTo(SIXTY_SEVEN_TO_SEVENTY_TWO);
        assertThat(event.value().isApproximate()).isFalse();
    }

    @Test
    void aCorrectionOfRevisionTwoKeepsItsRange() throws IOException {
        MeasurementCorrectedEvent event = read(MeasurementCorrectedEvent.class, "2");
        assertThat(event.value()).isEqualTo(SIXTY_SEVEN_TO_SEVENTY_TWO);
    }

    @Test
    void aGoalOfRevisionThreeKeepsItsBaseline() throws IOException {
        GoalSetEvent event = read(GoalSetEvent.class, "3");
        assertThat(event.baseline().areaValue()).isEqualTo(SIXTY_SEVEN_TO_SEVENTY_TWO);
    }

    @Test
    void statusReportsOfRevisionTwoKeepTheirValues() throws IOException {
        assertThat(read(GoalStatusReportedEvent.class, "2").areaValue()).isEqualTo(SIXTY_SEVEN_TO_SEVENTY_TWO);
        assertThat(read(GoalStatusReportCorrectedEvent.class, "2").areaValue()).isEqualTo(SIXTY_SEVEN_TO_SEVENTY_TWO);
    }

    @ParameterizedTest(name = "{0} of revision {1}")
    @CsvSource({
        "MeasurementRecordedEvent, 1, measurement",
        "MeasurementCorrectedEvent, 1, measurement",
        "GoalSetEvent, 2, goal",
        "GoalStatusReportedEvent, 1, goal",
        "GoalStatusReportCorrectedEvent, 1, goal"
    })
    void theOldestStoredRevisionArrivesAtTheCurrentOne(String event, String revision, String aggregate)
            throws Exception {
        Class<?> type = Class.forName("dk.kk.registry.shared." + aggregate + "." + event);
        IntermediateEventRepresentation upcast = upcast(type, revision);
        assertThat(upcast.getType().getRevision())
                .isEqualTo(type.getAnnotation(Revision.class).value());
        Object read = deserialize(type, upcast);
        assertThat(read).isNotNull();
    }

    @Test
    void theCurrentRevisionsAreLeftAlone() throws Exception {
        for (Class<?> type : List.of(
                MeasurementRecordedEvent.class,
                MeasurementCorrectedEvent.class,
                GoalSetEvent.class,
                GoalStatusReportedEvent.class,
                GoalStatusReportCorrectedEvent.class)) {
            String current = type.getAnnotation(Revision.class).value();
            assertThat(upcast(type, current).getType().getRevision())
                    .as(type.getSimpleName())
                    .isEqualTo(current);
        }
    }

    private <T> T read(Class<T> type, String revision) throws IOException {
        IntermediateEventRepresentation upcast = upcast(type, revision);
        assertThat(upcast.getType().getRevision())
                .isEqualTo(type.getAnnotation(Revision.class).value());
        return deserialize(type, upcast);
    }

    private IntermediateEventRepresentation upcast(Class<?> type, String revision) throws IOException {
        byte[] payload = Files.readAllBytes(GOLDEN.resolve(type.getSimpleName() + "-" + revision + ".json"));
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>(
                "Aggregate",
                "id-1",
                0,
                "event-1",
                Instant.parse("2024-07-01T10:00:00Z"),
                type.getName(),
                revision,
                payload,
                "{}".getBytes());
        List<IntermediateEventRepresentation> upcast = chain.upcast(
                        Stream.of(new InitialEventRepresentation(stored, serializer)))
                .toList();
        assertThat(upcast).hasSize(1);
        return upcast.get(0);
    }

    private <T> T deserialize(Class<T> type, IntermediateEventRepresentation representation) {
        return serializer.deserialize(new SimpleSerializedObject<>(
                serializer.getConverter().convert(representation.getData().getData(), byte[].class),
                byte[].class,
                new SimpleSerializedType(
                        type.getName(), representation.getType().getRevision())));
    }
}
