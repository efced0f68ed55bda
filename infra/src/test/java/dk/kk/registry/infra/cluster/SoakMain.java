package dk.kk.registry.infra.cluster;

import dk.kk.registry.infra.config.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code scripts/soak}: two registry processes on one embedded PostgreSQL (started here, thrown away at the end),
 * concurrent writers against both, {@code kill -9} of one in the middle and a restart. Writes details, then the one
 * line {@code soak writes_acknowledged=N found=N duplicates=0 lost=0 projections_equal=true chain_intact=true}, to
 * {@code result.txt} in the log directory (the script prints it; the processes' logs are beside it); exits 1 if anything
 * acknowledged is missing or doubled, the projections differ, or a write got a 5xx.
 */
public final class SoakMain {

    private SoakMain() {}

    public static void main(String[] args) throws Exception {
        // No Spring here to configure logging: without it Logback would print everything at DEBUG.
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        Path jar = Path.of(args.length > 0 ? args[0] : "infra/target/registry.jar");
        int writers = Integer.getInteger("soak.writers", 32);
        Duration load = Duration.ofSeconds(Long.getLong("soak.seconds", 60));
        Soak.Settings settings = new Soak.Settings(
                2,
                writers,
                Integer.getInteger("soak.interventions", 8),
                load,
                load.dividedBy(3),
                Duration.ofSeconds(10));
        Path logs = Path.of(System.getProperty("soak.logs", "infra/target/soak"));
        String url = TestDatabases.fresh("soak");
        Soak.Outcome outcome = new Soak(settings, jar, url, logs).run();
        java.nio.file.Files.writeString(logs.resolve("result.txt"), outcome.details() + "\n" + outcome.line() + "\n");
        System.exit(outcome.passed() ? 0 : 1);
    }
}
