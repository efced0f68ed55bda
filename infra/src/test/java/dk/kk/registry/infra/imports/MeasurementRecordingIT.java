package dk.kk.registry.infra.imports;

import static dk.kk.registry.infra.imports.MeasurementData.period;
import static dk.kk.registry.infra.support.Bodies.measurement;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.registry.infra.support.Api;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One measurement at a time: recorded through the Measurement aggregate, refused with a problem when it is wrong. */
class MeasurementRecordingIT extends MeasurementIT {

    MeasurementRecordingIT() {
        super("eviction-warnings", "tingbjerg");
    }

    @Test
    void aMeasurementOfAYearIsRecordedAndShownInTheSeries() {
        Map<String, Object> body = measurement(indicator, area, 2017, "1.40");
        body.put("numerator", "28");
        body.put("denominator", 2000);
        body.put("source", "DOMUS");
        body.put("qualityNote", "baseline of SOF goal 2");
        body.put("reason", "2024 status report, table 1");

        Api.Response response = api().as("evaluator").post("/api/measurements", body);

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        String id = response.json().get("ids").get(0).asText();
        assertThat(id).matches("m-[0-9a-f]{32}");
        assertThat(response.header("Location")).isEqualTo("/api/measurements/" + id);
        JsonNode item = data.series(indicator, "area=" + area).get(0);
        assertThat(item.get("id").asText()).isEqualTo(id);
        assertThat(item.get("area").asText()).isEqualTo(area);
        assertThat(item.get("period").get("year").asInt()).isEqualTo(2017);
        assertThat(item.get("period").get("from").asText()).isEqualTo("2017-01-01");
        assertThat(item.get("period").get("to").asText()).isEqualTo("2017-12-31");
        assertThat(item.get("value").asText()).as("exact, as written").isEqualTo("1.40");
        assertThat(item.get("numerator").asText()).isEqualTo("28");
        assertThat(item.get("denominator").asText()).isEqualTo("2000");
        assertThat(item.get("source").asText()).isEqualTo("DOMUS");
        assertThat(item.get("qualityNote").asText()).isEqualTo("baseline of SOF goal 2");
        assertThat(item.get("corrected").asBoolean()).isFalse();
        assertThat(item.get("indicatorVersion").asInt()).isEqualTo(1);
    }

    @Test
    void aMeasurementRecordsWhoAndWhy() {
        Map<String, Object> body = measurement(indicator, area, 2020, "0.8");
        body.put("reason", "2024 status report");
        String id = data.record(body);

        JsonNode measurement =
                api().as("auditor").get("/api/measurements/" + id).json();
        JsonNode recorded = measurement.get("history").get(0);
        assertThat(recorded.get("change").asText()).isEqualTo("RECORDED");
        assertThat(recorded.get("recordedBy").asText()).isEqualTo("evaluator");
        assertThat(recorded.get("source").asText()).isEqualTo("api");
        assertThat(recorded.get("reason").asText()).isEqualTo("2024 status report");
        String payloadType = jdbc.queryForObject(
                "SELECT type FROM domainevententry WHERE aggregateidentifier = ?", String.class, id);
        assertThat(payloadType).isEqualTo("Measurement");
    }

    @Test
    void aPeriodMayBeGivenByItsDates() {
        String id = data.record(measurement(indicator, area, period("2023-08-01", "2024-07-31"), "42"));

        JsonNode period =
                api().as("auditor").get("/api/measurements/" + id).json().get("period");
        assertThat(period.get("from").asText()).isEqualTo("2023-08-01");
        assertThat(period.get("to").asText()).isEqualTo("2024-07-31");
        assertThat(period.get("year").isNull()).isTrue();
    }

    @Test
    void theComparisonAreasAlwaysExist() {
        data.record(measurement(indicator, "copenhagen", 2024, "0.2"));
        data.record(measurement(indicator, "rest-of-copenhagen", 2024, "0.19"));

        assertThat(data.series(indicator, "area=copenhagen&area=rest-of-copenhagen"))
                .hasSize(2);
    }

