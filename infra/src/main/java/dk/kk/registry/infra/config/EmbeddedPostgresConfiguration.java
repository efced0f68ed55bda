package dk.kk.registry.infra.config;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
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
        EmbeddedPostgres server = ephemeral
                ? EmbeddedPostgresServer.ephemeral()
                : EmbeddedPostgresServer.persistent(dataDirectory, port);
        return new EmbeddedPostgresHandle(server);
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgresHandle postgres) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(postgres.server().getJdbcUrl("postgres", "postgres"));
        pool.setUsername("postgres");
        pool.setPassword("postgres");
        pool.setPoolName("registry");
        return pool;
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
