package dk.kk.registry.infra.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.Eventually;
import dk.kk.registry.infra.support.RegistryIT;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rebuilding every projection into a scratch schema and comparing it with the live tables. */
class ProjectionVerifyIT extends RegistryIT {

    @Test
    void theLiveProjectionsOfTheDemoHistoryEqualARebuild() {
        Api.Response response = api().as("admin").post("/api/admin/projections/verify", "");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().get("equal").asBoolean())
                .as(response.toString())
                .isTrue();
        assertThat(response.json().has("tables")).isFalse();
        assertThat(scratchSchemas()).isEmpty();
    }

    /** No waiting for the processors: the rebuild takes only the events each live token covers. */
    @Test
    void rightAfterWritesTheProjectionsStillEqualARebuild() {
        var fixtures = fixtures();
        String area = fixtures.area("verify-vesterbro");
        fixtures.intervention(fixtures.registration("Lektiecafé", area));

        JsonNode answer =
                api().as("admin").post("/api/admin/projections/verify", "").json();

        assertThat(answer.get("equal").asBoolean()).as(answer.toString()).isTrue();
    }

    /**
     * The rebuild copies its rows with COPY, whose text format escapes tabs, newlines and backslashes, and computes the
     * Danish search column apart: the live rows, written row by row, must be what it writes.
     */
    @Test
    void textThatCopyMustEscapeRebuildsAsTheLiveRowsHoldIt() {
        var fixtures = fixtures();
        String area = fixtures.area("verify-norrebro");
        Map<String, Object> registration =
                fixtures.registration("Tab\tog ny\nlinje, back\\slash \\N og \"citat\"", area);
        registration.put("description", "Æbler, øl og ål\r\nanden linje {a,b} \\t slut");
        String id = fixtures.intervention(registration);
        Api.Response revised = api().as("pm.tmf")
                .post(
                        "/api/interventions/" + id + "/details",
                        Map.of(
                                "title",
                                "Tab\tog ny\nlinje, back\\slash \\N og \"citat\"",
                                "description",
                                "Ændret\tbeskrivelse \\",
                                "reason",
                                "Tekst med tabulator\tog linjeskift\n"));
        assertThat(revised.status()).as(revised.toString()).isLessThan(300);

        JsonNode answer =
                api().as("admin").post("/api/admin/projections/verify", "").json();

        assertThat(answer.get("equal").asBoolean()).as(answer.toString()).isTrue();
    }

    @Test
    void aTamperedRowIsNamedByTableAndKey() {
        Map<String, Object> row = jdbc.queryForMap("""
                SELECT intervention_id, version, title FROM intervention_version
                ORDER BY intervention_id, version LIMIT 1""");
        String id = (String) row.get("intervention_id");
        long version = ((Number) row.get("version")).longValue();
        try {
            jdbc.update(
                    "UPDATE intervention_version SET title = 'x' WHERE intervention_id = ? AND version = ?",
                    id,
                    version);

            JsonNode answer =
                    api().as("admin").post("/api/admin/projections/verify", "").json();

            assertThat(answer.get("equal").asBoolean()).as(answer.toString()).isFalse();
            assertThat(answer.get("tables")).as(answer.toString()).hasSize(1);
            JsonNode table = answer.get("tables").get(0);
            assertThat(table.get("table").asText()).isEqualTo("intervention_version");
            assertThat(table.get("onlyInLive").asLong()).isEqualTo(1);
            assertThat(table.get("onlyInRebuild").asLong()).isEqualTo(1);
            List<String> keys = new ArrayList<>();
            table.get("differingKeys").forEach(key -> keys.add(key.asText()));
            assertThat(keys).containsExactly(id + "/" + version);
        } finally {
            jdbc.update(
                    "UPDATE intervention_version SET title = ? WHERE intervention_id = ? AND version = ?",
                    row.get("title"),
                    id,
                    version);
        }
        assertThat(scratchSchemas()).isEmpty();
    }

    /** The blue/green rebuild replaces the live rows by the rebuilt ones and moves the token: projecting goes on. */
    @Test
    void aRebuildRepairsATamperedRowAndTheProjectionGoesOn() {
        Map<String, Object> row = jdbc.queryForMap("""
                SELECT intervention_id, version, title FROM intervention_version
                ORDER BY intervention_id DESC, version LIMIT 1""");
        try {
            jdbc.update(
                    "UPDATE intervention_version SET title = 'x' WHERE intervention_id = ? AND version = ?",
                    row.get("intervention_id"),
                    row.get("version"));

            Api.Response started = api().as("admin").post("/api/admin/projections/interventions/rebuild", "");

            assertThat(started.status()).as(started.toString()).isEqualTo(202);
            awaitRebuilt("interventions");
            assertThat(jdbc.queryForObject(
                            "SELECT title FROM intervention_version WHERE intervention_id = ? AND version = ?",
                            String.class,
                            row.get("intervention_id"),
                            row.get("version")))
                    .isEqualTo(row.get("title"));
            assertThat(api().as("admin")
                            .post("/api/admin/projections/verify", "")
                            .json()
                            .get("equal")
                            .asBoolean())
                    .isTrue();
        } finally {
            jdbc.update(
                    "UPDATE intervention_version SET title = ? WHERE intervention_id = ? AND version = ?",
                    row.get("title"),
                    row.get("intervention_id"),
                    row.get("version"));
        }
        var fixtures = fixtures();
        String id = fixtures.intervention(fixtures.registration("Nattevandring", fixtures.area("verify-noerrebro")));
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM intervention_version WHERE intervention_id = ?", Long.class, id))
                .isEqualTo(1);
        assertThat(scratchSchemas()).isEmpty();
    }

    @Test
    void onlyAdministratorsVerify() {
        assertThat(api().as("auditor").post("/api/admin/projections/verify", "").status())
                .isEqualTo(403);
        assertThat(api().as("evaluator")
                        .post("/api/admin/projections/verify", "")
                        .status())
                .isEqualTo(403);
        assertThat(api().anonymous().post("/api/admin/projections/verify", "").status())
                .isEqualTo(401);
    }

    private List<String> scratchSchemas() {
        return jdbc.queryForList(
                "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'verify\\_%' OR nspname LIKE 'rebuild\\_%'",
                String.class);
    }

    private void awaitRebuilt(String name) {
        Eventually.within(Duration.ofSeconds(60), name + " rebuilt and caught up", () -> {
            for (JsonNode item :
                    api().as("admin").get("/api/admin/projections").json().get("items")) {
                if (item.get("name").asText().equals(name)
                        && !item.get("replaying").asBoolean()
                        && item.get("running").asBoolean()
                        && item.get("position").asLong() >= item.get("head").asLong()) {
                    return true;
                }
            }
            return false;
        });
    }
}
