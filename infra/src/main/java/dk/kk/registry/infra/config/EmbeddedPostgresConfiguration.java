package dk.kk.registry.infra.config;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** The embedded default: a real PostgreSQL started inside the JVM, behind a connection pool. */
@Configuration(proxyBeanMethods = false)
@Profile(EmbeddedProfile.NAME)
class EmbeddedPostgresConfiguration {

    @Bean
    EmbeddedPostgresHandle embeddedPostgres(
            @Value("${registry.embedded.ephemeral:false}") boolean ephemeral,
            @Value("${registry.embedded.data-directory:./data/postgres}") Path dataDirectory,
            @Value("${registry.embedded.port:0}") int port) {
        EmbeddedPostgres server =
                ephemeral ? EmbeddedPostgresServer.ephemeral() : EmbeddedPostgresServer.persistent(dataDirectory, port);
        return new EmbeddedPostgresHandle(server);
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(
            EmbeddedPostgresHandle postgres, @Value("${registry.embedded.database:postgres}") String database) {
        if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalStateException(
                    "registry.embedded.database must be a lower-case SQL name, not '" + database + "'");
        }
        if (!"postgres".equals(database)) {
            createIfMissing(postgres.server(), database);
        }
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(postgres.server().getJdbcUrl("postgres", database));
        pool.setUsername("postgres");
        pool.setPassword("postgres");
        pool.setPoolName("registry");
        return pool;
    }

    /**
     * A database of its own on the same server, for a registry whose history must not mix with another's (a test that
     * writes hostile data beside tests that read the demo history).
     */
    private static void createIfMissing(EmbeddedPostgres server, String database) {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            try (ResultSet exists =
                    statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                if (!exists.next()) {
                    statement.execute("CREATE DATABASE " + database);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the embedded database " + database, e);
        }
    }

    /** Stops a persistent server when the application closes; the shared test server stops with the JVM. */
    record EmbeddedPostgresHandle(EmbeddedPostgres server) implements AutoCloseable {

        @Override
        public void close() {
            if (!EmbeddedPostgresServer.isShared(server)) {
                EmbeddedPostgresServer.close(server);
            }
        }
    }
}
