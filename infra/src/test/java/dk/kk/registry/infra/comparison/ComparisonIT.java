package dk.kk.registry.infra.comparison;

import static dk.kk.registry.infra.support.Bodies.measurement;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.RegistryIT;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Evaluators compare an indicator across periods: area against comparison, baseline against status. */
class ComparisonIT extends RegistryIT {

    @Test
    void evictionWarningsInTheAreasAgainstCopenhagenHalvedTheGap() {
        JsonNode view = api().as("evaluator")
                .get("/api/comparisons?indicator=eviction-warnings"
                        + "&area=designated-areas&comparison=copenhagen&baseline=2017&status=2024")
                .json();
        JsonNode areas = view.get("areas").get(0);
        assertThat(areas.get("status").asText()).isEqualTo("OK");
        assertThat(new BigDecimal(areas.get("baselineValue").asText())).isEqualByComparingTo("1.4");
        assertThat(new BigDecimal(areas.get("statusValue").asText())).isEqualByComparingTo("0.6");
        assertThat(new BigDecimal(areas.get("differenceInDifferences").asText()))
                .isEqualByComparingTo("-0.4");
        assertThat(new BigDecimal(areas.get("gapClosedShare").asText())).isEqualByComparingTo("0.5");
        assertThat(areas.get("qualityNotes").findValuesAsText("note"))
                .anySatisfy(note -> assertThat(note).contains("110"));
    }

    @Test
    void theComparisonIsAlsoACsvTable() {
        Api.Response csv = api().as("evaluator")
                .header("Accept", "text/csv")
                .get(
                        "/api/comparisons?"
                                + "indicator=eviction-warnings&area=designated-areas&comparison=copenhagen&baseline=2017&status=2024");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        String[] lines = csv.text().replace("\uFEFF", "").split("\r\n");
        // Issue 15: Danish headings, the status's label beside its code, and a decimal comma, never rounded.
        assertThat(lines[0])
                .startsWith("Indikator;Sammenligning;Basisår;Statusår;Område;Datastatus;Datastatus (kode);");
        assertThat(lines[1]).contains("designated-areas;Data findes;OK").contains(";-0,4;0,5000;");
    }

    @Test
    void missingDataIsSaidNotReadAsZero() {
        String indicator = fixtures().indicator("compare", "LOWER_IS_BETTER");
        String area = fixtures().area("compare");
        api().as("evaluator")
                .post(
                        "/api/measurements",
                        List.of(
                                measurement(indicator, area, 2017, new BigDecimal("10")),
                                measurement(indicator, "rest-of-copenhagen", 2017, new BigDecimal("5")),
                                measurement(indicator, "rest-of-copenhagen", 2024, new BigDecimal("4"))));
        JsonNode row = api().as("evaluator")
                .get("/api/comparisons?indicator=" + indicator + "&area=" + area + "&baseline=2017&status=2024")
                .json()
                .get("areas")
                .get(0);
        assertThat(row.get("status").asText()).isEqualTo("NO_DATA");
        assertThat(row.get("statusValue").isNull()).isTrue();
        assertThat(row.get("differenceInDifferences").isNull()).isTrue();
        assertThat(new BigDecimal(row.get("gapAtBaseline").asText())).isEqualByComparingTo("5");
    }

    @Test
    void theInterventionsThatRanInTheWindowAreListedByCategory() {
        JsonNode row = api().as("evaluator")
                .get("/api/comparisons?indicator=eviction-warnings"
                        + "&area=tingbjerg-husum&comparison=copenhagen&baseline=2017&status=2024")
                .json()
                .get("areas")
                .get(0);
        assertThat(row.get("interventions").findValuesAsText("category")).contains("HEALTH");
        for (JsonNode category : row.get("interventions")) {
            JsonNode references = category.get("interventionRefs");
            assertThat(references).hasSameSizeAs(category.get("interventions"));
            for (JsonNode reference : references) {
                String id = reference.get("id").asText();
                assertThat(api().as("evaluator")
                                .get("/api/interventions/" + id)
                                .json()
                                .get("title")
                                .asText())
                        .isEqualTo(reference.get("title").asText());
            }
        }
    }

    @Test
    void badParametersAreRefusedClearly() {
        Api evaluator = api().as("evaluator");
        assertThat(evaluator
                        .get("/api/comparisons?indicator=eviction-warnings&baseline=2024&status=2017")
                        .status())
                .isEqualTo(400);
        assertThat(evaluator
                        .get("/api/comparisons?indicator=nope&baseline=2017&status=2024")
                        .status())
                .isEqualTo(400);
        Api.Response missing = evaluator.get("/api/comparisons?indicator=eviction-warnings&baseline=2017");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").get(0).get("field").asText()).isEqualTo("status");
        assertThat(evaluator
                        .get("/api/comparisons?indicator=eviction-warnings&baseline=x&status=2024")
                        .status())
                .isEqualTo(400);
        assertThat(evaluator
                        .get("/api/comparisons?indicator=eviction-warnings&area=nowhere&baseline=2017" + "&status=2024")
                        .status())
                .isEqualTo(400);
    }
}
