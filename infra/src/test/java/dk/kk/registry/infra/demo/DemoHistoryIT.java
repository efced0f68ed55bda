package dk.kk.registry.infra.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.RegistryIT;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** On the embedded default the registry starts with the history the source documents tell. */
class DemoHistoryIT extends RegistryIT {

    @Autowired
    DemoHistoryLoader loader;

    @Test
    void theSixAreasOf2011AreDesignatedUnderThe2011Policy() {
        Api auditor = api().as("auditor");
        for (String area : List.of("noerrebro", "amager-sundby", "bispebjerg-nordvest", "vesterbro-kongens-enghave",
                "tingbjerg-husum", "valby-vigerslev")) {
            JsonNode history = auditor.get("/api/areas/" + area + "/history").json();
            assertThat(history.get("designations")).as(area).isNotEmpty();
            JsonNode designation = history.get("designations").get(0);
            assertThat(designation.get("list").asText()).isEqualTo("MUNICIPAL_VULNERABLE");
            assertThat(designation.get("policy").asText()).isEqualTo("policy-2011");
            assertThat(designation.get("reason").asText()).contains(".txt");
        }
    }

    @Test
    void tingbjergsHistoryShowsTheSocialWorkersInGpPracticesSince2018() {
        JsonNode history = api().as("evaluator").get("/api/areas/tingbjerg-husum/history").json();
        assertThat(history.get("area").get("name").asText()).isEqualTo("Husum/Tingbjerg");
        List<String> in2018 = titles(history, 2018);
        assertThat(in2018).anySatisfy(title -> assertThat(title.toLowerCase()).contains("almen praksis"));
        assertThat(titles(history, 2017)).noneSatisfy(title -> assertThat(title.toLowerCase()).contains("almen praksis"));
    }

    @Test
    void thePoliciesKeepEachVersionOfTheirCriteria() {
        Api auditor = api().as("auditor");
        assertThat(auditor.get("/api/policies/policy-2017").json().get("criteria")).hasSize(5);
        JsonNode policy2025 = auditor.get("/api/policies/policy-2025").json();
        assertThat(policy2025.get("criteriaVersions")).hasSize(2);
        assertThat(policy2025.get("criteriaVersions").get(0).get("criteria")).hasSize(7);
        assertThat(policy2025.get("criteria")).hasSize(8);
    }

    @Test
    void everyDemoFactIsAnImportNamingItsSource() {
        List<String> sources = jdbc.queryForList("""
                SELECT DISTINCT convert_from(metadata, 'UTF8')::jsonb ->> 'source' FROM domainevententry
                WHERE aggregateidentifier IN ('policy-2011', 'tingbjerg-husum')""", String.class);
        assertThat(sources).containsExactly("import");
        assertThat(api().as("auditor").get("/api/interventions?q=tryghedspartnerskab").json().get("total").asInt())
                .isPositive();
    }

    @Test
    void theEvictionWarningFiguresAreServedWithThe2024DataQualityNote() {
        JsonNode series = api().as("evaluator").get("/api/indicators/eviction-warnings/series"
                + "?area=designated-areas&area=copenhagen&from=2017&to=2024").json().get("items");
        List<String> values = new ArrayList<>();
        series.forEach(item -> values.add(item.get("area").asText() + " " + item.get("period").toString()
                .replaceAll("\\D+", " ").trim().substring(0, 4) + " " + item.get("value").asText()));
        assertThat(values).containsExactly("copenhagen 2017 0.6", "copenhagen 2020 0.3", "copenhagen 2024 0.2",
                "designated-areas 2017 1.4", "designated-areas 2020 0.8", "designated-areas 2024 0.6");
        assertThat(series.get(5).get("qualityNote").asText()).contains("110");
    }

    @Test
    void theSocialServicesGoalsAreMetOnTheBoard() {
        JsonNode board = api().as("evaluator").get("/api/goals/board?owner=SOF").json().get("items");
        assertThat(board.findValuesAsText("attainment")).contains("MET");
        assertThat(board.toString()).contains("-57.1");
    }

    @Test
    void loadingAgainAddsNothing() {
        long before = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
        assertThat(loader.load()).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class)).isEqualTo(before);
    }

    private static List<String> titles(JsonNode history, int year) {
        List<String> titles = new ArrayList<>();
        history.get("years").forEach(y -> {
            if (y.get("year").asInt() == year) {
                y.get("interventions").forEach(i -> titles.add(i.get("title").asText()));
            }
        });
        return titles;
    }
}
