package dk.kk.registry.infra.api;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.Fixtures;
import dk.kk.registry.infra.support.RegistryIT;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The registry holds no personal data about citizens: text that looks like a CPR number is refused everywhere. */
class PersonalDataIT extends RegistryIT {

    @Test
    void aCprNumberInAnyFreeTextIsRefusedAndNothingIsRecorded() {
        Fixtures fixtures = fixtures();
        Api pm = api().as("pm.tmf");
        long before = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
        Map<String, Object> registration = fixtures.registration("Støtte til familie", "copenhagen");
        registration.put("description", "Familien med far 010190-1234 får hjælp");
        Api.Response refused = pm.post("/api/interventions", registration);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("rule").asText()).isEqualTo("NoPersonalData");
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("description");

        String id = fixtures.intervention(fixtures.registration("Lektiecafé", "copenhagen"));
        Api.Response inReason = pm.post(
                "/api/interventions/" + id + "/extension",
                Map.of("plannedEnd", "2025-12-31", "reason", "aftalt med borger 1203851234"));
        assertThat(inReason.status()).isEqualTo(422);
        assertThat(inReason.json().get("errors").get(0).get("field").asText()).isEqualTo("reason");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class))
                .isEqualTo(before + 1);
    }
}
