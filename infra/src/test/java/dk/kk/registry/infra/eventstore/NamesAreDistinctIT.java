package dk.kk.registry.infra.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.RegistryIT;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Users pick partners and areas by name: a second one by the same name, ignoring case and spaces, is a duplicate
 * that names the first, also when both are registered at the same moment.
 */
class NamesAreDistinctIT extends RegistryIT {

    @Test
    void aPartnerByTheNameOfOneAlreadyRegisteredIsADuplicateNamingIt() {
        Api admin = api().as("admin");
        long events = events();
        Api.Response duplicate =
                admin.post("/api/organisations", Map.of("name", " københavns  POLITI ", "kind", "POLICE"));
        assertThat(duplicate.status()).as(duplicate.toString()).isEqualTo(409);
        assertThat(duplicate.json().get("detail").asText()).contains("already registered as");
        assertThat(events()).isEqualTo(events);
        assertThat(admin.post(
                                "/api/organisations",
                                Map.of(
                                        "name",
                                        "Københavns Politi, Station Bellahøj " + UUID.randomUUID(),
                                        "kind",
                                        "POLICE"))
                        .status())
                .as("a name that tells them apart")
                .isEqualTo(201);
    }

    @Test
    void anAreaByTheNameOfAnotherIsADuplicate() {
        Api.Response duplicate = api().as("admin")
                .post(
                        "/api/areas",
                        Map.of(
                                "id",
                                "husum-" + UUID.randomUUID().toString().substring(0, 8),
                                "name",
                                "husum / tingbjerg",
                                "kind",
                                "MUNICIPAL_DESIGNATED"));
        assertThat(duplicate.status()).as(duplicate.toString()).isEqualTo(409);
        assertThat(duplicate.json().get("detail").asText()).contains("tingbjerg-husum");
    }

    @Test
    void sixAdministratorsRegisteringOneNameAtOnceMakeOnePartner() throws Exception {
        String name = "Boligselskabet Samtidig " + UUID.randomUUID();
        Api admin = api().as("admin");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<Api.Response>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String spelling = i % 2 == 0 ? name : name.toUpperCase();
                answers.add(pool.submit(() ->
                        admin.post("/api/organisations", Map.of("name", spelling, "kind", "HOUSING_ASSOCIATION"))));
            }
            for (Future<Api.Response> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS).status());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
    }

    private long events() {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
    }
}
