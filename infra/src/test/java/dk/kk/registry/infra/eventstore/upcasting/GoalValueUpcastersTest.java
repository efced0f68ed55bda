package dk.kk.registry.infra.eventstore.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kk.registry.shared.common.UncertainValue;
import dk.kk.registry.shared.goal.Baseline;
import dk.kk.registry.shared.goal.GoalSetEvent;
import dk.kk.registry.shared.goal.GoalStatusReportCorrectedEvent;
import dk.kk.registry.shared.goal.GoalStatusReportedEvent;
import dk.kk.registry.shared.goal.GoalTargetType;
import dk.kk.registry.shared.goal.Target;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

/**
 * Events are forever: goals set and statuses reported before their values could be ranges, read from the stored
 * payloads of their last exact revision (the golden files) as the exact values they always were.
 */
class GoalValueUpcastersTest {

    private static final Path GOLDEN = Path.of("src/test/resources/events");
    private static final String PACKAGE = "dk.kk.registry.shared.goal.";
    private static final UncertainValue POINT_SIX = UncertainValue.exact(new BigDecimal("0.6"));

    private final JacksonSerializer serializer = StoredEvents.serializer();

    @Test
    void aGoalOfRevisionTwoReadsWithAnExactBaseline() throws IOException {
        GoalSetEvent event = upcast("GoalSetEvent", "2", "3", GoalSetEvent.class);
        assertThat(event)
                .isEqualTo(new GoalSetEvent(
                        "goalId",
                        "title",
                        "policy",
                        "ownerAdministration",
                        "indicator",
                        List.of("areas"),
                        "comparisonArea",
                        new Baseline(2024, POINT_SIX, POINT_SIX),
                        new Target(GoalTargetType.RELATIVE_CHANGE, new BigDecimal("0.6")),
                        2024));
        assertThat(event.baseline().areaValue().isExact()).isTrue();
    }

    @Test
    void aStatusReportOfRevisionOneReadsAsExactValues() throws IOException {
        GoalStatusReportedEvent event = upcast("GoalStatusReportedEvent", "1", "2", GoalStatusReportedEvent.class);
        assertThat(event)
                .isEqualTo(new GoalStatusReportedEvent(
                        "goalId", 2024, POINT_SIX, POINT_SIX, "commentary", "dataQualityNote", "caseReference"));
    }

    @Test
    void aCorrectionOfRevisionOneReadsAsExactValues() throws IOException {
        GoalStatusReportCorrectedEvent event =
                upcast("GoalStatusReportCorrectedEvent", "1", "2", GoalStatusReportCorrectedEvent.class);
        assertThat(event)
                .isEqualTo(new GoalStatusReportCorrectedEvent(
                        "goalId", 2024, POINT_SIX, POINT_SIX, "commentary", "dataQualityNote", "caseReference"));
    }

    @Test
    void theLaterRevisionsAreLeftAlone() {
        for (String current :
                List.of("GoalSetEvent:4", "GoalStatusReportedEvent:3", "GoalStatusReportCorrectedEvent:3")) {
            String[] type = current.split(":");
            GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>(
                    "Goal",
                    "g-1",
                    0,
                    "event-2",
                    Instant.parse("2025-01-01T10:00:00Z"),
                    PACKAGE + type[0],
                    type[1],
                    "{}".getBytes(),
                    "{}".getBytes());
            List<IntermediateEventRepresentation> upcast = new UncertainGoalValuesUpcaster()
                    .upcast(Stream.of(new InitialEventRepresentation(stored, serializer)))
                    .toList();
            assertThat(upcast.get(0).getType().getRevision()).as(current).isEqualTo(type[1]);
        }
    }

    private <T> T upcast(String event, String stored, String current, Class<T> type) throws IOException {
        byte[] payload = Files.readAllBytes(GOLDEN.resolve(event + "-" + stored + ".json"));
        GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>(
                "Goal",
                "goalId",
                0,
                "event-1",
                Instant.parse("2024-07-01T10:00:00Z"),
                PACKAGE + event,
                stored,
                payload,
                "{}".getBytes());
        List<IntermediateEventRepresentation> upcast = new UncertainGoalValuesUpcaster()
                .upcast(Stream.of(new InitialEventRepresentation(entry, serializer)))
                .toList();
        assertThat(upcast).hasSize(1);
        IntermediateEventRepresentation representation = upcast.get(0);
        assertThat(representation.getType().getRevision()).isEqualTo(current);
        return serializer.deserialize(new SimpleSerializedObject<>(
                serializer.getConverter().convert(representation.getData().getData(), byte[].class),
                byte[].class,
                new SimpleSerializedType(PACKAGE + event, current)));
    }
}
