package dk.kk.registry.infra.config;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Fresh, empty databases on the test JVM's one embedded PostgreSQL (the server the integration tests share), for tests
 * that start registry instances of their own: each gets a database nobody else writes to, with the server settings of
 * the embedded default (durable commits, idle transactions cut off after 60 s).
 */
public final class TestDatabases {

    private TestDatabases() {}

    /** Creates an empty database; answers its JDBC URL (user and password {@code postgres}). */
    public static String fresh(String prefix) {
        EmbeddedPostgres server = EmbeddedPostgresServer.ephemeral();
        String name =
                prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
        return server.getJdbcUrl("postgres", name);
    }
}
