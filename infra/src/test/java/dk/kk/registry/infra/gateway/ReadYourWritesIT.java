package dk.kk.registry.infra.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kk.registry.infra.RegistryApplication;
import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.Bodies;
import dk.kk.registry.infra.support.Fixtures;
import dk.kk.registry.infra.support.RegistryIT;
import dk.kk.registry.shared.intervention.InterventionPolicyLinkedEvent;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

/**
 * A command that applies several events answers only once the read models show all of them. A registration naming its
 * policy applies two; with the interventions projection committing one event at a time and slow on the second, a
 * registration that waited only for its first event answered before its policy could be read (seen in CI).
 */
@AutoConfigureObservability(tracing = false)
@SpringBootTest(
        classes = {RegistryApplication.class, ReadYourWritesIT.SlowOnPolicy.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "registry.embedded.ephemeral=true",
            RegistryIT.GRACE_PERIOD,
            "registry.demo.load=false",
            "axon.eventhandling.processors.interventions.batch-size=1"
        })
class ReadYourWritesIT {

    @LocalServerPort
    int port;

    @Test
    void aRegistrationThatAppliesTwoEventsIsReadWithBoth() {
        Fixtures fixtures = Fixtures.on(Api.at("http://localhost:" + port));
        String area = fixtures.area("ryw-two-events");
        Api.Response policy = Api.at("http://localhost:" + port)
                .as("admin")
                .post("/api/policies", Bodies.policy("policy-ryw", "Politik for udsatte byområder", "2011-09-01"));
        assertThat(policy.status()).as(policy.toString()).isEqualTo(201);
        Map<String, Object> body = fixtures.registration("Lektiecafé med politik i " + area, area);
        body.put("policy", "policy-ryw");
        String id = fixtures.intervention(body);

        assertThat(Api.at("http://localhost:" + port)
                        .as("evaluator")
                        .get("/api/interventions/" + id)
                        .json()
                        .get("policy")
                        .asText())
                .isEqualTo("policy-ryw");
    }

    /** Slows the interventions projection's group on the second event, as a loaded machine may. */
    @TestConfiguration
    static class SlowOnPolicy {

        @Bean
        Slow slow() {
            return new Slow();
        }
    }

    @ProcessingGroup("interventions")
    static class Slow {

        @EventHandler
        void on(InterventionPolicyLinkedEvent event) throws InterruptedException {
            Thread.sleep(500);
        }
    }
}
