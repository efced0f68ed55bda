package dk.kk.registry.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dk.kk.registry.command.common.AlreadyRecorded;
import dk.kk.registry.command.common.NotPermitted;
import dk.kk.registry.command.common.ReferenceCatalog;
import dk.kk.registry.command.common.RuleViolation;
import dk.kk.registry.command.intervention.OrderOfDates;
import dk.kk.registry.infra.imports.BulkAppend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;

/**
 * Infra's packages, each one capability (api, ui, http, gateway, security, audit, operations, imports, demo,
 * eventstore, config): rules Maven's module dependencies cannot keep, because they hold inside one module.
 */
class InfraPackagesTest {

    private static final JavaClasses REGISTRY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dk.kk.registry");

    static final ArchRule NO_CYCLES_BETWEEN_INFRA_PACKAGES = slices().matching("dk.kk.registry.infra.(*)..")
            .should()
            .beFreeOfCycles()
            .because("each of infra's packages can be read, and changed, knowing only those it builds on");

    /** What a command answers (its refusals), the port a request checks references by, and the form checks. */
    private static final DescribedPredicate<com.tngtech.archunit.core.domain.JavaClass> COMMAND_CONTRACT =
            belongToAnyOf(
                    RuleViolation.class,
                    NotPermitted.class,
                    AlreadyRecorded.class,
                    ReferenceCatalog.class,
                    OrderOfDates.class);

    static final ArchRule UI_AND_API_STAY_OUT_OF_THE_COMMAND_SIDE = noClasses()
            .that()
            .resideInAnyPackage("dk.kk.registry.infra.ui..", "dk.kk.registry.infra.api..")
            .should()
            .dependOnClassesThat(resideInAPackage("dk.kk.registry.command..").and(not(COMMAND_CONTRACT)))
            .because("the UI and the API send shared commands through the gateway and read its refusals; the "
                    + "aggregates and their rules are the command side's own");

    static final ArchRule UI_AND_API_STAY_OUT_OF_THE_QUERY_SIDE = noClasses()
            .that()
            .resideInAnyPackage("dk.kk.registry.infra.ui..", "dk.kk.registry.infra.api..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dk.kk.registry.query..")
            .because("the UI and the API ask shared queries through the gateway");

    private static final DescribedPredicate<JavaMethodCall> APPENDS_EVENTS = DescribedPredicate.describe(
            "append events (EventBus/EventGateway.publish, EventStorageEngine.appendEvents)",
            call -> call.getTargetOwner().isAssignableTo(EventBus.class)
                            && call.getName().equals("publish")
                    || call.getTargetOwner().isAssignableTo(EventGateway.class)
                            && call.getName().equals("publish")
                    || call.getTargetOwner().isAssignableTo(EventStorageEngine.class)
                            && call.getName().equals("appendEvents"));

    static final ArchRule ONLY_THE_EVENT_STORE_APPENDS = noClasses()
            .that(not(resideInAPackage("dk.kk.registry.infra.eventstore..")).and(not(belongToAnyOf(BulkAppend.class))))
            .should()
            .callMethodWhere(APPENDS_EVENTS)
            .because("events are appended by the aggregates through Axon's repositories, and by the bulk import's "
                    + "one class (BulkAppend) which says why it is a second write path");

    /** SQL that changes the event table; a read ({@code SELECT ... FROM domainevententry}) is anyone's. */
    private static final Pattern WRITES_THE_EVENT_TABLE = Pattern.compile(
            "(?i)(insert\\s+into|update|delete\\s+from|truncate(\\s+table)?|lock\\s+table|alter\\s+table)"
                    + "\\s+domainevententry\\b");
    /** Besides the event-store adapter: the bulk import's append, and the restore into an empty database. */
    private static final List<String> MAY_WRITE_THE_EVENT_TABLE = List.of(
            "infra/src/main/java/dk/kk/registry/infra/eventstore/",
            "infra/src/main/java/dk/kk/registry/infra/imports/BulkAppend.java",
            "infra/src/main/java/dk/kk/registry/infra/operations/Restore.java");

    @Test
    void infraPackagesDoNotDependOnEachOtherInACircle() {
        NO_CYCLES_BETWEEN_INFRA_PACKAGES.check(REGISTRY);
    }

    @Test
    void theUiAndTheApiUseOnlyTheCommandSidesContract() {
        UI_AND_API_STAY_OUT_OF_THE_COMMAND_SIDE.check(REGISTRY);
        UI_AND_API_STAY_OUT_OF_THE_QUERY_SIDE.check(REGISTRY);
    }

    @Test
    void onlyTheEventStoreAndTheBulkAppendAppendEvents() {
        ONLY_THE_EVENT_STORE_APPENDS.check(REGISTRY);
    }

    @Test
    void onlyTheEventStoreTheBulkAppendAndTheRestoreWriteTheEventTableInSql() throws IOException {
        Path repository = Path.of("").toAbsolutePath().getParent();
        List<String> writers;
        try (Stream<Path> files = Stream.of("shared", "command", "query", "infra")
                .map(module -> repository.resolve(module).resolve("src/main/java"))
                .filter(Files::isDirectory)
                .flatMap(InfraPackagesTest::javaFiles)) {
            writers = files.filter(InfraPackagesTest::writesTheEventTable)
                    .map(file -> repository.relativize(file).toString().replace('\\', '/'))
                    .filter(file -> MAY_WRITE_THE_EVENT_TABLE.stream().noneMatch(file::startsWith))
                    .toList();
        }
        assertThat(writers).as("classes that write domainevententry in SQL").isEmpty();
    }

    /** A rule that cannot fail proves nothing: a UI class that loads a command-side rule breaks it. */
    @Test
    void theUiRuleBitesOnAPageThatUsesACommandSideRule() {
        JavaClasses offender = new ClassFileImporter()
                .importClasses(dk.kk.registry.infra.ui.offender.PageThatJudgesAMeasurement.class);
        assertThatThrownBy(() -> UI_AND_API_STAY_OUT_OF_THE_COMMAND_SIDE.check(offender))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("dk.kk.registry.command.measurement.RecordingRules");
    }

    private static Stream<Path> javaFiles(Path root) {
        try {
            return Files.walk(root).filter(file -> file.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean writesTheEventTable(Path file) {
        try {
            return WRITES_THE_EVENT_TABLE.matcher(Files.readString(file)).find();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
