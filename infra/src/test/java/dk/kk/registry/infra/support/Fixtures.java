package dk.kk.registry.infra.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds test data through the API, with unique ids so that tests sharing one database do not collide. */
public final class Fixtures {

    private final Api api;

    Fixtures(Api api) {
        this.api = api;
    }

    /** Fixtures on an instance of the test's own (a second registry, a restored one). */
    public static Fixtures on(Api api) {
        return new Fixtures(api);
    }

    /** Registers an area with a unique slug starting with the prefix given; answers the slug. */
    public String area(String prefix) {
        String id = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response response = api.as("admin").post("/api/areas", Bodies.area(id, "Område " + id));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return id;
    }

    /** Defines a percentage indicator from DOMUS with a unique slug starting with the prefix given; answers the slug. */
    public String indicator(String prefix, String direction) {
        String id = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response response =
                api.as("admin").post("/api/indicators", Bodies.indicator(id, "Indikator " + id, direction, "DOMUS"));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return id;
    }

    /** Registers an organisation; answers its id. */
    public String organisation(String name, String kind) {
        Api.Response response = api.as("admin").post("/api/organisations", Map.of("name", name, "kind", kind));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asText();
    }

    /** A valid registration body led by TMF in the areas given, to be adjusted by the test. */
    public Map<String, Object> registration(String title, String... areas) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("description", "Beskrivelse af " + title);
        body.put("kind", "AREA_BASED");
        body.put("category", "SAFETY_PARTNERSHIP");
        body.put("leadAdministration", "TMF");
        body.put("areas", List.of(areas));
        body.put("targetGroups", List.of("ALL_RESIDENTS"));
        body.put("plannedStart", "2019-01-01");
        body.put("plannedEnd", "2023-12-31");
        return body;
    }

    /** Registers an intervention as pm.tmf; answers its id. */
    public String intervention(Map<String, Object> registration) {
        Api.Response response = api.as("pm.tmf").post("/api/interventions", registration);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asText();
    }

    /** The first entry of the type given in the intervention's history, as the API user given reads it. */
    public static JsonNode historyEvent(Api api, String id, String type) {
        for (JsonNode entry :
                api.get("/api/interventions/" + id + "/history").json().get("items")) {
            if (entry.get("type").asText().equals(type)) {
                return entry;
            }
        }
        throw new AssertionError("no " + type + " in the history of " + id);
    }

    /** Corrects, as pm.tmf, the planned end the intervention was registered with (a correction of its first event). */
    public void correctRegisteredPlannedEnd(String intervention, String plannedEnd) {
        Api pm = api.as("pm.tmf");
        String registered = pm.get("/api/interventions/" + intervention + "/history")
                .json()
                .get("items")
                .get(0)
                .get("eventId")
                .asText();
        Api.Response corrected = pm.post(
                "/api/interventions/" + intervention + "/corrections",
                Map.of("eventId", registered, "plannedEnd", plannedEnd, "reason", "forkert slutdato ved registrering"));
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
    }

    public static Map<String, Object> money(String amount) {
        return Map.of("amount", amount, "currency", "DKK");
    }
}
