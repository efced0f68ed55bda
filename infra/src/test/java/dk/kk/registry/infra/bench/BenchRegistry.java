package dk.kk.registry.infra.bench;

import dk.kk.registry.infra.RegistryApplication;
import dk.kk.registry.infra.support.Api;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole registry, started in this JVM on the embedded default (a fresh data directory of its own) and stopped at
 * the end: the benchmarks talk to it over HTTP as any client would, and reach its database and processors directly
 * only to generate history, to measure the raw baselines on the same server and to watch the processors.
 */
final class BenchRegistry implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final Path dataDirectory;
    private final int port;

    private BenchRegistry(ConfigurableApplicationContext context, Path dataDirectory, int port) {
        this.context = context;
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    /** Starts without the demo history: the scenarios create the data they measure. */
    static BenchRegistry start(int port, Map<String, String> extra) {
        Path dataDirectory;
        try {
            dataDirectory = Files.createTempDirectory("registry-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> args = new ArrayList<>(List.of(
                "--server.port=" + port,
                "--registry.embedded.data-directory=" + dataDirectory.resolve("postgres"),
                "--registry.demo.load=false",
                "--logging.level.root=WARN",
                "--logging.level.dk.kk.registry=WARN"));
        extra.forEach((key, value) -> args.add("--" + key + "=" + value));
        SpringApplication application = new SpringApplication(RegistryApplication.class);
        ConfigurableApplicationContext context = application.run(args.toArray(String[]::new));
        return new BenchRegistry(context, dataDirectory, port);
    }

    String base() {
        return "http://localhost:" + port;
    }

    Api api() {
        return Api.at(base());
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    ConfigurableApplicationContext context() {
        return context;
    }

    DataSource dataSource() {
        return context.getBean(DataSource.class);
    }

    JdbcTemplate jdbc() {
        return context.getBean(JdbcTemplate.class);
    }

    long head() {
        Long head = jdbc().queryForObject("SELECT max(globalindex) FROM domainevententry", Long.class);
        return head == null ? -1 : head;
    }

    List<StreamingEventProcessor> processors() {
        return bean(EventProcessingConfiguration.class).eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .toList();
    }

    /**
     * Starts the projections' processors. The audit log's hash chain stays as it is: it is no projection, and after a
     * large generated history it would compete with the reads measured.
     */
    void startProjections() {
        processors().stream()
                .filter(p -> ReplayBench.PROJECTIONS.contains(p.getName()))
                .forEach(StreamingEventProcessor::start);
    }

    /** The lowest position any segment of the processor has reached, or -1 before it has one. */
    static long position(StreamingEventProcessor processor) {
        return processor.processingStatus().values().stream()
                .mapToLong(status -> status.getCurrentPosition().orElse(-1))
                .min()
                .orElse(-1);
    }

    /** Waits until every running processor has reached the head; answers false on timeout. */
    boolean awaitCaughtUp(long head, long timeoutMillis) {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < deadline) {
            if (processors().stream()
                    .filter(StreamingEventProcessor::isRunning)
                    .allMatch(processor -> position(processor) >= head)) {
                return true;
            }
            Bench.sleep(50);
        }
        return false;
    }

    @Override
    public void close() {
        context.close();
        if (System.getenv("BENCH_KEEP") != null) {
            Bench.progress("kept the database in " + dataDirectory.resolve("postgres") + " (BENCH_KEEP)");
            return;
        }
        try (var files = Files.walk(dataDirectory)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            Bench.progress("could not remove " + dataDirectory + ": " + e.getMessage());
        }
    }
}
