package dk.kk.registry.infra.eventstore.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kk.registry.shared.common.UncertainValue;
import dk.kk.registry.shared.measurement.MeasurementCorrectedEvent;
import dk.kk.registry.shared.measurement.MeasurementRecordedEvent;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.junit.jupiter.api.Test;

/**
 * Events are forever: a measurement recorded before values could be ranges, and its corrections, read from the
 * stored payloads of revision 1 (the golden files) as exact values over exact periods.
 */
class MeasurementEventUpcastersTest {

    private static final Path GOLDEN = Path.of("src/test/resources/events");

    private final JacksonSerializer serializer = StoredEvents.serializer();

    @Test
    void aMeasurementOfRevisionOneReadsAsAnExactValueOverAnExactPeriod() throws IOException {
        MeasurementRecordedEvent event = upcast(
                new MeasurementRecordedEventUpcaster(),
                MeasurementRecordedEventUpcaster.TYPE,
                "MeasurementRecordedEvent-1.json",
                MeasurementRecordedEvent.class);
        assertThat(event)
                .isEqualTo(new MeasurementRecordedEvent(
                        "measurementId",
                        "indicator",
                        2024,
                        "area",
                        LocalDate.of(2024, 6, 30),
                        LocalDate.of(2024, 6, 30),
                        null,
                        UncertainValue.exact(new BigDecimal("0.6")),
                        new BigDecimal("0.6"),
                        new BigDecimal("0.6"),
                        "source",
                        "qualityNote"));
        assertThat(event.value().exactValue().toPlainString()).isEqualTo("0.6");
    }

    @Test
    void aCorrectionOfRevisionOneReadsAsAnExactValue() throws IOException {
        MeasurementCorrectedEvent event = upcast(
                new MeasurementCorrectedEventUpcaster(),
                MeasurementCorrectedEventUpcaster.TYPE,
                "MeasurementCorrectedEvent-1.json",
                MeasurementCorrectedEvent.class);
        assertThat(event)
                .isEqualTo(new MeasurementCorrectedEvent(
                        "measurementId", UncertainValue.exact(new BigDecimal("0.6")), "qualityNote"));
    }

    @Test
    void theLaterRevisionsAreLeftAlone() {
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>(
                "Measurement",
                "m-1",
                0,
                "event-2",
                Instant.parse("2025-01-01T10:00:00Z"),
                MeasurementRecordedEventUpcaster.TYPE,
                "2",
                "{}".getBytes(),
                "{}".getBytes());
        List<IntermediateEventRepresentation> upcast = new MeasurementRecordedEventUpcaster()
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer)))
                .toList();
        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("2");
    }

    private <T> T upcast(SingleEventUpcaster upcaster, String type, String golden, Class<T> event) throws IOException {
        byte[] revision1 = Files.readAllBytes(GOLDEN.resolve(golden));
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>(
                "Measurement",
                "measurementId",
                0,
                "event-1",
                Instant.parse("2024-07-01T10:00:00Z"),
                type,
                "1",
                revision1,
                "{}".getBytes());
        List<IntermediateEventRepresentation> upcast = upcaster.upcast(
                        Stream.of(new InitialEventRepresentation(stored, serializer)))
                .toList();
        assertThat(upcast).hasSize(1);
        IntermediateEventRepresentation representation = upcast.get(0);
        assertThat(representation.getType().getRevision()).isEqualTo("2");
        return serializer.deserialize(new SimpleSerializedObject<>(
                serializer.getConverter().convert(representation.getData().getData(), byte[].class),
                byte[].class,
                new SimpleSerializedType(type, "2")));
    }
}
