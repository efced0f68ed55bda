package dk.kk.registry.infra.source;

import static dk.kk.registry.infra.support.Bodies.indicator;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.AuditTrail;
import dk.kk.registry.infra.support.Fixtures;
import dk.kk.registry.infra.support.RegistryIT;
import dk.kk.registry.infra.support.UiSession;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Sources as reference data and the citation a write carries (API.md, "Sources"): an auditor lists every fact recorded
 * from one document, and each fact's history and log entry say where in the document it stands.
 */
class SourcesIT extends RegistryIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private String source(String title) {
        String id = "status-report-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("title", title);
        body.put("publisher", "Socialforvaltningen");
        body.put("published", "2024");
        body.put("identifier", "2024-0123456");
        body.put("kind", "STATUS_REPORT");
        Api.Response created = api().as("evaluator").post("/api/sources", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/sources/" + id);
        return id;
    }

    @Test
    void aSourceIsRegisteredOnceWithItsDateAsStated() {
        String id = source("Status på udsatte byområder 2024");

        JsonNode read = api().as("auditor").get("/api/sources/" + id).json();
        assertThat(read.get("title").asText()).isEqualTo("Status på udsatte byområder 2024");
        assertThat(read.get("published").asText()).isEqualTo("2024");
        assertThat(read.get("kind").asText()).isEqualTo("STATUS_REPORT");
        assertThat(api().as("pm.tmf")
                        .get("/api/sources?kind=STATUS_REPORT&size=500")
                        .json()
                        .get("items")
                        .findValuesAsText("id"))
                .contains(id);

        Api.Response again = api().as("admin").post("/api/sources", Map.of("id", id, "title", "Igen", "kind", "OTHER"));
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(api().as("auditor")
                        .get("/api/sources/" + id)
                        .json()
                        .get("title")
                        .asText())
                .isEqualTo("Status på udsatte byområder 2024");
        assertThat(api().as("auditor").get("/api/sources/no-such-source").status())
                .isEqualTo(404);
    }

    @Test
    void aSourceWithHostileFieldsIsRefusedAndNothingRecorded() {
        String id = "hostile-" + UUID.randomUUID().toString().substring(0, 8);
        for (String body : new String[] {
            "{\"id\":\"" + id + "\",\"title\":\"a\\u0000b\",\"kind\":\"OTHER\"}",
            "{\"id\":\"" + id + "\",\"title\":\"a\\ud800b\",\"kind\":\"OTHER\"}",
            "{\"id\":\"" + id + "\",\"title\":\"" + "x".repeat(301) + "\",\"kind\":\"OTHER\"}",
            "{\"id\":\"" + id + "\",\"title\":\"Titel\",\"kind\":\"NOVEL\"}",
            "{\"id\":\"" + id + "\",\"title\":\"Titel\",\"kind\":\"OTHER\",\"published\":\"sometime\"}",
            "{\"id\":\"" + id + "\",\"title\":\"Titel\",\"kind\":\"OTHER\",\"colour\":\"red\"}"
        }) {
            Api.Response refused = api().as("admin").post("/api/sources", body);
            assertThat(refused.status()).as(body + " → " + refused).isEqualTo(400);
        }
        assertThat(api().as("admin")
                        .post("/api/sources", Map.of("id", "Not A Slug", "title", "Titel", "kind", "OTHER"))
                        .status())
                .isEqualTo(422);
        assertThat(eventsOf(id)).isZero();
    }

