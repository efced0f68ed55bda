package dk.kk.registry.infra.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.Eventually;
import dk.kk.registry.infra.support.Fixtures;
import dk.kk.registry.infra.support.RegistryIT;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The projections' status for administrators, and a rebuild that comes out identical. */
class ProjectionStatusIT extends RegistryIT {

    private static final List<String> PROJECTIONS =
            List.of("areas", "goals", "interventions", "measurements", "reference", "screenings", "development-plans");

    @Test
    void listsEveryProjectionWithSaneFigures() {
        JsonNode items = admin().get("/api/admin/projections").json().get("items");

        assertThat(names(items)).containsAll(PROJECTIONS);
        for (JsonNode item : items) {
            String name = item.get("name").asText();
            assertThat(item.get("head").asLong()).as(name).isPositive();
            assertThat(item.get("segments").asInt()).as(name).isPositive();
            assertThat(item.get("position").asLong())
                    .as(name)
                    .isBetween(-1L, item.get("head").asLong());
            assertThat(item.get("lag").asLong())
                    .as(name)
                    .isEqualTo(item.get("head").asLong() - item.get("position").asLong());
            assertThat(item.get("progress").asInt()).as(name).isBetween(0, 100);
            assertThat(item.get("running").asBoolean()).as(name).isTrue();
            assertThat(item.get("error").asBoolean()).as(name).isFalse();
            assertThat(item.has("replaying")).as(name).isTrue();
        }
    }

    @Test
    void afterWritesTheLagReturnsToZero() {
        Fixtures fixtures = fixtures();
        String area = fixtures.area("aldersrogade");
        fixtures.intervention(fixtures.registration("Gadeplansarbejde", area));

        JsonNode items = awaitProjections(
                all -> all.stream().allMatch(item -> item.get("lag").asLong() == 0));

        for (JsonNode item : items) {
            assertThat(item.get("lag").asLong()).as(item.toString()).isZero();
            assertThat(item.get("position").asLong())
                    .as(item.toString())
                    .isEqualTo(item.get("head").asLong());
            assertThat(item.get("progress").asInt()).as(item.toString()).isEqualTo(100);
        }
    }

    @Test
    void aRebuildOfInterventionsCatchesUpWithIdenticalRows() {
        Fixtures fixtures = fixtures();
        String area = fixtures.area("hoje-gladsaxe");
        fixtures.intervention(fixtures.registration("Beboerrådgivning", area));
        awaitProjections(all -> interventions(all).get("lag").asLong() == 0);
        List<Map<String, Object>> versions = versions();
        List<Map<String, Object>> history = history();

        Api.Response started = admin().post("/api/admin/projections/interventions/rebuild", "");

        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        assertThat(started.json().get("name").asText()).isEqualTo("interventions");
        JsonNode caughtUp = interventions(awaitProjections(all -> {
            JsonNode item = interventions(all);
            return !item.get("replaying").asBoolean()
                    && item.hasNonNull("position")
                    && item.get("position").asLong() >= item.get("head").asLong();
        }));
        assertThat(caughtUp.get("lag").asLong()).isZero();
        assertThat(caughtUp.get("progress").asInt()).isEqualTo(100);
        assertThat(caughtUp.get("running").asBoolean()).isTrue();
        assertThat(versions()).isEqualTo(versions);
        assertThat(history()).isEqualTo(history);
    }

    @Test
    void theHashChainIsNotAProjectionToRebuild() {
        Api.Response response = admin().post("/api/admin/projections/audit-chain/rebuild", "");

        assertThat(response.status()).as(response.toString()).isIn(400, 422);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void anUnknownProjectionIsNotFound() {
        Api.Response response = admin().post("/api/admin/projections/no-such-projection/rebuild", "");

        assertThat(response.status()).as(response.toString()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void onlyAdministratorsSeeOrRebuildProjections() {
        assertThat(api().as("auditor").get("/api/admin/projections").status()).isEqualTo(403);
        assertThat(api().as("pm.tmf").get("/api/admin/projections").status()).isEqualTo(403);
        assertThat(api().as("evaluator")
                        .post("/api/admin/projections/interventions/rebuild", "")
                        .status())
                .isEqualTo(403);
        assertThat(api().anonymous().get("/api/admin/projections").status()).isEqualTo(401);
    }

    private Api admin() {
        return api().as("admin");
    }

    /** Polls the status, as {@code Rebuilds} polls the processor, until the condition holds or a minute has passed. */
    private JsonNode awaitProjections(Predicate<List<JsonNode>> condition) {
        return Eventually.until(
                Duration.ofSeconds(60),
                "projections to catch up",
                () -> admin().get("/api/admin/projections").json().get("items"),
                items -> {
                    List<JsonNode> all = new ArrayList<>();
                    items.forEach(all::add);
                    return condition.test(all);
                });
    }

    private static JsonNode interventions(Iterable<JsonNode> items) {
        for (JsonNode item : items) {
            if (item.get("name").asText().equals("interventions")) {
                return item;
            }
        }
        throw new AssertionError("no interventions projection in " + items);
    }

    private static List<String> names(JsonNode items) {
        List<String> names = new ArrayList<>();
        items.forEach(item -> names.add(item.get("name").asText()));
        return names;
    }

    private List<Map<String, Object>> versions() {
        return jdbc.queryForList("""
                SELECT intervention_id, version, recorded_from, recorded_to, title, stage, planned_end,
                       area_ids::text AS areas, doc::text AS doc
                FROM intervention_version ORDER BY intervention_id, version""");
    }

    private List<Map<String, Object>> history() {
        return jdbc.queryForList("SELECT * FROM intervention_event ORDER BY global_index");
    }
}
