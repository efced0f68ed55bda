package dk.kk.registry.infra.goal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.Eventually;
import dk.kk.registry.infra.support.RegistryIT;
import dk.kk.registry.shared.goal.GoalSetEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A goal recorded before goals had areas and a comparison area ({@code GoalSetEvent} revision 1, stored as it was
 * written then) is read as a city-wide goal compared with the rest of the city: by the event store, the aggregate
 * and the projection.
 */
class GoalSetEventUpcastingIT extends RegistryIT {

    @Autowired
    EventStore eventStore;

    @Test
    void aRevisionOneGoalIsReadAsCityWideAndComparedWithTheRestOfTheCity() {
        GoalFixtures fixtures = new GoalFixtures(api());
        String policy = fixtures.policy("policy-old");
        String indicator = fixtures.indicator("eviction-warnings", "LOWER_IS_BETTER");
        String id = UUID.randomUUID().toString();
        String payload = """
                {"goalId":"%s","title":"Færre udsættelser","policy":"%s","ownerAdministration":"SOF",\
                "indicator":"%s","baseline":{"year":2017,"areaValue":"1.4","comparisonValue":"0.6"},\
                "target":{"type":"RELATIVE_CHANGE","value":"-0.25"},"deadlineYear":2025}""".formatted(id, policy, indicator);
        String metadata = """
                {"user":"evaluator","role":"EVALUATOR","source":"api","reason":"sat før målene fik områder"}""";
        jdbc.update(
                """
                INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata,
                    payload, payloadrevision, payloadtype, timestamp)
                VALUES (?, 0, 'Goal', ?, ?, ?, '1', 'dk.kk.registry.shared.goal.GoalSetEvent', ?)""",
                id,
                UUID.randomUUID().toString(),
                metadata.getBytes(StandardCharsets.UTF_8),
                payload.getBytes(StandardCharsets.UTF_8),
                Instant.now().toString());

        List<? extends DomainEventMessage<?>> events =
                eventStore.readEvents(id).asStream().toList();
        GoalSetEvent set = (GoalSetEvent) events.get(0).getPayload();
        assertThat(set.areas()).isEmpty();
        assertThat(set.comparisonArea()).isEqualTo("rest-of-copenhagen");
        assertThat(set.baseline().areaValue().exactValue()).isEqualByComparingTo("1.4");

        JsonNode goal = projected(id);
        assertThat(goal.get("comparisonArea").asText()).isEqualTo("rest-of-copenhagen");
        assertThat(goal.get("areas")).isEmpty();
        assertThat(goal.get("targetHistory").get(0).get("reason").asText()).isEqualTo("sat før målene fik områder");

        Api.Response reported = api().as("evaluator")
                .post("/api/goals/" + id + "/status-reports", GoalFixtures.status(2024, "0.6", "0.2"));
        assertThat(reported.status()).as(reported.toString()).isEqualTo(201);
        assertThat(reported.json().get("version").asLong()).isEqualTo(1);
        JsonNode row = api().as("evaluator")
                .get("/api/goals/board?policy=" + policy)
                .json()
                .get("items")
                .get(0);
        assertThat(row.get("comparisonArea").asText()).isEqualTo("rest-of-copenhagen");
        assertThat(row.get("measuredValue").asText()).isEqualTo("-0.5714");
    }

    /** The row was written behind the command bus, so no write waits for the projection here. */
    private JsonNode projected(String id) {
        Api.Response response = Eventually.until(
                Duration.ofSeconds(20),
                "goal " + id + " in the read model",
                () -> api().as("auditor").get("/api/goals/" + id),
                read -> read.status() != 404);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
