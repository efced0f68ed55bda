package dk.kk.registry.query.intervention;

import static dk.kk.registry.infra.support.Bodies.grant;
import static dk.kk.registry.infra.support.Fixtures.money;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.Fixtures;
import dk.kk.registry.infra.support.ProjectionIT;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The intervention projection on real PostgreSQL: replay-safe, and a rebuild from the events comes out identical. */
class InterventionProjectionIT extends ProjectionIT {

    @Autowired
    InterventionProjection projection;

    @Test
    void seeingEveryEventTwiceChangesNothing() throws Exception {
        String id = interventionWithAFewChanges();
        List<Map<String, Object>> versions = versions(id);
        List<Map<String, Object>> history = history(id);

        redeliver(projection, id);

        assertThat(versions(id)).isEqualTo(versions);
        assertThat(history(id)).isEqualTo(history);
    }

    /**
     * An event that commits after a later one is delivered once it commits, with a token whose position is the highest
     * seen (its own position was a gap). Its history row is still filed under its own position, and the later
     * event's row stays as it was.
     */
    @Test
    void anEventThatFillsAGapIsFiledUnderItsOwnPosition() throws Exception {
        String id = interventionWithAFewChanges();
        List<Map<String, Object>> history = history(id);
        List<? extends DomainEventMessage<?>> events =
                eventStore.readEvents(id).asStream().toList();
        DomainEventMessage<?> late = events.get(1);
        long own = jdbc.queryForObject(
                "SELECT globalindex FROM domainevententry WHERE eventidentifier = ?", Long.class, late.getIdentifier());
        long highest = jdbc.queryForObject(
                "SELECT max(global_index) FROM intervention_event WHERE intervention_id = ?", Long.class, id);
        jdbc.update("DELETE FROM intervention_event WHERE global_index = ?", own);

        new AnnotationEventHandlerAdapter(projection)
                .handle(new GenericTrackedDomainEventMessage<>(
                        GapAwareTrackingToken.newInstance(highest, new TreeSet<>()), late));

        assertThat(history(id)).isEqualTo(history);
    }

    @Test
    void aRebuildFromTheEventsComesOutIdentical() {
        String id = interventionWithAFewChanges();
        List<Map<String, Object>> versions = versions(id);
        List<Map<String, Object>> history = history(id);

        assertThat(rebuild(InterventionProjection.GROUP)).isTrue();
        assertThat(versions(id)).isEqualTo(versions);
        assertThat(history(id)).isEqualTo(history);
    }

    private String interventionWithAFewChanges() {
        Fixtures fixtures = fixtures();
        Api pm = api().as("pm.tmf");
        String area = fixtures.area("sydhavn");
        String id = fixtures.intervention(fixtures.registration("IPS Sydhavn", area, "copenhagen"));
        String line = pm.post(
                        "/api/interventions/" + id + "/funding",
                        grant("MUNICIPAL_POOL", "300000.00", List.of(2019, 2020)))
                .json()
                .get("fundingId")
                .asText();
        pm.post(
                "/api/interventions/" + id + "/funding/" + line + "/adjustments",
                Map.of("amount", money("250000.00"), "reason", "mindre forbrug"));
        pm.post(
                "/api/interventions/" + id + "/areas/copenhagen/removal",
                Map.of("effectiveTo", "2020-06-30", "reason", "kun i Sydhavnen"));
        fixtures.correctRegisteredPlannedEnd(id, "2024-12-31");
        return id;
    }

    private List<Map<String, Object>> versions(String id) {
        return jdbc.queryForList("""
                SELECT version, recorded_from, recorded_to, title, stage, planned_end, area_ids::text AS areas,
                       doc::text AS doc
                FROM intervention_version WHERE intervention_id = ? ORDER BY version""", id);
    }

    private List<Map<String, Object>> history(String id) {
        return jdbc.queryForList(
                "SELECT * FROM intervention_event WHERE intervention_id = ? ORDER BY global_index", id);
    }
}
