package dk.kk.registry.infra.audit;

import static dk.kk.registry.infra.support.Bodies.grant;
import static dk.kk.registry.infra.support.Fixtures.money;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.Fixtures;
import dk.kk.registry.infra.support.RegistryIT;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An intervention's history stepped through: the state after each event shows exactly that event's effect. */
class StepThroughIT extends RegistryIT {

    @Test
    void eachEventCarriesTheStateItLeftBehind() {
        String id = interventionWithFundingAndACorrection();

        Api.Response response = api().as("auditor").get("/api/interventions/" + id + "/history?withState=true");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode items = response.json().get("items");
        assertThat(items).hasSize(4);
        for (JsonNode item : items) {
            assertThat(item.get("state").get("version").asLong())
                    .isEqualTo(item.get("sequence").asLong());
            assertThat(item.get("state").get("id").asText()).isEqualTo(id);
        }

        JsonNode registered = items.get(0).get("state");
        assertThat(items.get(0).get("type").asText()).isEqualTo("InterventionRegisteredEvent");
        assertThat(registered.get("funding")).isEmpty();
        assertThat(registered.get("plannedEnd").asText()).isEqualTo("2023-12-31");

        JsonNode granted = items.get(1).get("state");
        assertThat(items.get(1).get("type").asText()).isEqualTo("FundingGrantedEvent");
        assertThat(granted.get("funding")).hasSize(1);
        assertThat(granted.get("funding").get(0).get("amount").get("amount").asText())
                .isEqualTo("300000.00");
        assertThat(granted.get("plannedEnd").asText()).isEqualTo("2023-12-31");

        JsonNode adjusted = items.get(2).get("state");
        assertThat(items.get(2).get("type").asText()).isEqualTo("FundingAdjustedEvent");
        assertThat(adjusted.get("funding").get(0).get("amount").get("amount").asText())
                .isEqualTo("250000.00");
        assertThat(adjusted.get("funding")
                        .get(0)
                        .get("grantedAmount")
                        .get("amount")
                        .asText())
                .isEqualTo("300000.00");
        assertThat(adjusted.get("plannedEnd").asText()).isEqualTo("2023-12-31");
        assertThat(adjusted.get("corrections")).isEmpty();

        JsonNode corrected = items.get(3).get("state");
        assertThat(items.get(3).get("type").asText()).isEqualTo("InterventionEventCorrectedEvent");
        assertThat(corrected.get("plannedEnd").asText()).isEqualTo("2024-12-31");
        assertThat(corrected.get("corrections")).hasSize(1);
        assertThat(corrected.get("funding").get(0).get("amount").get("amount").asText())
                .isEqualTo("250000.00");
    }

    @Test
    void theLastStateIsTheCurrentView() {
        String id = interventionWithFundingAndACorrection();
        Api auditor = api().as("auditor");

        JsonNode items = auditor.get("/api/interventions/" + id + "/history?withState=true")
                .json()
                .get("items");
        JsonNode current = auditor.get("/api/interventions/" + id).json();

        assertThat(items.get(items.size() - 1).get("state")).isEqualTo(current);
    }

    @Test
    void thePlainHistoryKeepsItsShape() {
        String id = interventionWithFundingAndACorrection();

        JsonNode items = api().as("auditor")
                .get("/api/interventions/" + id + "/history")
                .json()
                .get("items");

        assertThat(items).hasSize(4);
        items.forEach(item -> assertThat(item.has("state")).isFalse());
    }

    @Test
    void aWithStateThatIsNotABooleanIsBadInput() {
        Api.Response response = api().as("auditor").get("/api/interventions/whatever/history?withState=perhaps");

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.text()).doesNotContain("Exception");
    }

    @Test
    void anUnknownInterventionHasNoSteps() {
        Api.Response response = api().as("auditor").get("/api/interventions/no-such-thing/history?withState=true");

        assertThat(response.status()).as(response.toString()).isEqualTo(404);
    }

    private String interventionWithFundingAndACorrection() {
        Fixtures fixtures = fixtures();
        Api pm = api().as("pm.tmf");
        String area = fixtures.area("mjolnerparken");
        String id = fixtures.intervention(fixtures.registration("Tryghedsvandringer", area));
        Api.Response granted = pm.post(
                "/api/interventions/" + id + "/funding", grant("MUNICIPAL_POOL", "300000.00", List.of(2019, 2020)));
        assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
        String line = granted.json().get("fundingId").asText();
        Api.Response adjusted = pm.post(
                "/api/interventions/" + id + "/funding/" + line + "/adjustments",
                Map.of("amount", money("250000.00"), "reason", "mindre forbrug"));
        assertThat(adjusted.status()).as(adjusted.toString()).isEqualTo(200);
        fixtures.correctRegisteredPlannedEnd(id, "2024-12-31");
        return id;
    }
}
