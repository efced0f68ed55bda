package dk.kk.registry.infra.api;

import static dk.kk.registry.infra.support.Bodies.ABSENT;
import static dk.kk.registry.infra.support.Bodies.body;
import static dk.kk.registry.infra.support.Bodies.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.Bodies;
import dk.kk.registry.infra.support.RegistryIT;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Danish letters, emoji (outside the Basic Multilingual Plane, some joined) and right-to-left scripts come back
 * exactly as written, through the command, the event log, the projections and the read; a letter written with a
 * combining accent comes back as the one character NFC makes of it ({@code AdmissibleText}).
 */
class TextRoundTripIT extends RegistryIT {

    private static final String DANISH = "Æblegården i Ørestad og Åbenrå: æ ø å";
    private static final String EMOJI = "Tryg 🙂 by 👩🏽‍💻 🇩🇰";
    private static final String RIGHT_TO_LEFT = "مرحبا بالجيران — שלום שכנים";
    private static final String COMBINING = "Cafe\u0301 og Cafe\u0301 i Sundby";
    private static final String COMPOSED = "Caf\u00e9 og Caf\u00e9 i Sundby";
    private static final String ALL = DANISH + " · " + EMOJI + " · " + RIGHT_TO_LEFT + " · " + COMBINING;
    private static final String ALL_COMPOSED = DANISH + " · " + EMOJI + " · " + RIGHT_TO_LEFT + " · " + COMPOSED;

    @Test
    void anInterventionsTextsSurviveWriteAndRead() {
        Api pm = api().as("pm.tmf");
        String title = DANISH + " " + EMOJI + " " + UUID.randomUUID();
        Api.Response registered = pm.post(
                "/api/interventions",
                with(
                        registration(title),
                        "description",
                        ALL,
                        "targetGroups",
                        List.of("ALL_RESIDENTS"),
                        "caseReference",
                        "Sag ÆØÅ-🙂",
                        "reason",
                        RIGHT_TO_LEFT + " " + COMBINING));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String id = registered.json().get("id").asText();

        JsonNode intervention = pm.get("/api/interventions/" + id).json();
        assertThat(intervention.get("title").asText()).isEqualTo(title);
        assertThat(intervention.get("description").asText()).isEqualTo(ALL_COMPOSED);
        JsonNode registration = pm.get("/api/interventions/" + id + "/history")
                .json()
                .get("items")
                .get(0);
        assertThat(registration.get("reason").asText()).isEqualTo(RIGHT_TO_LEFT + " " + COMPOSED);
        assertThat(registration.get("payload").get("description").asText()).isEqualTo(ALL_COMPOSED);
    }

    @Test
    void referenceDataNamesSurviveWriteAndRead() {
        Api admin = api().as("admin");
        String name = RIGHT_TO_LEFT + " " + EMOJI;
        Api.Response organisation = admin.post("/api/organisations", body("name", name, "kind", "CIVIL_SOCIETY"));
        assertThat(organisation.status()).as(organisation.toString()).isEqualTo(201);
        assertThat(admin.get("/api/organisations/"
                                + organisation.json().get("id").asText())
                        .json()
                        .get("name")
                        .asText())
                .isEqualTo(name);

        String slug = "rundtur-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response area = admin.post(
                "/api/areas", body("id", slug, "name", DANISH + " " + COMBINING, "kind", "MUNICIPAL_DESIGNATED"));
        assertThat(area.status()).as(area.toString()).isEqualTo(201);
        assertThat(admin.get("/api/areas/" + slug).json().get("name").asText()).isEqualTo(DANISH + " " + COMPOSED);
    }

    @Test
    void textsSurviveTheCsvExport() {
        Api pm = api().as("pm.tmf");
        String token = "rundtur" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        String title = token + " " + DANISH + " " + EMOJI + " " + RIGHT_TO_LEFT;
        assertThat(pm.post("/api/interventions", registration(title)).status()).isEqualTo(201);

        String csv = pm.header("Accept", "text/csv")
                .get("/api/interventions?q=" + token)
                .text();

        assertThat(csv).contains(title);
    }

    /** A culture and leisure intervention from 2021 for no target group in particular, with no planned end. */
    private static Map<String, Object> registration(String title) {
        return with(
                Bodies.registration(title),
                "category",
                "CULTURE_LEISURE",
                "targetGroups",
                ABSENT,
                "plannedStart",
                "2021-01-01",
                "plannedEnd",
                ABSENT);
    }
}
