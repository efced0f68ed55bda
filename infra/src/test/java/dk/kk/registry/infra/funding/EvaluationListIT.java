package dk.kk.registry.infra.funding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.BadReads;
import dk.kk.registry.infra.support.Fixtures;
import dk.kk.registry.infra.support.RegistryIT;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every evaluation with its intervention, filtered by category, method, result and period, as of an instant. */
class EvaluationListIT extends RegistryIT {

    @Test
    void evaluationsAreListedWithTheirInterventionAndFiltered() throws InterruptedException {
        Fixtures fixtures = fixtures();
        String area = fixtures.area("evaluations");
        String vive = fixtures.organisation("VIVE " + area, "RESEARCH");
        Map<String, Object> language = fixtures.registration("Sprogstart " + area, area);
        language.put("category", "LANGUAGE");
        String first = fixtures.intervention(language);
        Map<String, Object> health = fixtures.registration("Sundhedshus " + area, area);
        health.put("category", "HEALTH");
        String second = fixtures.intervention(health);

        String rct = evaluate(first, "2019-01-01", "2020-12-31", "RCT", "POSITIVE", 5, vive, "VIVE 2021:3");
        Thread.sleep(20);
        Instant beforeSecond = Instant.now();
        Thread.sleep(20);
        String qualitative = evaluate(second, "2022-01-01", "2022-12-31", "QUALITATIVE", "MIXED", 1, vive, null);

        Map<String, JsonNode> all = ours(read("/api/evaluations?size=500"), first, second);
        assertThat(all).containsOnlyKeys(rct, qualitative);
        JsonNode item = all.get(rct);
        assertThat(item.get("interventionId").asText()).isEqualTo(first);
        assertThat(item.get("interventionTitle").asText()).isEqualTo("Sprogstart " + area);
        assertThat(item.get("category").asText()).isEqualTo("LANGUAGE");
        assertThat(item.get("method").asText()).isEqualTo("RCT");
        assertThat(item.get("evidenceLevel").asInt()).isEqualTo(5);
        assertThat(item.get("result").asText()).isEqualTo("POSITIVE");
        assertThat(item.get("periodFrom").asText()).isEqualTo("2019-01-01");
        assertThat(item.get("periodTo").asText()).isEqualTo("2020-12-31");
        assertThat(item.get("evaluator").asText()).isEqualTo(vive);
        assertThat(item.get("reportReference").asText()).isEqualTo("VIVE 2021:3");

        assertThat(ours(read("/api/evaluations?size=500&category=LANGUAGE"), first, second))
                .containsOnlyKeys(rct);
        assertThat(ours(read("/api/evaluations?size=500&method=QUALITATIVE"), first, second))
                .containsOnlyKeys(qualitative);
        assertThat(ours(read("/api/evaluations?size=500&result=POSITIVE"), first, second))
                .containsOnlyKeys(rct);
        assertThat(ours(read("/api/evaluations?size=500&from=2021-01-01"), first, second))
                .containsOnlyKeys(qualitative);
        assertThat(ours(read("/api/evaluations?size=500&to=2020-06-30"), first, second))
                .containsOnlyKeys(rct);
        assertThat(ours(read("/api/evaluations?size=500&from=2020-12-31&to=2022-01-01"), first, second))
                .containsOnlyKeys(rct, qualitative);
        assertThat(ours(read("/api/evaluations?size=500&asOf=" + beforeSecond), first, second))
                .containsOnlyKeys(rct);

        JsonNode page = read("/api/evaluations?size=1&category=HEALTH&method=QUALITATIVE&result=MIXED"
                + "&from=2022-06-01&to=2022-06-30");
        assertThat(page.get("size").asInt()).isEqualTo(1);
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void evaluationsAsCsvAndBadFilters() {
        Fixtures fixtures = fixtures();
        String area = fixtures.area("evaluations-csv");
        String vive = fixtures.organisation("VIVE " + area, "RESEARCH");
        Map<String, Object> registration = fixtures.registration("Familiehus " + area, area);
        registration.put("category", "CHILDREN_FAMILIES");
        String id = fixtures.intervention(registration);
        String evaluation = evaluate(id, "2020-01-01", "2021-12-31", "BEFORE_AFTER", "NO_EFFECT", 2, vive, "R-17");

        Api.Response csv = api().as("pm.sof")
                .header("Accept", "text/csv")
                .get("/api/evaluations?lang=en&size=500&category=CHILDREN_FAMILIES");
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        List<String> lines = Arrays.asList(new String(csv.body(), StandardCharsets.UTF_8)
                .replace("\uFEFF", "")
                .split("\r\n"));
        assertThat(lines.get(0))
                .isEqualTo("evaluationId;interventionId;interventionTitle;category;method;"
                        + "evidenceLevel;result;periodFrom;periodTo;evaluator;reportReference");
        assertThat(lines)
                .contains(evaluation + ";" + id + ";Familiehus " + area + ";CHILDREN_FAMILIES;BEFORE_AFTER;2;"
                        + "NO_EFFECT;2020-01-01;2021-12-31;" + vive + ";R-17");

        BadReads.assertEachIsBadInput(
                api().as("auditor"),
                "/api/evaluations?method=GUESS",
                "/api/evaluations?result=GOOD",
                "/api/evaluations?category=X",
                "/api/evaluations?from=2021-13-01",
                "/api/evaluations?from=2022-01-01&to=2021-01-01",
                "/api/evaluations?page=-1");
    }

    private String evaluate(
            String intervention,
            String from,
            String to,
            String method,
            String result,
            int level,
            String evaluator,
            String report) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("periodFrom", from);
        body.put("periodTo", to);
        body.put("method", method);
        body.put("evaluator", evaluator);
        body.put("result", result);
        body.put("evidenceLevel", level);
        body.put("summary", "Evaluering af " + intervention);
        if (report != null) {
            body.put("reportReference", report);
        }
        Api.Response response = api().as("evaluator").post("/api/interventions/" + intervention + "/evaluations", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("evaluationId").asText();
    }

    private JsonNode read(String path) {
        Api.Response response = api().as("evaluator").get(path);
        assertThat(response.status()).as(path + " " + response).isEqualTo(200);
        return response.json();
    }

    /** The page's evaluations of this test's interventions, by evaluation id: the database is shared. */
    private static Map<String, JsonNode> ours(JsonNode page, String... interventions) {
        List<String> wanted = List.of(interventions);
        Map<String, JsonNode> found = new LinkedHashMap<>();
        List<JsonNode> items = new ArrayList<>();
        page.get("items").forEach(items::add);
        items.stream()
                .filter(item -> wanted.contains(item.get("interventionId").asText()))
                .forEach(item -> found.put(item.get("evaluationId").asText(), item));
        return found;
    }
}
