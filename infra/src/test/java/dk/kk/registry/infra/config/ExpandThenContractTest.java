package dk.kk.registry.infra.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/adr/0014: this release's migrations keep everything the previous release uses, so that both run side by side
 * during an upgrade. The previous release is named by its list of migrations (src/test/resources/db).
 */
class ExpandThenContractTest {

    /** Infra's migrations and the read side's, which query owns. */
    private static final List<Path> MIGRATIONS = List.of(
            Path.of("src/main/resources/db/migration"),
            Path.of("..", "query", "src", "main", "resources", "db", "migration", "query"));

    private static final Set<String> PREVIOUS_TABLES =
            Set.of("intervention_version", "domainevententry", "idempotency_record");

    @Test
    void noNewMigrationDropsRenamesOrNarrowsWhatThePreviousReleaseUses() throws IOException {
        List<String> previous = lines("db/previous-release-migrations.txt");
        Set<String> contracted = Set.copyOf(lines("db/contracted.txt"));
        List<String> previousScripts = new ArrayList<>();
        List<Path> added = new ArrayList<>();
        List<Path> scripts = new ArrayList<>();
        for (Path folder : MIGRATIONS) {
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(file -> file.getFileName().toString().endsWith(".sql"))
                        .forEach(scripts::add);
            }
        }
        scripts.sort(Comparator.comparing(file -> file.getFileName().toString()));
        for (Path file : scripts) {
            if (previous.contains(file.getFileName().toString())) {
                previousScripts.add(Files.readString(file, StandardCharsets.UTF_8));
            } else {
                added.add(file);
            }
        }
        assertThat(previousScripts)
                .as("the previous release's migrations are all still here")
                .hasSize(previous.size());
        Set<String> previousTables = ExpandThenContract.tablesCreated(previousScripts);
        assertThat(previousTables).contains("domainevententry", "intervention_version", "event_chain");

        List<ExpandThenContract.Violation> violations = new ArrayList<>();
        for (Path file : added) {
            violations.addAll(ExpandThenContract.check(
                    file.getFileName().toString(),
                    Files.readString(file, StandardCharsets.UTF_8),
                    previousTables,
                    contracted));
        }
        assertThat(violations)
                .as("migrations that would break the previous release still running")
                .isEmpty();
    }

    @Test
    void dropsAndRenamesOfThePreviousReleasesTablesAndColumnsAreRefused() {
        String migration = """
                -- the contract step done too early
                ALTER TABLE intervention_version DROP COLUMN title;
                ALTER TABLE public.intervention_version RENAME COLUMN stage TO phase;
                ALTER TABLE idempotency_record RENAME TO idempotency_records;
                DROP TABLE IF EXISTS idempotency_record;
                ALTER TABLE intervention_version ALTER COLUMN planned_end TYPE TEXT, DROP lead_administration;
                ALTER TABLE intervention_version ADD COLUMN budget_code TEXT NOT NULL;
                """;

        List<String> refused =
                ExpandThenContract.check("V60__too_early.sql", migration, PREVIOUS_TABLES, Set.of()).stream()
                        .map(Object::toString)
                        .toList();

        assertThat(refused)
                .containsExactly(
                        "V60__too_early.sql: drops the column intervention_version.title",
                        "V60__too_early.sql: renames the column intervention_version.stage",
                        "V60__too_early.sql: renames the table idempotency_record",
                        "V60__too_early.sql: drops the table idempotency_record",
                        "V60__too_early.sql: changes the type of, or requires a value in, the column "
                                + "intervention_version.planned_end",
                        "V60__too_early.sql: drops the column intervention_version.lead_administration",
                        "V60__too_early.sql: adds a required column without a default to intervention_version.budget_code");
    }

    @Test
    void expandingAndContractingWhatIsNoLongerUsedAreAllowed() {
        String migration = """
                CREATE TABLE funding_code (code TEXT PRIMARY KEY);
                ALTER TABLE intervention_version ADD COLUMN budget_code TEXT;
                ALTER TABLE intervention_version ADD COLUMN reviewed BOOLEAN NOT NULL DEFAULT false;
                ALTER TABLE intervention_version ALTER COLUMN lead_administration DROP NOT NULL;
                ALTER TABLE intervention_version DROP CONSTRAINT intervention_version_title_check;
                ALTER TABLE intervention_version DROP COLUMN legacy_note;
                DROP TABLE funding_code;
                CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN DROP TABLE idempotency_record; END; $$;
                """;

        assertThat(ExpandThenContract.check(
                        "V61__expand.sql", migration, PREVIOUS_TABLES, Set.of("intervention_version.legacy_note")))
                .isEmpty();
    }

    private static List<String> lines(String resource) throws IOException {
        try (var in = ExpandThenContractTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.toList());
        }
    }
}
