package dk.kk.registry.query.measurement;

import static dk.kk.registry.infra.support.Bodies.measurement;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.ProjectionIT;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The measurement projection on real PostgreSQL: replay-safe, and a rebuild from the events comes out identical. */
class MeasurementProjectionIT extends ProjectionIT {

    @Autowired
    MeasurementProjection projection;

    @Test
    void seeingEveryEventTwiceChangesNothing() throws Exception {
        String indicator = indicator();
        List<String> ids = measurementsWithAFewChanges(indicator);
        List<Map<String, Object>> versions = versions(indicator);

        AnnotationEventHandlerAdapter handler = new AnnotationEventHandlerAdapter(projection);
        for (String id : ids) {
            for (DomainEventMessage<?> event :
                    eventStore.readEvents(id).asStream().toList()) {
                handler.handle(event);
            }
        }

        assertThat(versions(indicator)).isEqualTo(versions);
    }

    @Test
    void aRebuildFromTheEventsComesOutIdentical() {
        String indicator = indicator();
        measurementsWithAFewChanges(indicator);
        List<Map<String, Object>> versions = versions(indicator);

        assertThat(rebuild(MeasurementProjection.GROUP)).isTrue();
        assertThat(versions(indicator)).isEqualTo(versions);
    }

    private String indicator() {
        return fixtures().indicator("child-poverty", "LOWER_IS_BETTER");
    }

    /** One measurement recorded alone and corrected, two in a bulk, one of which is retracted. */
    private List<String> measurementsWithAFewChanges(String indicator) {
        Api evaluator = api().as("evaluator");
        String single = evaluator
                .post("/api/measurements", measurement(indicator, "copenhagen", 2024, "4.2"))
                .json()
                .get("ids")
                .get(0)
                .asText();
        var bulk = evaluator
                .post(
                        "/api/measurements",
                        List.of(
                                measurement(indicator, "rest-of-copenhagen", 2024, "4.0"),
                                Map.of(
                                        "indicator",
                                        indicator,
                                        "area",
                                        "rest-of-copenhagen",
                                        "period",
                                        2023,
                                        "value",
                                        "4.1",
                                        "numerator",
                                        "41",
                                        "denominator",
                                        "1000",
                                        "qualityNote",
                                        "preliminary")))
                .json();
        String first = bulk.get("ids").get(0).asText();
        String second = bulk.get("ids").get(1).asText();
        assertThat(evaluator
                        .post(
                                "/api/measurements/" + single + "/corrections",
                                Map.of("value", "10.9", "reason", "områdernes tal, ikke byens"))
                        .status())
                .isEqualTo(200);
        assertThat(evaluator
                        .post("/api/measurements/" + first + "/retraction", Map.of("reason", "dublet af byens tal"))
                        .status())
                .isEqualTo(200);
        return List.of(single, first, second);
    }

    private List<Map<String, Object>> versions(String indicator) {
        return jdbc.queryForList("""
                SELECT * FROM measurement_version WHERE indicator_id = ? ORDER BY measurement_id, version""", indicator);
    }
}
