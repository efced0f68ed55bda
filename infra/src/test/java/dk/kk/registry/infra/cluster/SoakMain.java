package dk.kk.registry.infra.cluster;

import dk.kk.registry.infra.config.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code scripts/soak}: two registry processes on one embedded PostgreSQL (started here, thrown away at the end),
 * concurrent writers against both, {@code kill -9} of one in the middle and a restart. Prints details, then the one
 * line {@code soak writes_acknowledged=N found=N duplicates=0 lost=0 projections_equal=true}; exits 1 if anything
 * acknowledged is missing or doubled, the projections differ, or a write got a 5xx.
 */
public final class SoakMain {

    private SoakMain() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "infra/target/registry.jar");
        int writers = Integer.getInteger("soak.writers", 32);
        Duration load = Duration.ofSeconds(Long.getLong("soak.seconds", 60));
        Soak.Settings settings = new Soak.Settings(2, writers, Integer.getInteger("soak.interventions", 8), load,
                load.dividedBy(3), Duration.ofSeconds(10));
        Path logs = Path.of(System.getProperty("soak.logs", "target/soak"));
        String url = TestDatabases.fresh("soak");
        Soak.Outcome outcome = new Soak(settings, jar, url, logs).run();
        System.out.println(outcome.details());
        System.out.println(outcome.line());
        System.exit(outcome.passed() ? 0 : 1);
    }
}
