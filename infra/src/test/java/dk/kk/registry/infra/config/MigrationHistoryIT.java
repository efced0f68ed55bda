package dk.kk.registry.infra.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * An installation keeps migrating without change now that the read tables' migrations are the query module's
 * ({@code db/migration/query} in its jar): every migration keeps the version, description and checksum it had when all
 * of them lived in infra's one folder, and a database whose history names the scripts as then validates and has
 * nothing pending. {@code migration-history.tsv} is that history (version, description, script, checksum), written by
 * this test ({@code -Dregistry.migrations.write=true}) on a database migrated from the single folder, before the move.
 */
class MigrationHistoryIT {

    private static final Path PINNED = Path.of("src/test/resources/db/migration-history.tsv");

    @Test
    void aDatabaseMigratedFromTheSingleFolderValidatesAndHasNothingPending() throws IOException {
        String url = TestDatabases.fresh("history");
        Flyway flyway = Flyway.configure()
                .dataSource(url, "postgres", "postgres")
                .locations(locations())
                .load();
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, "postgres", "postgres"));

        flyway.migrate();

        List<String> history = jdbc.queryForList("""
                SELECT version || E'\t' || description || E'\t' || script || E'\t' || checksum
                FROM flyway_schema_history WHERE success ORDER BY installed_rank""", String.class);
        if (Boolean.getBoolean("registry.migrations.write")) {
            Files.write(PINNED, history, StandardCharsets.UTF_8);
        }
        List<String> pinned = Files.readAllLines(PINNED, StandardCharsets.UTF_8);
        // The migrations of the move come first, unchanged; those added since follow them.
        assertThat(history.stream().map(row -> row.replace("\tquery/", "\t")).toList())
                .as("version, description, script within its folder, checksum")
                .startsWith(pinned.toArray(String[]::new));

        // As an installation made before the move has it: the scripts named without the query folder.
        jdbc.update("UPDATE flyway_schema_history SET script = replace(script, 'query/', '')");
        flyway.validate();
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.migrate().migrationsExecuted).isZero();
    }
    /** The locations the registry migrates from, as its configuration lists them. */
    private static String[] locations() throws IOException {
        List<PropertySource<?>> sources =
                new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"));
        Object locations = sources.get(0).getProperty("spring.flyway.locations");
        return locations.toString().split("\\s*,\\s*");
    }
}
