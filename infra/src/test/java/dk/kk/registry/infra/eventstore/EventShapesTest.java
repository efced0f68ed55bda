package dk.kk.registry.infra.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Events are forever, so their stored shape is pinned: for every event class and its current revision, a golden file
 * {@code src/test/resources/events/<Event>-<revision>.json} holds the JSON the registry's event serializer writes for
 * the event's example ({@link EventExamples}). A field added, renamed or retyped without a new revision (and an
 * upcaster) fails here; so does an event without its file. A new revision's file is written with
 * {@code -Dregistry.events.write=true} and reviewed like code; the files of older revisions stay, as what the log holds.
 */
class EventShapesTest {

    private static final Path GOLDEN = Path.of("src/test/resources/events");
    private static final ObjectMapper SERIALIZER = AxonConfiguration.eventObjectMapper();

    static Stream<Class<?>> events() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Revision.class));
        return scanner.findCandidateComponents("dk.kk.registry.shared").stream()
                .<Class<?>>map(definition -> load(definition.getBeanClassName()))
                .sorted(Comparator.comparing(Class::getSimpleName));
    }

    @Test
    void everyEventOfTheLanguageIsPinned() {
        assertThat(events()).as("event classes found").hasSizeGreaterThan(40);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void theEventIsStoredAsItsGoldenFileSays(Class<?> event) throws IOException {
        String revision = event.getAnnotation(Revision.class).value();
        Path golden = GOLDEN.resolve(event.getSimpleName() + "-" + revision + ".json");
        JsonNode written = SERIALIZER.readTree(SERIALIZER.writeValueAsString(EventExamples.of(event)));
        if (Boolean.getBoolean("registry.events.write") && !Files.exists(golden)) {
            Files.writeString(
                    golden, SERIALIZER.writerWithDefaultPrettyPrinter().writeValueAsString(written) + "\n");
        }
        assertThat(golden)
                .as("the golden file of " + event.getSimpleName() + " revision " + revision
                        + " (a changed event needs a new revision, an upcaster and its file)")
                .exists();
        assertThat(written)
                .as(event.getSimpleName() + " revision " + revision + " as stored")
                .isEqualTo(SERIALIZER.readTree(golden.toFile()));
        assertThat(SERIALIZER.readValue(SERIALIZER.writeValueAsString(EventExamples.of(event)), event))
                .as("read back as written")
                .isEqualTo(EventExamples.of(event));
    }

    @Test
    void everyGoldenFileNamesAnEventAndARevision() throws IOException {
        List<String> known = new ArrayList<>();
        events().forEach(event -> known.add(event.getSimpleName()));
        try (Stream<Path> files = Files.list(GOLDEN)) {
            files.map(file -> file.getFileName().toString()).forEach(name -> assertThat(name)
                    .as("a golden file is <Event>-<revision>.json of a known event")
                    .matches("[A-Za-z]+-\\d+\\.json")
                    .satisfies(n -> assertThat(known).contains(n.substring(0, n.lastIndexOf('-')))));
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