    @Test
    void theSameFigureIsRecordedOnce() {
        String id = data.record(measurement(indicator, area, 2024, "0.6"));

        Api.Response again = api().as("evaluator").post("/api/measurements", measurement(indicator, area, 2024, "0.7"));

        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.header("Content-Type")).startsWith("application/problem+json");
        assertThat(again.json().get("existingId").asText()).isEqualTo(id);
        assertThat(again.json().get("detail").asText()).contains(id);
        assertThat(data.series(indicator, "")).hasSize(1);
        assertThat(data.series(indicator, "").get(0).get("value").asText()).isEqualTo("0.6");
    }

    @Test
    void anUnknownAreaIsRefusedByName() {
        Api.Response response =
                api().as("evaluator").post("/api/measurements", measurement(indicator, "atlantis", 2017, "1"));

        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.json().get("rule").asText()).isEqualTo("ReferencesMustExist");
        assertThat(response.json().get("detail").asText()).isEqualTo("unknown area 'atlantis'");
    }

    @Test
    void malformedInputIsRefusedWithTheField() {
        Api.Response notADecimal =
                api().as("evaluator").post("/api/measurements", measurement(indicator, area, 2017, "1,4 %"));
        assertThat(notADecimal.status()).as(notADecimal.toString()).isEqualTo(400);
        assertThat(notADecimal.json().get("errors").get(0).get("field").asText())
                .isEqualTo("value");

        Map<String, Object> noPeriod = measurement(indicator, area, null, "1");
        Api.Response missing = api().as("evaluator").post("/api/measurements", noPeriod);
        assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
        assertThat(missing.json().get("errors").get(0).get("field").asText()).isEqualTo("period");

        Api.Response badDate = api().as("evaluator")
                .post("/api/measurements", measurement(indicator, area, period("2017-02-30", "2017-12-31"), "1"));
        assertThat(badDate.status()).as(badDate.toString()).isEqualTo(400);
        assertThat(badDate.json().get("errors").get(0).get("field").asText()).isEqualTo("period.from");

        Api.Response unknownField = api().as("evaluator")
                .post(
                        "/api/measurements",
                        "{\"indicator\":\"" + indicator + "\",\"area\":\"" + area + "\",\"period\":2017,\"value\":1,"
                                + "\"unit\":\"PERCENT\"}");
        assertThat(unknownField.status()).as(unknownField.toString()).isEqualTo(400);
        assertThat(unknownField.json().get("errors").get(0).get("field").asText())
                .isEqualTo("unit");

        Api.Response notJson = api().as("evaluator").post("/api/measurements", "{\"indicator\": ");
        assertThat(notJson.status()).as(notJson.toString()).isEqualTo(400);

        assertThat(data.series(indicator, "")).isEmpty();
    }

    @Test
    void aPeriodRunsForward() {
        Api.Response response = api().as("evaluator")
                .post("/api/measurements", measurement(indicator, area, period("2024-12-31", "2024-01-01"), "1"));

        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.json().get("rule").asText()).isEqualTo("PeriodsRunForward");
    }

    @Test
    void onlyEvaluatorsAndAdministratorsRecordMeasurements() {
        Api.Response pm = api().as("pm.tmf").post("/api/measurements", measurement(indicator, area, 2017, "1"));
        Api.Response auditor = api().as("auditor").post("/api/measurements", measurement(indicator, area, 2017, "1"));
        Api.Response anonymous = api().post("/api/measurements", measurement(indicator, area, 2017, "1"));

        assertThat(pm.status()).isEqualTo(403);
        assertThat(auditor.status()).isEqualTo(403);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(api().as("admin")
                        .post("/api/measurements", measurement(indicator, area, 2017, "1"))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void aBodyMustBeJson() {
        Api.Response response = api().as("evaluator")
                .postRaw(
                        "/api/measurements",
                        "text/csv",
                        "indicator;area".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(response.status()).isEqualTo(415);
    }

    @Test
    void anUnknownMeasurementIsNotFound() {
        assertThat(api().as("auditor")
                        .get("/api/measurements/m-00000000000000000000000000000000")
                        .status())
                .isEqualTo(404);
        assertThat(api().as("auditor").get("/api/measurements/" + area).status())
                .isEqualTo(404);
    }
}
