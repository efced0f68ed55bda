package dk.kk.registry.infra.comparison;

import static dk.kk.registry.infra.support.Bodies.measurement;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.Fixtures;
import dk.kk.registry.infra.support.RegistryIT;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where a kind of intervention ran against where it did not: the mean change in the gap, with its caveat. */
class ExposureIT extends RegistryIT {

    private String indicator;
    private String treated;
    private String other;
    private String third;
    private String gpIntervention;

    @Test
    void areasWithACategoryAreComparedWithAreasWithout() {
        threeAreasOneWithAHealthIntervention();
        JsonNode view = api().as("evaluator")
                .get("/api/comparisons/exposure?" + window())
                .json();
        assertThat(view.get("exposed").get("areas").asInt()).isEqualTo(1);
        assertThat(view.get("notExposed").get("areas").asInt()).isEqualTo(2);
        // DiD: treated (6-10)-(4-5) = -3; other (8-10)-(-1) = -1; third (11-12)-(-1) = 0; mean of others -0.5
        assertThat(new BigDecimal(
                        view.get("exposed").get("meanDifferenceInDifferences").asText()))
                .isEqualByComparingTo("-3");
        assertThat(new BigDecimal(view.get("notExposed")
                        .get("meanDifferenceInDifferences")
                        .asText()))
                .isEqualByComparingTo("-0.5");
        assertThat(new BigDecimal(view.get("differenceOfMeans").asText())).isEqualByComparingTo("-2.5");
        assertThat(view.get("caveat").asText()).contains("not causal");
        JsonNode ran = view.get("exposed").get("interventions");
        assertThat(ran.findValuesAsText("id")).containsExactly(gpIntervention);
        assertThat(ran.findValuesAsText("title")).containsExactly("Socialrådgivere i almen praksis");
        assertThat(view.get("notExposed").get("interventions")).isEmpty();
        assertThat(api().as("evaluator")
                        .get("/api/comparisons/exposure?indicator=" + indicator
                                + "&category=NOPE&baseline=2017&status=2024")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void theExposureIsAlsoACsvTableOneRowPerArea() {
        threeAreasOneWithAHealthIntervention();
        Api.Response csv =
                api().as("evaluator").header("Accept", "text/csv").get("/api/comparisons/exposure?lang=en&" + window());
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body()[0]).as("the byte-order mark").isEqualTo((byte) 0xEF);
        List<String> lines = List.of(csv.text().replace("\uFEFF", "").split("\r\n"));
        assertThat(lines.get(0))
                .isEqualTo("indicator;category;comparison;baseline;status;group;area;dataStatus;"
                        + "differenceInDifferences;groupAreasWithData;groupMeanDifferenceInDifferences;differenceOfMeans;"
                        + "caveat");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1))
                .startsWith(indicator + ";HEALTH;rest-of-copenhagen;2017;2024;EXPOSED;" + treated + ";OK;-3;1;-3");
        assertThat(lines.get(1)).contains(";-2.5000;Observational, not causal");
        assertThat(lines.subList(2, 4))
                .anySatisfy(line -> assertThat(line).contains(";NOT_EXPOSED;" + other + ";OK;-1;2;-0.5000;-2.5000;"));
        assertThat(lines.subList(2, 4))
                .anySatisfy(line -> assertThat(line).contains(";NOT_EXPOSED;" + third + ";OK;0;2;"));
    }

    private String window() {
        return "indicator=" + indicator + "&category=HEALTH&area=" + treated + "&area=" + other + "&area=" + third
                + "&baseline=2017&status=2024";
    }

    private void threeAreasOneWithAHealthIntervention() {
        Fixtures fixtures = fixtures();
        indicator = fixtures.indicator("exposure", "LOWER_IS_BETTER");
        treated = fixtures.area("treated");
        other = fixtures.area("other");
        third = fixtures.area("third");
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(row(indicator, "rest-of-copenhagen", 2017, "5"));
        rows.add(row(indicator, "rest-of-copenhagen", 2024, "4"));
        rows.add(row(indicator, treated, 2017, "10"));
        rows.add(row(indicator, treated, 2024, "6"));
        rows.add(row(indicator, other, 2017, "10"));
        rows.add(row(indicator, other, 2024, "8"));
        rows.add(row(indicator, third, 2017, "12"));
        rows.add(row(indicator, third, 2024, "11"));
        assertThat(api().as("evaluator").post("/api/measurements", rows).status())
                .isEqualTo(201);
        Map<String, Object> gp = fixtures.registration("Socialrådgivere i almen praksis", treated);
        gp.put("category", "HEALTH");
        gp.put("plannedStart", "2018-01-01");
        gp.put("plannedEnd", "2022-12-31");
        gpIntervention = fixtures.intervention(gp);
    }

    private static Map<String, Object> row(String indicator, String area, int year, String value) {
        return measurement(indicator, area, year, new BigDecimal(value));
    }
}