    @Test
    void aCitationOfAnUnknownSourceIsRefusedAndNothingRecorded() {
        Fixtures fixtures = fixtures();
        String area = fixtures.area("tingbjerg");
        String title = "Uciteret " + UUID.randomUUID();
        Map<String, Object> registration = fixtures.registration(title, area);
        registration.put("source", Map.of("id", "no-such-source", "locator", "s. 4"));

        Api.Response refused = api().as("pm.tmf").post("/api/interventions", registration);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().get("rule").asText()).isEqualTo("CitationsNameKnownSources");
        assertThat(eventsMentioning(title)).isZero();
    }

    @Test
    void hostileCitationsAreRefusedAndNothingRecorded() {
        String source = source("Kilde til fjendtlige citater");
        String area = fixtures().area("husum");
        String title = "Fjendtlig " + UUID.randomUUID();
        String registration = write(fixtures().registration(title, area));
        String start = registration.substring(0, registration.length() - 1) + ",\"source\":";
        for (String citation : new String[] {
            "{\"id\":\"" + source + "\",\"quotation\":\"a\\u0000b\"}",
            "{\"id\":\"" + source + "\",\"quotation\":\"a\\udc00b\"}",
            "{\"id\":\"" + source + "\",\"quotation\":\"" + "x".repeat(2001) + "\"}",
            "{\"id\":\"" + source + "\",\"page\":\"4\"}",
            "{\"id\":\"" + source + "\",\"locator\":4}",
            "{\"locator\":\"s. 4\"}"
        }) {
            Api.Response refused = api().as("pm.tmf").post("/api/interventions", start + citation + "}");
            assertThat(refused.status()).as(citation + " → " + refused).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asText())
                    .startsWith("source");
        }
        assertThat(eventsMentioning(title)).isZero();
    }

    @Test
    void aCitedWriteIsListedUnderItsSourceWithWhereItStands() throws Exception {
        String source = source("Status 2024");
        Fixtures fixtures = fixtures();
        String area = fixtures.area("bispebjerg");
        String other = fixtures.area("nordvest");
        Instant before = Instant.now();
        Thread.sleep(5);
        Map<String, Object> registration = fixtures.registration("Boligsocial helhedsplan", area);
        registration.put(
                "source",
                Map.of(
                        "id",
                        source,
                        "locator",
                        "afsnit 3.2",
                        "quotation",
                        "krav og anbefalinger til helhedsplaner",
                        "note",
                        "årstal ikke angivet"));
        String id = fixtures.intervention(registration);
        Api.Response added = api().as("pm.tmf")
                .post(
                        "/api/interventions/" + id + "/areas",
                        Map.of(
                                "areaId",
                                other,
                                "effectiveFrom",
                                "2020-01-01",
                                "source",
                                Map.of("id", source, "locator", "s. 12")));
        assertThat(added.status()).as(added.toString()).isEqualTo(200);

        JsonNode metadata = JSON.readTree(jdbc.queryForObject(
                "SELECT convert_from(metadata, 'UTF8') FROM "
                        + "domainevententry WHERE aggregateidentifier = ? AND sequencenumber = 0",
                String.class,
                id));
        assertThat(metadata.get("citation").get("wasDerivedFrom").asText()).isEqualTo(source);
        assertThat(metadata.get("citation").get("quotation").asText())
                .isEqualTo("krav og anbefalinger til helhedsplaner");

        JsonNode history = api().as("auditor")
                .get("/api/interventions/" + id + "/history")
                .json()
                .get("items");
        assertThat(history.get(0).get("citation").get("title").asText()).isEqualTo("Status 2024");
        assertThat(history.get(0).get("citation").get("locator").asText()).isEqualTo("afsnit 3.2");
        assertThat(history.get(0).get("type").asText()).isEqualTo("InterventionRegisteredEvent");
        assertThat(history.get(1).get("citation").get("locator").asText()).isEqualTo("s. 12");

        JsonNode logged = api().as("auditor")
                .get("/api/audit/events?aggregateId=" + id)
                .json()
                .get("items");
        assertThat(logged.get(0).get("citation").get("sourceId").asText()).isEqualTo(source);
        assertThat(logged.get(0).get("citation").get("note").asText()).isEqualTo("årstal ikke angivet");

        JsonNode facts =
                api().as("auditor").get("/api/sources/" + source + "/facts").json();
        assertThat(facts.get("total").asLong()).isEqualTo(2);
        JsonNode first = facts.get("items").get(0);
        assertThat(first.get("aggregateId").asText()).isEqualTo(id);
        assertThat(first.get("type").asText()).isEqualTo("InterventionRegisteredEvent");
        assertThat(first.get("recordedBy").asText()).isEqualTo("pm.tmf");
        assertThat(first.get("quotation").asText()).isEqualTo("krav og anbefalinger til helhedsplaner");
        assertThat(first.get("summary").asText()).contains("Boligsocial helhedsplan");
        assertThat(first.get("position").asLong())
                .isLessThan(facts.get("items").get(1).get("position").asLong());

        assertThat(api().as("auditor")
                        .get("/api/sources/" + source + "/facts?asOf=" + before)
                        .json()
                        .get("total")
                        .asLong())
                .isZero();

        Api.Response csv = api().as("auditor").header("Accept", "text/csv").get("/api/sources/" + source + "/facts");
        String table = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(table).startsWith("\uFEFFPosition;");
        assertThat(table.lines().findFirst().orElseThrow()).contains("Citat", "Registreret af");
        assertThat(table).contains("afsnit 3.2");

        UiSession auditorPages = UiSession.signedIn(port, "auditor");
        String page = auditorPages.get("/interventions/" + id).body();
        assertThat(visibleText(page))
                .contains("Kilde: Status 2024, afsnit 3.2: »krav og anbefalinger til helhedsplaner«");
        assertThat(page).contains("href=\"/sources/" + source + "\"");
        String log = auditorPages.get("/audit/events?aggregateId=" + id).body();
        assertThat(visibleText(log)).contains("Kilde: Status 2024, s. 12");
        assertThat(log).contains("href=\"/sources/" + source + "\"");

        AuditTrail.awaitChain(jdbc);
        assertThat(AuditTrail.intact(api())).isTrue();
        AuditTrail.Script script = AuditTrail.verifyExport(api());
        if (script != null) {
            assertThat(script.exit()).as(script.output()).isZero();
        }
        Api.Response verified = api().as("admin").post("/api/admin/projections/verify", "");
        assertThat(verified.json().get("equal").asBoolean())
                .as(verified.toString())
                .isTrue();
    }

    @Test
    void aWriteWhoseSourceIsItsOwnTextCitesUnderCitation() throws Exception {
        String source = source("Budget 2019");
        Fixtures fixtures = fixtures();
        String id = fixtures.intervention(fixtures.registration("Fritidsjob", fixtures.area("amager")));
        Map<String, Object> funding = new LinkedHashMap<>();
        funding.put("source", "TMF");
        funding.put("sourceKind", "MUNICIPAL_POOL");
        funding.put("amount", Fixtures.money("300000.00"));
        funding.put("years", java.util.List.of(2019, 2020));
        funding.put("citation", Map.of("id", source, "locator", "bevilling 4.2"));
        funding.put("source", Map.of("id", source));
        long before = eventsMentioning(id);
        Api.Response both = api().as("pm.tmf").post("/api/interventions/" + id + "/funding", funding);
        assertThat(both.status()).as("one citation per write").isEqualTo(400);
        assertThat(both.json().get("errors").get(0).get("field").asText()).isEqualTo("citation");
        assertThat(eventsMentioning(id)).isEqualTo(before);

        funding.put("source", "TMF");
        Api.Response granted = api().as("pm.tmf").post("/api/interventions/" + id + "/funding", funding);
        assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
        JsonNode metadata = JSON.readTree(jdbc.queryForObject(
                "SELECT convert_from(metadata, 'UTF8') FROM "
                        + "domainevententry WHERE aggregateidentifier = ? AND payloadtype LIKE '%FundingGrantedEvent'",
                String.class, id));
        assertThat(metadata.get("citation").get("wasDerivedFrom").asText()).isEqualTo(source);
        assertThat(metadata.get("citation").get("locator").asText()).isEqualTo("bevilling 4.2");
        JsonNode line = api().as("auditor")
                .get("/api/interventions/" + id)
                .json()
                .get("funding")
                .get(0);
        assertThat(line.get("source").asText())
                .as("the funder stays the funder")
                .isEqualTo("TMF");
    }

    @Test
    void aMeasurementCitesItsSourceAndAnUnknownOneRecordsNothing() throws Exception {
        String source = source("Statistikbanken");
        String indicator = "eviction-share-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api().as("admin")
                        .post(
                                "/api/indicators",
                                indicator(indicator, "Udsættelser", "LOWER_IS_BETTER", "Danmarks Statistik"))
                        .status())
                .isEqualTo(201);
        Map<String, Object> measurement = new LinkedHashMap<>();
        measurement.put("indicator", indicator);
        measurement.put("area", "copenhagen");
        measurement.put("period", 2023);
        measurement.put("value", "0.8");
        measurement.put("source", Map.of("id", "no-such-source"));

        Api.Response refused = api().as("evaluator").post("/api/measurements", measurement);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM domainevententry WHERE payloadtype LIKE "
                                + "'%MeasurementRecordedEvent' AND position(convert_to(?, 'UTF8') in payload) > 0",
                        Long.class, indicator))
                .isZero();

        measurement.put("source", Map.of("id", source, "locator", "tabel BY3", "quotation", "0,8 %"));
        Api.Response recorded = api().as("evaluator").post("/api/measurements", measurement);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);

        JsonNode facts =
                api().as("auditor").get("/api/sources/" + source + "/facts").json();
        assertThat(facts.get("total").asLong()).isEqualTo(1);
        assertThat(facts.get("items").get(0).get("type").asText()).isEqualTo("MeasurementRecordedEvent");
        assertThat(facts.get("items").get(0).get("locator").asText()).isEqualTo("tabel BY3");
        JsonNode metadata = JSON.readTree(jdbc.queryForObject(
                "SELECT convert_from(metadata, 'UTF8') FROM " + "domainevententry WHERE aggregateidentifier = ?",
                String.class,
                facts.get("items").get(0).get("aggregateId").asText()));
        assertThat(metadata.get("citation").get("quotation").asText()).isEqualTo("0,8 %");
        assertThat(metadata.get("user").asText()).isEqualTo("evaluator");
    }

    private long eventsOf(String aggregateId) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?", Long.class, aggregateId);
    }

    private long eventsMentioning(String text) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM domainevententry WHERE position(convert_to(?, 'UTF8') in " + "payload) > 0",
                Long.class,
                text);
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A page's text as a reader sees it: without tags, each run of white space one space. */
    private static String visibleText(String html) {
        return html.replaceAll("<[^>]+>", " ")
                .replaceAll("\\s+", " ")
                .replace(" ,", ",")
                .replace(" :", ":");
    }
}
