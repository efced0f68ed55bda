package dk.kk.registry.infra.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.Fixtures;
import dk.kk.registry.infra.support.RegistryIT;
import java.time.Instant;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** The whole registry as known at an instant: what was recorded before it, as it was then, and nothing later. */
class SnapshotIT extends RegistryIT {

    @Test
    void aSnapshotBetweenTwoChangesShowsTheEarlierState() throws Exception {
        Fixtures fixtures = fixtures();
        Api pm = api().as("pm.tmf");
        String area = fixtures.area("tingbjerg");
        String id = fixtures.intervention(fixtures.registration("Lektiecafé", area));
        // Event timestamps have millisecond precision on the same clock: a pause on either side keeps them apart.
        Thread.sleep(20);
        Instant between = Instant.now();
        Thread.sleep(20);
        Api.Response revised = pm.post(
                "/api/interventions/" + id + "/details",
                Map.of("title", "Lektiecafé og fritidsjob", "reason", "udvidet"));
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        String later = fixtures.intervention(fixtures.registration("Boligsocial helhedsplan", area));
        String laterArea = fixtures.area("bispeengen");

        Api.Response response = api().as("auditor").get("/api/registry/snapshot?asOf=" + between);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode snapshot = response.json();
        assertThat(snapshot.get("asOf").asText()).isEqualTo(between.toString());
        JsonNode then = byId(snapshot.get("interventions"), id);
        assertThat(then).as("the intervention recorded before the instant").isNotNull();
        assertThat(then.get("title").asText()).isEqualTo("Lektiecafé");
        assertThat(then.get("version").asLong()).isZero();
        assertThat(then)
                .isEqualTo(api().as("auditor")
                        .get("/api/interventions/" + id + "?asOf=" + between)
                        .json());
        assertThat(byId(snapshot.get("interventions"), later)).isNull();
        assertThat(byId(snapshot.get("areas"), area)).isNotNull();
        assertThat(byId(snapshot.get("areas"), laterArea)).isNull();
        assertThat(snapshot.get("goals").isArray()).isTrue();
        assertThat(snapshot.get("policies")).isNotEmpty();
        assertThat(snapshot.get("organisations")).isNotEmpty();
        assertThat(snapshot.get("indicators")).isNotEmpty();
    }

    @Test
    void withoutAnInstantTheSnapshotIsNow() {
        Fixtures fixtures = fixtures();
        String area = fixtures.area("urbanplanen");
        String id = fixtures.intervention(fixtures.registration("Natteravne", area));

        JsonNode snapshot = api().as("evaluator").get("/api/registry/snapshot").json();

        assertThat(byId(snapshot.get("interventions"), id).get("title").asText())
                .isEqualTo("Natteravne");
        assertThat(byId(snapshot.get("areas"), area)).isNotNull();
        // The demo history's 45 interventions, more than one batch of the stream.
        assertThat(snapshot.get("interventions").size()).isGreaterThanOrEqualTo(45);
        assertThat(snapshot.get("goals")).isNotEmpty();
    }

    @Test
    void anInvalidInstantIsBadInput() {
        Api.Response response = api().as("auditor").get("/api/registry/snapshot?asOf=yesterday");

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("asOf");
        assertThat(response.text()).doesNotContain("Exception").doesNotContain("java.");
    }

    @Test
    void aSnapshotBeforeTheFirstEventIsEmpty() {
        JsonNode snapshot = api().as("auditor")
                .get("/api/registry/snapshot?asOf=2000-01-01T00:00:00Z")
                .json();

        assertThat(snapshot.get("interventions")).isEmpty();
        assertThat(snapshot.get("areas")).isEmpty();
    }

    @Test
    void signingInIsRequired() {
        assertThat(api().anonymous().get("/api/registry/snapshot").status()).isEqualTo(401);
    }

    private static JsonNode byId(JsonNode items, String id) {
        return StreamSupport.stream(items.spliterator(), false)
                .filter(item -> id.equals(item.path("id").asText()))
                .findFirst()
                .orElse(null);
    }
}
