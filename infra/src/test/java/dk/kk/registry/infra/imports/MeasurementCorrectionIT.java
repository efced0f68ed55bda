package dk.kk.registry.infra.imports;

import static dk.kk.registry.infra.support.Bodies.measurement;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.registry.infra.support.Api;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A figure is corrected or retracted with a reason; the series shows the change at once, an as-of read shows what
 * the registry showed before, and the measurement's history keeps every version.
 */
class MeasurementCorrectionIT extends MeasurementIT {

    MeasurementCorrectionIT() {
        super("eviction-warnings", "tingbjerg");
    }

    private String id;

    @BeforeEach
    void setUp() {
        id = data.record(measurement(indicator, area, 2024, "0.6"));
    }

    private Api.Response correct(Map<String, Object> body) {
        return api().as("evaluator").post("/api/measurements/" + id + "/corrections", body);
    }

    private Api.Response retract(String reason) {
        return api().as("evaluator").post("/api/measurements/" + id + "/retraction", Map.of("reason", reason));
    }

    @Test
    void aCorrectionIsShownInTheSeriesAndTheOriginalInTheHistory() {
        Api.Response corrected = correct(Map.of(
                "value",
                "0.7",
                "qualityNote",
                "110 cases could not be located",
                "reason",
                "the journal system changed in 2023"));

        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(corrected.json().get("version").asLong()).isEqualTo(1);
        assertThat(corrected.header("ETag")).isEqualTo("\"1\"");
        JsonNode item = data.series(indicator, "area=" + area).get(0);
        assertThat(item.get("value").asText()).isEqualTo("0.7");
        assertThat(item.get("corrected").asBoolean()).isTrue();
        assertThat(item.get("qualityNote").asText()).isEqualTo("110 cases could not be located");

        JsonNode history =
                api().as("auditor").get("/api/measurements/" + id).json().get("history");
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("value").asText()).isEqualTo("0.6");
        assertThat(history.get(1).get("change").asText()).isEqualTo("CORRECTED");
        assertThat(history.get(1).get("reason").asText()).isEqualTo("the journal system changed in 2023");
    }

    @Test
    void aSeriesAsOfAnEarlierInstantShowsWhatTheRegistryShowedThen() {
        Instant beforeCorrection = Instant.now();
        correct(Map.of("value", "0.7", "reason", "recount"));
        Instant beforeRetraction = Instant.now();
        retract("recorded under the wrong area");

        assertThat(data.series(indicator, "")).isEmpty();
        JsonNode then = data.series(indicator, "asOf=" + beforeCorrection);
        assertThat(then).hasSize(1);
        assertThat(then.get(0).get("value").asText()).isEqualTo("0.6");
        assertThat(then.get(0).get("corrected").asBoolean()).isFalse();
        assertThat(data.series(indicator, "asOf=" + beforeRetraction)
                        .get(0)
                        .get("value")
                        .asText())
                .isEqualTo("0.7");
        assertThat(api().as("auditor")
                        .get("/api/indicators/" + indicator + "/series?asOf=2000-01-01T00:00:00Z")
                        .status())
                .as("the indicator was not defined then")
                .isEqualTo(404);
        assertThat(api().as("auditor")
                        .get("/api/measurements/" + id + "?asOf=" + beforeCorrection)
                        .json()
                        .get("history"))
                .hasSize(1);
    }

    @Test
    void aRetractedMeasurementLeavesTheSeriesButNotTheLog() {
        Api.Response retracted = retract("the figure belongs to Husum, not Tingbjerg");

        assertThat(retracted.status()).as(retracted.toString()).isEqualTo(200);
        assertThat(data.series(indicator, "")).isEmpty();
        JsonNode measurement =
                api().as("auditor").get("/api/measurements/" + id).json();
        assertThat(measurement.get("retracted").asBoolean()).isTrue();
        assertThat(measurement.get("history").get(1).get("change").asText()).isEqualTo("RETRACTED");
        assertThat(measurement.get("history").get(1).get("reason").asText())
                .isEqualTo("the figure belongs to Husum, not Tingbjerg");

        Api.Response again = api().as("evaluator").post("/api/measurements", measurement(indicator, area, 2024, "0.6"));
        assertThat(again.status()).as("the id stays taken").isEqualTo(409);
        assertThat(again.json().get("existingId").asText()).isEqualTo(id);
    }

    @Test
    void aCorrectionReinstatesARetractedMeasurement() {
        retract("withdrawn while SOF checks it");

        assertThat(correct(Map.of("value", "0.6", "reason", "SOF confirmed the figure"))
                        .status())
                .isEqualTo(200);

        JsonNode item = data.series(indicator, "").get(0);
        assertThat(item.get("value").asText()).isEqualTo("0.6");
        assertThat(item.get("corrected").asBoolean()).isTrue();
    }

    @Test
    void aCorrectionOrRetractionSaysWhy() {
        Api.Response noReason = correct(Map.of("value", "0.7"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asText()).isEqualTo("reason");
        assertThat(retract(" ").status()).isEqualTo(400);
        assertThat(correct(Map.of("value", "0.60", "reason", "same")).status()).isEqualTo(422);
        assertThat(data.series(indicator, "").get(0).get("corrected").asBoolean())
                .isFalse();
    }

    @Test
    void aStaleVersionIsAConflict() {
        correct(Map.of("value", "0.7", "reason", "recount"));

        Api.Response stale = api().as("evaluator")
                .header("If-Match", "\"0\"")
                .post("/api/measurements/" + id + "/corrections", Map.of("value", "0.8", "reason", "again"));

        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
    }

    @Test
    void onlyRecordedMeasurementsAreCorrected() {
        Api.Response unknown = api().as("evaluator")
                .post(
                        "/api/measurements/m-00000000000000000000000000000000" + "/corrections",
                        Map.of("value", "1", "reason", "why"));
        Api.Response notAMeasurement =
                api().as("evaluator").post("/api/measurements/" + area + "/retraction", Map.of("reason", "why"));

        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
        assertThat(notAMeasurement.status()).as(notAMeasurement.toString()).isEqualTo(404);

        String lookalike = "m-" + java.util.UUID.randomUUID().toString().replace("-", "");
        assertThat(api().as("admin")
                        .post(
                                "/api/areas",
                                Map.of(
                                        "id",
                                        lookalike,
                                        "name",
                                        "Et område " + lookalike,
                                        "kind",
                                        "MUNICIPAL_DESIGNATED"))
                        .status())
                .isEqualTo(201);
        Api.Response areaShapedLikeAMeasurement = api().as("evaluator")
                .post("/api/measurements/" + lookalike + "/corrections", Map.of("value", "1", "reason", "why"));
        assertThat(areaShapedLikeAMeasurement.status())
                .as(areaShapedLikeAMeasurement.toString())
                .isEqualTo(404);
        assertThat(api().as("pm.tmf")
                        .post("/api/measurements/" + id + "/retraction", Map.of("reason", "x"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void theSeriesIsFilteredByAreaAndYearsAndOrderedByAreaThenPeriod() {
        data.record(measurement(indicator, area, 2017, "1.4"));
        data.record(measurement(indicator, area, 2020, "0.8"));
        data.record(measurement(indicator, "copenhagen", 2017, "0.6"));

        JsonNode all = data.series(indicator, "");
        assertThat(all).hasSize(4);
        assertThat(all.get(0).get("area").asText()).isEqualTo(area.compareTo("copenhagen") < 0 ? area : "copenhagen");
        JsonNode window = data.series(indicator, "area=" + area + "&from=2017&to=2020");
        assertThat(window).hasSize(2);
        assertThat(window.get(0).get("period").get("year").asInt()).isEqualTo(2017);
        assertThat(window.get(1).get("period").get("year").asInt()).isEqualTo(2020);

        assertThat(api().as("auditor")
                        .get("/api/indicators/" + indicator + "/series?from=2020&to=2017")
                        .status())
                .isEqualTo(400);
        assertThat(api().as("auditor")
                        .get("/api/indicators/" + indicator + "/series?area=atlantis")
                        .status())
                .isEqualTo(400);
        assertThat(api().as("auditor")
                        .get("/api/indicators/unknown-indicator/series")
                        .status())
                .isEqualTo(404);
    }
}
