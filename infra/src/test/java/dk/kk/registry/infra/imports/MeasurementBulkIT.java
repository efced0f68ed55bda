package dk.kk.registry.infra.imports;

import static dk.kk.registry.infra.imports.MeasurementData.bulk;
import static dk.kk.registry.infra.support.Bodies.measurement;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.registry.infra.support.Api;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Many measurements in one request: all recorded, or none (ADR 0008). Every error is reported by row, and a figure
 * already recorded is never recorded again.
 */
class MeasurementBulkIT extends MeasurementIT {

    MeasurementBulkIT() {
        super("no-education", "bispebjerg");
    }

    private Api.Response post(String body) {
        return api().as("evaluator").post("/api/measurements", body);
    }

    private long recordedEvents() {
        Long events = jdbc.queryForObject("""
                SELECT count(*) FROM domainevententry
                WHERE payloadtype = 'dk.kk.registry.shared.measurement.MeasurementRecordedEvent'
                  AND convert_from(payload, 'UTF8')::jsonb ->> 'indicator' = ?""", Long.class, indicator);
        return events == null ? 0 : events;
    }

    @Test
    void twentyThousandMeasurementsAreRecordedInOneRequest() {
        int rows = 20_000;
        String body = bulk(indicator, List.of(area, "rest-of-copenhagen"), rows);

        long started = System.nanoTime();
        Api.Response response = post(body);
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        JsonNode answer = response.json();
        assertThat(answer.get("count").asInt()).isEqualTo(rows);
        Set<String> ids = new HashSet<>();
        answer.get("ids").forEach(id -> ids.add(id.asText()));
        assertThat(ids).hasSize(rows);
        System.out.printf(
                "bulk of %d measurements through the API: %d ms, %d rows/s (%d bytes)%n",
                rows, millis, rows * 1000L / Math.max(1, millis), body.length());

        assertThat(recordedEvents()).isEqualTo(rows);
        JsonNode series = data.series(indicator, "");
        assertThat(series)
                .as("read your writes: the whole bulk is projected when the request answers")
                .hasSize(rows);
        assertThat(series.get(0).get("area").asText())
                .isEqualTo(area.compareTo("rest-of-copenhagen") < 0 ? area : "rest-of-copenhagen");
        assertThat(data.series(indicator, "area=" + area + "&from=1950&to=1950"))
                .hasSize(365);
        String auditedBy = jdbc.queryForObject("""
                SELECT convert_from(metadata, 'UTF8')::jsonb ->> 'user' FROM domainevententry
                WHERE aggregateidentifier = ?""", String.class, ids.iterator().next());
        assertThat(auditedBy).isEqualTo("evaluator");
    }

    @Test
    void oneBadRowRecordsNothingAndIsNamed() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int year = 1990; year < 2020; year++) {
            rows.add(measurement(indicator, area, year, "18." + (year % 10)));
        }
        rows.get(17).put("value", "eighteen");
        rows.get(23).put("area", "atlantis");

        Api.Response response = api().as("evaluator").post("/api/measurements", rows);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        JsonNode problem = response.json();
        assertThat(problem.get("rows").asInt()).isEqualTo(30);
        assertThat(problem.get("invalidRows").asInt()).isEqualTo(2);
        assertThat(problem.get("detail").asText()).contains("none was recorded");
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("[17].value");
        assertThat(problem.get("errors").get(1).get("field").asText()).isEqualTo("[23].area");
        assertThat(problem.get("errors").get(1).get("rule").asText()).isEqualTo("ReferencesMustExist");
        assertThat(recordedEvents()).isZero();
        assertThat(data.series(indicator, "")).isEmpty();
    }

    @Test
    void aBrokenRuleRefusesTheWholeBulk() {
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(measurement(indicator, area, 2017, "18.4"));
        rows.add(measurement(indicator, area, Map.of("from", "2024-12-31", "to", "2024-01-01"), "18.4"));

        Api.Response response = api().as("evaluator").post("/api/measurements", rows);

        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("[1].period");
        assertThat(response.json().get("errors").get(0).get("rule").asText()).isEqualTo("PeriodsRunForward");
        assertThat(recordedEvents()).isZero();
    }

    @Test
    void aFigureAlreadyRecordedRefusesTheBulkAndIsNamed() {
        String existing = data.record(measurement(indicator, area, 2017, "36.2"));
        List<Map<String, Object>> rows = List.of(
                measurement(indicator, area, 2016, "36.9"),
                measurement(indicator, area, 2017, "36.2"),
                measurement(indicator, area, 2018, "35.0"),
                measurement(indicator, area, 2018, "35.1"));

        Api.Response response = api().as("evaluator").post("/api/measurements", rows);

        assertThat(response.status()).as(response.toString()).isEqualTo(409);
        JsonNode errors = response.json().get("errors");
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0).get("field").asText()).isEqualTo("[3]");
        assertThat(errors.get(0).get("message").asText()).contains("[2]");
        assertThat(errors.get(1).get("field").asText()).isEqualTo("[1]");
        assertThat(errors.get(1).get("existingId").asText()).isEqualTo(existing);
        assertThat(recordedEvents()).isEqualTo(1);
    }

    @Test
    void aRepeatedBulkAddsNothing() {
        String body = bulk(indicator, List.of(area), 150);
        assertThat(post(body).status()).isEqualTo(201);

        Api.Response again = post(body);

        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.json().get("invalidRows").asInt()).isEqualTo(150);
        assertThat(again.json().get("errors")).hasSize(100);
        assertThat(recordedEvents()).isEqualTo(150);
    }

    @Test
    void moreThanAHundredThousandRowsAreRefusedWhole() {
        Api.Response response = post(bulk(indicator, List.of(area, "copenhagen"), 100_001));

        assertThat(response.status()).as(response.toString()).isEqualTo(413);
        assertThat(response.json().get("detail").asText()).contains("100000");
        assertThat(recordedEvents()).isZero();
    }

    @Test
    void aBodyThatIsNotAnArrayOfObjectsIsRefused() {
        assertThat(post("[").status()).isEqualTo(400);
        assertThat(post("[]").status()).isEqualTo(400);
        assertThat(post("42").status()).isEqualTo(400);
        assertThat(post("").status()).isEqualTo(400);
        Api.Response truncated = post(bulk(indicator, List.of(area), 10).substring(0, 500));
        assertThat(truncated.status()).as(truncated.toString()).isEqualTo(400);
        assertThat(truncated.json().get("errors").get(0).get("field").asText()).isEqualTo("body");
        Api.Response notObjects = post("[1, 2]");
        assertThat(notObjects.status()).isEqualTo(400);
        assertThat(notObjects.json().get("errors").get(0).get("field").asText()).isEqualTo("[0]");
        assertThat(recordedEvents()).isZero();
    }
}
