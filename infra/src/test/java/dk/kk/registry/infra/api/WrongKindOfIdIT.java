package dk.kk.registry.infra.api;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.RegistryIT;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A command on a path naming the id of another kind of thing finds nothing: 404, not a failure. */
class WrongKindOfIdIT extends RegistryIT {

    @Test
    void anAreaIdOnAnInterventionPathIsNotFound() {
        long before = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
        Api.Response response = api().as("pm.tmf")
                .post("/api/interventions/copenhagen/stage", Map.of("stage", "ACTIVE", "effectiveFrom", "2020-01-01"));
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        Api.Response rename = api().as("admin").post("/api/areas/TMF/name", Map.of("name", "x", "reason", "y"));
        assertThat(rename.status()).isEqualTo(404);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class))
                .isEqualTo(before);
    }
}
