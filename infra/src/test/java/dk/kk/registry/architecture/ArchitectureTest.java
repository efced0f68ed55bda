package dk.kk.registry.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The four modules are the architecture; these rules keep them so (Maven's dependencies keep them too). */
class ArchitectureTest {

    private static final JavaClasses REGISTRY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dk.kk.registry");

    static final ArchRule SHARED_IS_PLAIN_LANGUAGE = classes()
            .that()
            .resideInAPackage("dk.kk.registry.shared..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                    "dk.kk.registry.shared..",
                    "java..",
                    "org.axonframework.modelling.command..",
                    "org.axonframework.serialization..")
            .because("shared is the registry's language: records and the Axon annotations they carry, nothing else");

    static final ArchRule AGGREGATES_KNOW_NO_WEB_OR_SQL = noClasses()
            .that()
            .resideInAPackage("dk.kk.registry.command..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework.web..",
                    "org.springframework.jdbc..",
                    "java.sql..",
                    "javax.sql..",
                    "jakarta.servlet..",
                    "dk.kk.registry.query..",
                    "dk.kk.registry.infra..")
            .because("aggregates hold the rules; storage and HTTP belong to infra");

    static final ArchRule QUERY_SIDE_IS_INDEPENDENT = noClasses()
            .that()
            .resideInAPackage("dk.kk.registry.query..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "dk.kk.registry.command..",
                    "dk.kk.registry.infra..",
                    "org.springframework.web..",
                    "jakarta.servlet..")
            .because("projections see only events and answer only queries");

    static final ArchRule COMMAND_SIDE_IGNORES_QUERIES = noClasses()
            .that()
            .resideInAPackage("dk.kk.registry.command..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("dk.kk.registry.query..");

    @Test
    void sharedDependsOnNothingButTheJdkAndAxonAnnotations() {
        SHARED_IS_PLAIN_LANGUAGE.check(REGISTRY);
    }

    @Test
    void aggregatesUseNoSpringWebNorJdbc() {
        AGGREGATES_KNOW_NO_WEB_OR_SQL.check(REGISTRY);
    }

    @Test
    void commandAndQueryAreIndependentOfEachOther() {
        QUERY_SIDE_IS_INDEPENDENT.check(REGISTRY);
        COMMAND_SIDE_IGNORES_QUERIES.check(REGISTRY);
    }

    /** A rule that cannot fail proves nothing: this one is shown to bite on a class that breaks it on purpose. */
    @Test
    void theAggregateRuleBitesOnAnAggregateThatUsesJdbc() {
        JavaClasses offender = new ClassFileImporter()
                .importClasses(dk.kk.registry.command.offender.AggregateThatQueriesTheDatabase.class);
        assertThatThrownBy(() -> AGGREGATES_KNOW_NO_WEB_OR_SQL.check(offender))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("org.springframework.jdbc.core.JdbcTemplate");
    }

    @Test
    void theSharedRuleBitesOnAMessageThatImportsSpring() {
        JavaClasses offender =
                new ClassFileImporter().importClasses(dk.kk.registry.shared.offender.MessageWithSpringAnnotation.class);
        assertThatThrownBy(() -> SHARED_IS_PLAIN_LANGUAGE.check(offender))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("org.springframework");
    }
}
