package dk.kk.registry.infra.imports;

import static dk.kk.registry.infra.support.Bodies.measurement;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.registry.infra.support.Api;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An indicator's definition is versioned, and each measurement names the version it was recorded under. */
class IndicatorVersionsIT extends MeasurementIT {

    IndicatorVersionsIT() {
        super("eviction-warnings", null);
    }

    private Api.Response redefine(String user, Map<String, Object> body) {
        return api().as(user).post("/api/indicators/" + indicator + "/redefinitions", body);
    }

    private static Map<String, Object> perHousehold(String reason) {
        return redefinition("Fogedbreve pr. husstand", reason);
    }

    /** A redefinition under the name given of a percentage from DOMUS, lower is better. */
    private static Map<String, Object> redefinition(String name, String reason) {
        return Map.of(
                "name", name, "unit", "PERCENT", "direction", "LOWER_IS_BETTER", "source", "DOMUS", "reason", reason);
    }

    @Test
    void aRedefinitionIsTheNextVersionAndMeasurementsNameTheirs() {
        String before = data.record(measurement(indicator, "copenhagen", 2017, "0.6"));

        Api.Response redefined = redefine("admin", perHousehold("SOF counts households from 2021"));

        assertThat(redefined.status()).as(redefined.toString()).isEqualTo(201);
        assertThat(redefined.json().get("indicatorVersion").asInt()).isEqualTo(2);
        String after = data.record(measurement(indicator, "copenhagen", 2024, "0.2"));

        JsonNode view = api().as("auditor").get("/api/indicators/" + indicator).json();
        assertThat(view.get("version").asInt()).isEqualTo(2);
        assertThat(view.get("name").asText()).isEqualTo("Fogedbreve pr. husstand");
        JsonNode versions = view.get("versions");
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).get("version").asInt()).isEqualTo(1);
        assertThat(versions.get(1).get("reason").asText()).isEqualTo("SOF counts households from 2021");
        assertThat(versions.get(1).get("recordedBy").asText()).isEqualTo("admin");

        JsonNode series = data.series(indicator, "");
        assertThat(series.get(0).get("id").asText()).isEqualTo(before);
        assertThat(series.get(0).get("indicatorVersion").asInt()).isEqualTo(1);
        assertThat(series.get(1).get("id").asText()).isEqualTo(after);
        assertThat(series.get(1).get("indicatorVersion").asInt()).isEqualTo(2);
    }

    @Test
    void aBulkNamesTheCurrentVersionToo() {
        redefine("admin", perHousehold("households"));

        Api.Response bulk = api().as("evaluator")
                .post("/api/measurements", List.of(measurement(indicator, "copenhagen", 2020, "0.3")));

        assertThat(bulk.status()).as(bulk.toString()).isEqualTo(201);
        assertThat(data.series(indicator, "").get(0).get("indicatorVersion").asInt())
                .isEqualTo(2);
    }

    @Test
    void anIndicatorAsOfBeforeTheRedefinitionShowsTheFirstVersion() {
        String before = java.time.Instant.now().toString();
        redefine("admin", perHousehold("households"));

        JsonNode then = api().as("auditor")
                .get("/api/indicators/" + indicator + "?asOf=" + before)
                .json();

        assertThat(then.get("version").asInt()).isEqualTo(1);
        assertThat(then.get("versions")).hasSize(1);
    }

    @Test
    void aRedefinitionNeedsAReasonAChangeAndAnAdministrator() {
        Map<String, Object> noReason =
                Map.of("name", "x", "unit", "PERCENT", "direction", "LOWER_IS_BETTER", "source", "DOMUS");
        assertThat(redefine("admin", noReason).status()).isEqualTo(400);
        assertThat(redefine("evaluator", perHousehold("why")).status()).isEqualTo(403);
        JsonNode view = api().as("auditor").get("/api/indicators/" + indicator).json();
        Api.Response unchanged = redefine("admin", redefinition(view.get("name").asText(), "nothing new"));
        assertThat(unchanged.status()).as(unchanged.toString()).isEqualTo(422);
        assertThat(unchanged.json().get("rule").asText()).isEqualTo("NothingChanged");
        assertThat(api().as("admin")
                        .post("/api/indicators/no-such-indicator/redefinitions", perHousehold("why"))
                        .status())
                .isEqualTo(404);
        assertThat(api().as("admin")
                        .post("/api/indicators/copenhagen/redefinitions", perHousehold("why"))
                        .status())
                .as("an area is not an indicator")
                .isEqualTo(404);
    }
}
