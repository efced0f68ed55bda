package dk.kk.registry.infra.imports;

import static dk.kk.registry.infra.support.Bodies.measurement;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.registry.infra.support.Api;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Figures as their sources state them: "mellem 67 - 72 %" is recorded as a range and read back as one, "knap 60 %"
 * as a bound, a year the source is unsure of as "2024?"; comparisons over them answer ranges, never a made-up point.
 */
class UncertainMeasurementIT extends MeasurementIT {

    UncertainMeasurementIT() {
        super("safe-at-night", "tingbjerg");
    }

    private static Map<String, Object> range(String from, String to) {
        return Map.of("from", from, "to", to);
    }

    @Test
    void aRangeIsReadBackInTheSeriesAsItWasStated() {
        Map<String, Object> body = measurement(indicator, area, 2017, null);
        body.put("value", range("67", "72"));
        String id = data.record(body);

        JsonNode item = data.series(indicator, "area=" + area).get(0);
        assertThat(item.get("id").asText()).isEqualTo(id);
        assertThat(item.get("value").get("from").asText()).isEqualTo("67");
        assertThat(item.get("value").get("to").asText()).isEqualTo("72");
        assertThat(item.get("value").size()).isEqualTo(2);
        JsonNode measurement =
                api().as("auditor").get("/api/measurements/" + id).json();
        assertThat(measurement.get("value").get("from").asText()).isEqualTo("67");
        assertThat(measurement.get("history").get(0).get("value").get("to").asText())
                .isEqualTo("72");
    }

    @Test
    void aBoundIsReadBackAsABound() {
        Map<String, Object> body = measurement(indicator, area, 2017, null);
        body.put("value", Map.of("below", "60"));
        data.record(body);

        JsonNode value = data.series(indicator, "area=" + area).get(0).get("value");
        assertThat(value.get("below").asText()).isEqualTo("60");
        assertThat(value.size()).isEqualTo(1);
    }

    @Test
    void aComparisonOverARangeAnswersRanges() {
        Api.Response recorded = api().as("evaluator").post("/api/measurements", aRangeAtBaseline());
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);

        JsonNode row = api().as("evaluator")
                .get("/api/comparisons?indicator=" + indicator + "&area=" + area + "&baseline=2017&status=2024")
                .json()
                .get("areas")
                .get(0);

        assertThat(row.get("status").asText()).isEqualTo("OK");
        assertRange(row.get("baselineValue"), "67", "72");
        assertThat(row.get("statusValue").asText())
                .as("exact stays a decimal string")
                .isEqualTo("80");
        assertRange(row.get("absoluteChange"), "8", "13");
        assertRange(row.get("gapAtBaseline"), "-8", "-3");
        assertThat(row.get("gapAtStatus").asText()).isEqualTo("-2");
        assertRange(row.get("differenceInDifferences"), "1", "6");
        assertRange(row.get("gapClosedShare"), "0.125", "2");
        assertRange(row.get("relativeChange"), "0.1111", "0.1941");

