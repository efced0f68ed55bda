package dk.kk.registry.infra.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.Eventually;
import dk.kk.registry.infra.support.Fixtures;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Builds indicators and measurements for the measurement tests through the API, with unique ids. */
final class MeasurementData {

    private final Api api;

    MeasurementData(Api api) {
        this.api = api;
    }

    /** Defines an indicator with a unique slug starting with the prefix given; answers the slug. */
    String indicator(String prefix) {
        return Fixtures.on(api).indicator(prefix, "LOWER_IS_BETTER");
    }

    static Map<String, Object> period(String from, String to) {
        return Map.of("from", from, "to", to);
    }

    /** Records one measurement as the evaluator; answers its id. */
    String record(Map<String, Object> measurement) {
        Api.Response response = api.as("evaluator").post("/api/measurements", measurement);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("ids").get(0).asText();
    }

    /** The series of an indicator, with the query given (e.g. {@code area=x&from=2017}). */
    JsonNode series(String indicator, String query) {
        Api.Response response = api.as("auditor")
                .get("/api/indicators/" + indicator + "/series" + (query.isEmpty() ? "" : "?" + query));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("items");
    }

    /**
     * The series once it holds {@code size} items: a command-line import appends without waiting for the projection,
     * unlike a request to the API.
     */
    JsonNode seriesOnceItHolds(String indicator, int size) {
        return Eventually.until(
                Duration.ofSeconds(20),
                "the series to hold " + size + " items",
                () -> series(indicator, ""),
                items -> items.size() >= size);
    }

    /**
     * A JSON array of {@code rows} measurements of one indicator: each row one day (from 1950-01-01 on) in one of
     * the areas given in turn, so that every row has its own indicator, area and period.
     */
    static String bulk(String indicator, List<String> areas, int rows) {
        StringBuilder json = new StringBuilder(rows * 130).append('[');
        LocalDate first = LocalDate.of(1950, 1, 1);
        for (int i = 0; i < rows; i++) {
            String day = first.plusDays(i / areas.size()).toString();
            if (i > 0) {
                json.append(',');
            }
            json.append("{\"indicator\":\"")
                    .append(indicator)
                    .append("\",\"area\":\"")
                    .append(areas.get(i % areas.size()))
                    .append("\",\"period\":{\"from\":\"")
                    .append(day)
                    .append("\",\"to\":\"")
                    .append(day)
                    .append("\"},\"value\":\"")
                    .append(i % 1000)
                    .append('.')
                    .append(i % 7)
                    .append("\",\"numerator\":")
                    .append(i % 1000)
                    .append(",\"denominator\":1000")
                    .append(",\"source\":\"SØK\"}");
        }
        return json.append(']').toString();
    }
}
