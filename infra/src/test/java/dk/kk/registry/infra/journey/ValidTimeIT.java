package dk.kk.registry.infra.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.Fixtures;
import dk.kk.registry.infra.support.RegistryIT;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Valid time: {@code activeFrom}/{@code activeTo} answer "what ran where, when" from the effective dates; a correction
 * of an effective date moves the fact in valid time, while the history and transaction time keep what was recorded
 * before it.
 */
class ValidTimeIT extends RegistryIT {

    @Test
    void theSearchWindowFollowsAnAreasEffectiveDatesAndAnInterventionsPlannedPeriod() {
        Fixtures fixtures = fixtures();
        Api pm = api().as("pm.tmf");
        String first = fixtures.area("valid-bispebjerg");
        String second = fixtures.area("valid-husum");
        Map<String, Object> registration = fixtures.registration("Boligsocial helhedsplan", first);
        registration.put("plannedStart", "2019-01-01");
        registration.put("plannedEnd", "2022-12-31");
        String id = fixtures.intervention(registration);
        assertThat(pm.post(
                                "/api/interventions/" + id + "/areas",
                                Map.of("areaId", second, "effectiveFrom", "2021-01-01"))
                        .status())
                .isEqualTo(200);
        assertThat(pm.post(
                                "/api/interventions/" + id + "/areas/" + first + "/removal",
                                Map.of("effectiveTo", "2020-06-30", "reason", "flyttet til Husum"))
                        .status())
                .isEqualTo(200);

        assertThat(ids(pm, "area=" + first + "&activeFrom=2019-06-01&activeTo=2019-06-30"))
                .containsExactly(id);
        assertThat(ids(pm, "area=" + first + "&activeFrom=2020-07-01")).isEmpty();
        assertThat(ids(pm, "area=" + second + "&activeFrom=2020-01-01&activeTo=2020-12-31"))
                .isEmpty();
        assertThat(ids(pm, "area=" + second + "&activeFrom=2021-06-01&activeTo=2021-06-30"))
                .containsExactly(id);
        // After the planned end the intervention ran nowhere, whatever its areas.
        assertThat(ids(pm, "area=" + second + "&activeFrom=2023-01-01")).isEmpty();
        assertThat(ids(pm, "area=" + second)).containsExactly(id);
    }

    @Test
    void aCorrectedEffectiveDateMovesTheFactInValidTimeWhileTheAuditTrailKeepsBoth() throws Exception {
        Fixtures fixtures = fixtures();
        Api pm = api().as("pm.tmf");
        Api auditor = api().as("auditor");
        String home = fixtures.area("valid-sundholm");
        String added = fixtures.area("valid-urbanplanen");
        String id = fixtures.intervention(fixtures.registration("Tryghedsvandring", home));
        assertThat(pm.post(
                                "/api/interventions/" + id + "/areas",
                                Map.of("areaId", added, "effectiveFrom", "2021-01-01"))
                        .status())
                .isEqualTo(200);
        String window = "area=" + added + "&activeFrom=2020-01-01&activeTo=2020-12-31";
        assertThat(ids(pm, window)).isEmpty();
        String areaAdded = Fixtures.historyEvent(auditor, id, "InterventionAreaAddedEvent")
                .get("eventId")
                .asText();
        Thread.sleep(20);
        Instant beforeCorrection = Instant.now();
        Thread.sleep(20);

        Api.Response corrected = pm.post(
                "/api/interventions/" + id + "/corrections",
                Map.of(
                        "eventId",
                        areaAdded,
                        "effectiveFrom",
                        "2020-03-01",
                        "reason",
                        "startede i Urbanplanen allerede i marts 2020"));

        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(ids(pm, window)).as("valid time moved").containsExactly(id);
        assertThat(ids(pm, window + "&asOf=" + beforeCorrection))
                .as("as known before the correction")
                .isEmpty();
        assertThat(ids(pm, "area=" + added + "&activeFrom=2020-01-01&activeTo=2020-02-29"))
                .isEmpty();
        JsonNode areas = pm.get("/api/interventions/" + id).json().get("areas");
        assertThat(membership(areas, added).get("effectiveFrom").asText()).isEqualTo("2020-03-01");
        JsonNode then = pm.get("/api/interventions/" + id + "?asOf=" + beforeCorrection)
                .json()
                .get("areas");
        assertThat(membership(then, added).get("effectiveFrom").asText()).isEqualTo("2021-01-01");

        JsonNode original = Fixtures.historyEvent(auditor, id, "InterventionAreaAddedEvent");
        assertThat(original.get("effectiveDate").asText())
                .as("the original fact stays in the history")
                .isEqualTo("2021-01-01");
        JsonNode correction = Fixtures.historyEvent(auditor, id, "InterventionEventCorrectedEvent");
        assertThat(correction.get("reason").asText()).isEqualTo("startede i Urbanplanen allerede i marts 2020");
        assertThat(correction.get("recordedBy").asText()).isEqualTo("pm.tmf");
        assertThat(correction.get("payload").toString()).contains(areaAdded).contains("2020-03-01");
        JsonNode log = auditor.get("/api/audit/events?aggregateId=" + id).json().get("items");
        List<String> types = new ArrayList<>();
        log.forEach(item -> types.add(item.get("type").asText()));
        assertThat(types)
                .containsExactly(
                        "InterventionRegisteredEvent", "InterventionAreaAddedEvent", "InterventionEventCorrectedEvent");

        JsonNode years = api().as("evaluator")
                .get("/api/areas/" + added + "/history")
                .json()
                .get("years");
        assertThat(years.get(0).get("year").asInt())
                .as("the area's timeline starts in the corrected year")
                .isEqualTo(2020);
    }

    @Test
    void aCorrectedPlannedEndMovesTheInterventionOutOfALaterWindow() {
        Fixtures fixtures = fixtures();
        Api pm = api().as("pm.tmf");
        String area = fixtures.area("valid-akacieparken");
        String id = fixtures.intervention(fixtures.registration("Fritidsjobindsats", area));
        String window = "area=" + area + "&activeFrom=2023-06-01&activeTo=2023-06-30";
        assertThat(ids(pm, window)).containsExactly(id);
        String registered = Fixtures.historyEvent(api().as("auditor"), id, "InterventionRegisteredEvent")
                .get("eventId")
                .asText();

        assertThat(pm.post(
                                "/api/interventions/" + id + "/corrections",
                                Map.of(
                                        "eventId",
                                        registered,
                                        "plannedEnd",
                                        "2022-12-31",
                                        "reason",
                                        "slutdatoen var tastet forkert"))
                        .status())
                .isEqualTo(200);

        assertThat(ids(pm, window)).isEmpty();
        assertThat(ids(pm, "area=" + area + "&activeFrom=2022-06-01&activeTo=2022-06-30"))
                .containsExactly(id);
    }

    private static List<String> ids(Api api, String query) {
        Api.Response response = api.get("/api/interventions?" + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        response.json().get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    private static JsonNode membership(JsonNode areas, String area) {
        for (JsonNode membership : areas) {
            if (membership.toString().contains("\"" + area + "\"")) {
                return membership;
            }
        }
        throw new AssertionError("no membership of " + area + " in " + areas);
    }
}