        Api.Response csv = api().as("evaluator")
                .header("Accept", "text/csv")
                .get("/api/comparisons?indicator=" + indicator + "&area=" + area + "&baseline=2017&status=2024");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.text()).contains(";67–72;80;8–13;");
    }

    @Test
    void theChartsDrawARangeAsARangeAndSayItInTheirDescription() {
        assertThat(api().as("evaluator")
                        .post("/api/measurements", aRangeAtBaseline())
                        .status())
                .isEqualTo(201);

        Api.Response series = api().as("evaluator")
                .get("/api/charts/series.svg?indicator=" + indicator + "&area=" + area + "&baseline=2017&status=2024");
        assertThat(series.status()).isEqualTo(200);
        assertThat(series.text())
                .contains("<title id=\"chart-title\">", "<desc id=\"chart-desc\">")
                .contains("2017: 67–72")
                .contains("fill=\"#fff\" stroke=");
        Api.Response did = api().as("evaluator")
                .get("/api/charts/did.svg?indicator=" + indicator + "&area=" + area + "&baseline=2017&status=2024");
        assertThat(did.status()).isEqualTo(200);
        assertThat(did.text()).contains("1–6").contains("fill-opacity=\"0.3\"");
    }

    @Test
    void anUncertainYearIsItsOwnMeasurementAndIsRefusedTwice() {
        String uncertain = data.record(measurement(indicator, area, "2024?", "0.9"));
        String exact = data.record(measurement(indicator, area, 2024, "0.8"));
        assertThat(uncertain).isNotEqualTo(exact);

        Api.Response again =
                api().as("evaluator").post("/api/measurements", measurement(indicator, area, "2024?", "0.7"));
        assertThat(again.status()).as(again.toString()).isEqualTo(409);

        JsonNode items = data.series(indicator, "area=" + area);
        assertThat(items).hasSize(2);
        JsonNode stated = items.get(1);
        assertThat(stated.get("id").asText()).isEqualTo(uncertain);
        assertThat(stated.get("period").get("stated").asText()).isEqualTo("2024?");
        assertThat(stated.get("period").get("from").asText()).isEqualTo("2024-01-01");
        assertThat(stated.get("period").get("to").asText()).isEqualTo("2024-12-31");
        assertThat(stated.get("period").get("year").isNull())
                .as("not certainly the year 2024")
                .isTrue();
        assertThat(items.get(0).get("period").get("year").asInt()).isEqualTo(2024);
    }

    @Test
    void aCorrectionMayStateARange() {
        String id = data.record(measurement(indicator, area, 2017, "67"));
        Api.Response corrected = api().as("evaluator")
                .post(
                        "/api/measurements/" + id + "/corrections",
                        Map.of("value", range("67", "72"), "reason", "the report says 'mellem 67 - 72 %'"));
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);

        JsonNode value = data.series(indicator, "area=" + area).get(0).get("value");
        assertThat(value.get("from").asText()).isEqualTo("67");
        assertThat(value.get("to").asText()).isEqualTo("72");
    }

    @Test
    void hostileValuesAreRefusedNamingTheFieldAndRecordNothing() {
        List<Object> hostile = List.of(
                range("72", "67"),
                Map.of("below", "1", "above", "2"),
                "1e999999",
                List.of("1"),
                true,
                Map.of("from", List.of()),
                Map.of());
        for (Object value : hostile) {
            Map<String, Object> body = measurement(indicator, area, 2017, null);
            body.put("value", value);
            Api.Response refused = api().as("evaluator").post("/api/measurements", body);
            assertThat(refused.status()).as(value + ": " + refused).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asText())
                    .as(value.toString())
                    .startsWith("value");
        }
        for (Object value : hostile) {
            Api.Response refused = api().as("evaluator")
                    .post(
                            "/api/measurements/m-" + "0".repeat(32) + "/corrections",
                            Map.of("value", value, "reason", "hostile"));
            assertThat(refused.status()).as(value + ": " + refused).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asText())
                    .as(value.toString())
                    .startsWith("value");
        }
        for (Object period : List.of("unknown", "2017/..", "../..", "2017-13", "20177")) {
            Api.Response refused =
                    api().as("evaluator").post("/api/measurements", measurement(indicator, area, period, "1"));
            assertThat(refused.status()).as(period + ": " + refused).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asText())
                    .isEqualTo("period");
        }
        assertThat(data.series(indicator, "")).isEmpty();
    }

    private static void assertRange(JsonNode value, String from, String to) {
        assertThat(value.isObject()).as(value.toString()).isTrue();
        assertThat(new BigDecimal(value.get("from").asText()))
                .as(value.toString())
                .isEqualByComparingTo(from);
        assertThat(new BigDecimal(value.get("to").asText()))
                .as(value.toString())
                .isEqualByComparingTo(to);
    }

    /** The area's 2017 value known as 67–72, its 2024 value and the rest of Copenhagen's, exact. */
    private List<Map<String, Object>> aRangeAtBaseline() {
        Map<String, Object> baseline = measurement(indicator, area, 2017, null);
        baseline.put("value", range("67", "72"));
        return List.of(
                baseline,
                measurement(indicator, area, 2024, "80"),
                measurement(indicator, "rest-of-copenhagen", 2017, "75"),
                measurement(indicator, "rest-of-copenhagen", 2024, "82"));
    }
}
