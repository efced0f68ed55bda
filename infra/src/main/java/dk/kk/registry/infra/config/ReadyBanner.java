package dk.kk.registry.infra.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/** Says where to open the registry once it is ready, and with which users on the embedded default. */
@Component
class ReadyBanner {

    private static final Logger log = LoggerFactory.getLogger(ReadyBanner.class);

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        Environment environment = event.getApplicationContext().getEnvironment();
        String base = "http://localhost:" + web.getWebServer().getPort();
        if (environment.acceptsProfiles(Profiles.of(EmbeddedProfile.NAME))) {
            log.info(
                    "registry ready at {} (API docs {}/swagger-ui.html); demo users pm.tmf, pm.sof, evaluator, "
                            + "auditor, admin with password 'demo'",
                    base,
                    base);
        } else {
            log.info("registry ready at {} (API docs {}/swagger-ui.html)", base, base);
        }
    }
}
