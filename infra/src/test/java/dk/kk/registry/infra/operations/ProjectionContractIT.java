package dk.kk.registry.infra.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kk.registry.infra.support.Eventually;
import dk.kk.registry.infra.support.RegistryIT;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotationUtils;

/**
 * What every projection of the read side promises, checked on each one the registry runs, over every event in the
 * store (the demo history's and those of the tests before): an event seen twice changes nothing, and a rebuild from
 * the event store equals the live tables.
 */
class ProjectionContractIT extends RegistryIT {

    @Autowired
    ReadModels readModels;

    @Autowired
    ProjectionVerifier verifier;

    @Autowired
    EventStorageEngine storageEngine;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    ApplicationContext context;

    @Test
    void everyProcessingGroupButTheHashChainIsAProjectionThatNamesItsTables() {
        List<String> groups = context.getBeansWithAnnotation(ProcessingGroup.class).values().stream()
                .map(bean -> AnnotationUtils.findAnnotation(AopUtils.getTargetClass(bean), ProcessingGroup.class))
                .map(ProcessingGroup::value)
                .filter(group -> !group.equals("audit-chain"))
                .sorted()
                .toList();

        assertThat(readModels.groups()).isEqualTo(groups).hasSize(8);
        readModels.all().forEach(readModel -> assertThat(readModel.tables())
                .as(readModel.group())
                .isNotEmpty());
    }

    @TestFactory
    Stream<DynamicTest> anEventSeenTwiceChangesNothing() {
        return readModels.all().stream()
                .map(readModel -> DynamicTest.dynamicTest(readModel.group(), () -> {
                    caughtUp(readModel.group());
                    Map<String, String> before = digests(readModel.tables());

                    AnnotationEventHandlerAdapter again =
                            new AnnotationEventHandlerAdapter(ProjectionVerifier.newProjection(readModel.type(), jdbc));
                    long handled = 0;
                    try (Stream<? extends TrackedEventMessage<?>> events = storageEngine.readEvents(null, false)) {
                        var iterator = events.iterator();
                        while (iterator.hasNext()) {
                            TrackedEventMessage<?> event = iterator.next();
                            if (again.canHandle(event)) {
                                again.handle(event);
                                handled++;
                            }
                        }
                    }

                    // Screenings have events only when a test ran one in this database (the demo history has none).
                    assertThat(handled > 0 || before.values().stream().allMatch(digest -> digest == null))
                            .isTrue();
                    assertThat(digests(readModel.tables())).isEqualTo(before);
                }));
    }

    @TestFactory
    Stream<DynamicTest> aRebuildEqualsTheLiveTables() {
        ProjectionVerifier.Result result = verifier.verify();
        return readModels.all().stream()
                .map(readModel -> DynamicTest.dynamicTest(readModel.group(), () -> {
                    assertThat(result.failedEvents()).as(result.toString()).isNull();
                    List<String> differing = result.tables() == null
                            ? List.of()
                            : result.tables().stream()
                                    .map(ProjectionVerifier.TableDifference::table)
                                    .toList();
                    assertThat(differing).as(result.toString()).doesNotContainAnyElementsOf(readModel.tables());
                }));
    }

    private void caughtUp(String group) {
        StreamingEventProcessor processor =
                processing.eventProcessor(group, StreamingEventProcessor.class).orElseThrow();
        Long head = jdbc.queryForObject("SELECT max(globalindex) FROM domainevententry", Long.class);
        Eventually.within(Duration.ofSeconds(60), group + " caught up", () -> {
            var segments = processor.processingStatus().values();
            return !segments.isEmpty()
                    && segments.stream()
                            .allMatch(segment -> segment.getCurrentPosition().orElse(-1) >= head);
        });
    }

    /** A digest of each table's rows, in a fixed order. */
    private Map<String, String> digests(List<String> tables) {
        Map<String, String> digests = new LinkedHashMap<>();
        for (String table : tables) {
            digests.put(
                    table,
                    jdbc.queryForObject(
                            "SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) FROM " + table + " t",
                            String.class));
        }
        return digests;
    }
}
