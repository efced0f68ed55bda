package dk.kk.registry.infra.eventstore.upcasting;

import static dk.kk.registry.infra.support.Bodies.grant;
import static dk.kk.registry.infra.support.Fixtures.money;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.Eventually;
import dk.kk.registry.infra.support.Fixtures;
import dk.kk.registry.infra.support.RegistryIT;
import dk.kk.registry.shared.common.Money;
import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.intervention.CorrectableEvent;
import dk.kk.registry.shared.intervention.FundingGrantCorrection;
import dk.kk.registry.shared.intervention.InterventionEventCorrectedEvent;
import dk.kk.registry.shared.intervention.RegistrationCorrection;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Corrections recorded before they named the kind of event ({@code InterventionEventCorrectedEvent} revision 1, the
 * corrected event's class name and all eighteen fields side by side, stored as the serializer wrote them) read as
 * revision 2: by the event store, by the aggregate, and by the projection, which shows exactly what the same
 * corrections recorded today show.
 */
class CorrectionRevisionOneIT extends RegistryIT {

    @Autowired
    EventStore eventStore;

    @Test
    void revisionOneCorrectionsReadAsTheSameCorrectionsRecordedToday() {
        Fixtures fixtures = fixtures();
        String area = fixtures.area("revision-one");
        String today = twin(fixtures, area);
        String before = twin(fixtures, area);
        Api pm = api().as("pm.tmf");
        assertThat(pm.post(
                                "/api/interventions/" + today + "/corrections",
                                Map.of(
                                        "eventId",
                                        eventId(today, "InterventionRegisteredEvent"),
                                        "title",
                                        "Tryghedspartnerskab Husum",
                                        "plannedEnd",
                                        "2024-06-30",
                                        "reason",
                                        "titel og slutdato rettet"))
                        .status())
                .isEqualTo(200);
        assertThat(pm.post(
                                "/api/interventions/" + today + "/corrections",
                                Map.of(
                                        "eventId",
                                        eventId(today, "FundingGrantedEvent"),
                                        "amount",
                                        money("1200000.50"),
                                        "reason",
                                        "beløbet rettet"))
                        .status())
                .isEqualTo(200);

        appendRevisionOne(
                before,
                """
                {"interventionId":"%s","correctedEventId":"%s","correctedEventType":"InterventionRegisteredEvent",\
                "values":{"title":"Tryghedspartnerskab Husum","description":null,"plannedStart":null,\
                "plannedEnd":"2024-06-30","caseReference":null,"effectiveFrom":null,"effectiveTo":null,"role":null,\
                "amount":null,"fromYear":null,"toYear":null,"year":null,"decisionReference":null,"periodFrom":null,\
                "periodTo":null,"result":null,"summary":null,"reportReference":null}}""".formatted(before, eventId(before, "InterventionRegisteredEvent")),
                "titel og slutdato rettet");
        appendRevisionOne(before, """
                {"interventionId":"%s","correctedEventId":"%s","correctedEventType":"FundingGrantedEvent",\
                "values":{"title":null,"description":null,"plannedStart":null,"plannedEnd":null,\
                "caseReference":null,"effectiveFrom":null,"effectiveTo":null,"role":null,\
                "amount":{"amount":"1200000.50","currency":"DKK"},"fromYear":null,"toYear":null,"year":null,\
                "decisionReference":null,"periodFrom":null,"periodTo":null,"result":null,"summary":null,\
                "reportReference":null}}""".formatted(before, eventId(before, "FundingGrantedEvent")), "beløbet rettet");

        List<InterventionEventCorrectedEvent> read = eventStore
                .readEvents(before, 0)
                .asStream()
                .filter(event -> event.getPayload() instanceof InterventionEventCorrectedEvent)
                .map(event -> (InterventionEventCorrectedEvent) event.getPayload())
                .toList();
        assertThat(read)
                .extracting(InterventionEventCorrectedEvent::correctedEvent)
                .containsExactly(CorrectableEvent.REGISTRATION, CorrectableEvent.FUNDING_GRANTED);
        assertThat(read.get(0).correction())
                .isEqualTo(new RegistrationCorrection(
                        "Tryghedspartnerskab Husum", null, null, UncertainDate.of(LocalDate.of(2024, 6, 30)), null));
        assertThat(read.get(1).correction())
                .isEqualTo(new FundingGrantCorrection(Money.dkk("1200000.50"), null, null, null));

        Eventually.within(
                Duration.ofSeconds(20),
                "the revision-1 corrections in the read model",
                () -> api().as("auditor")
                                .get("/api/interventions/" + before)
                                .json()
                                .get("corrections")
                                .size()
                        == 2);
        assertThat(comparable(before)).isEqualTo(comparable(today));
        JsonNode shown = api().as("auditor").get("/api/interventions/" + before).json();
        assertThat(shown.get("title").asText()).isEqualTo("Tryghedspartnerskab Husum");
        assertThat(shown.get("funding").get(0).toString()).contains("1200000.50");

        Api.Response again = pm.post(
                "/api/interventions/" + before + "/corrections",
                Map.of(
                        "eventId",
                        eventId(before, "FundingGrantedEvent"),
                        "amount",
                        money("1200000.50"),
                        "reason",
                        "igen"));
        assertThat(again.status())
                .as("the aggregate read the old correction: " + again)
                .isEqualTo(422);
        assertThat(again.json().get("detail").asText())
                .isEqualTo("the FundingGrantedEvent already records these " + "values");
    }

    /** An intervention with one funding line, the same for each twin but for its id. */
    private String twin(Fixtures fixtures, String area) {
        String id = fixtures.intervention(fixtures.registration("Tryghedspartnerskab", area));
        Api.Response granted = api().as("pm.tmf")
                .post(
                        "/api/interventions/" + id + "/funding",
                        grant("MUNICIPAL_BASE_BUDGET", "1250000.00", List.of(2019, 2021), "BR 2018-123"));
        assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
        return id;
    }

    private void appendRevisionOne(String id, String payload, String reason) {
        long sequence = jdbc.queryForObject(
                "SELECT max(sequencenumber) + 1 FROM domainevententry" + " WHERE aggregateidentifier = ?",
                Long.class,
                id);
        String metadata = """
                {"user":"pm.tmf","role":"PROJECT_MANAGER","administration":"TMF","source":"api","reason":"%s"}""".formatted(reason);
        jdbc.update(
                """
                INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata,
                    payload, payloadrevision, payloadtype, timestamp)
                VALUES (?, ?, 'Intervention', ?, ?, ?, '1', ?, ?)""",
                id,
                sequence,
                UUID.randomUUID().toString(),
                metadata.getBytes(StandardCharsets.UTF_8),
                payload.getBytes(StandardCharsets.UTF_8),
                InterventionEventCorrectedEventUpcaster.TYPE,
                Instant.now().toString());
    }

    private String eventId(String id, String type) {
        Eventually.within(Duration.ofSeconds(20), type + " of " + id + " in the history", () -> history(id)
                .toString()
                .contains("\"" + type + "\""));
        for (JsonNode item : history(id)) {
            if (item.get("type").asText().equals(type)) {
                return item.get("eventId").asText();
            }
        }
        throw new AssertionError("no " + type + " in the history of " + id);
    }

    private JsonNode history(String id) {
        return api().as("auditor")
                .get("/api/interventions/" + id + "/history")
                .json()
                .get("items");
    }

    /** The intervention as the read model shows it, without what differs between twins: ids and recording times. */
    private JsonNode comparable(String id) {
        ObjectNode view =
                (ObjectNode) api().as("auditor").get("/api/interventions/" + id).json();
        String text = view.toString()
                .replace(id, "ID")
                .replaceAll("\"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\"", "\"UUID\"")
                .replaceAll("\"\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z\"", "\"INSTANT\"");
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
