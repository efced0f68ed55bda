package dk.kk.registry.infra.config;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Axon 4.12 asks AxonIQ's servers for updates at start. A municipal registry does not call out to third parties,
 * and these machines have no route out, so the check is off unless someone turns it on explicitly.
 */
public class NoUpdateCheck implements EnvironmentPostProcessor {

    static final String KEY = "axoniq.update-checker.disabled";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (System.getProperty(KEY) == null && System.getenv("AXONIQ_UPDATE_CHECKER_DISABLED") == null) {
            System.setProperty(KEY, "true");
        }
    }
}
