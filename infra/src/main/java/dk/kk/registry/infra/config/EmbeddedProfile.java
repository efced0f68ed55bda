package dk.kk.registry.infra.config;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * With no database configured the registry runs on its embedded PostgreSQL under the {@code embedded} profile, which
 * also brings the demo users; configuring {@code spring.datasource.url} leaves that profile off.
 */
public class EmbeddedProfile implements EnvironmentPostProcessor {

    public static final String NAME = "embedded";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("spring.datasource.url");
        if (url == null || url.isBlank()) {
            environment.addActiveProfile(NAME);
        }
    }
}
