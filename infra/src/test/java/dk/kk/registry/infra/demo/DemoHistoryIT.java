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

    /**
     * The status report's columns say "Baseline 2017" and "Status 2024", but its data are of the year before (warnings
     * "i 2023", the 2021 status's figures "i 2020"): the baseline and the status are 2016 or 2017 and 2023 or 2024.
     */
    @Test
    void theEvictionWarningFiguresKeepTheirYearsAsTheReportLeavesThemWithThe2024DataQualityNote() {
        JsonNode series = api().as("evaluator").get("/api/indicators/eviction-warnings/series"
                + "?area=designated-areas&area=copenhagen&from=2016&to=2024").json().get("items");
        List<String> values = new ArrayList<>();
        series.forEach(item -> {
            JsonNode period = item.get("period");
            String stated = period.hasNonNull("stated") ? period.get("stated").asText() : period.get("year").asText();
            values.add(item.get("area").asText() + " " + stated + " " + item.get("value").asText());
        });
        assertThat(values).containsExactly("copenhagen 2016/2017 0.6", "copenhagen 2020 0.3",
                "copenhagen 2023/2024 0.2", "designated-areas 2016/2017 1.4", "designated-areas 2020 0.8",
                "designated-areas 2023/2024 0.6");
        assertThat(series.get(5).get("qualityNote").asText()).contains("110");
    }

    @Test
    void theSafeAtNightFigureIsTheRangeTheDraftGivesAndTheTurnoutABound() {
        JsonNode safe = api().as("evaluator").get("/api/indicators/safe-at-night-vulnerable-areas/series"
                + "?area=designated-areas&from=2024&to=2024").json().get("items").get(0);
        assertThat(safe.get("value").get("from").asText()).isEqualTo("67");
        assertThat(safe.get("value").get("to").asText()).isEqualTo("72");
        JsonNode turnout = api().as("evaluator").get("/api/indicators/voter-turnout-municipal-election/series"
                + "?area=copenhagen&from=2021&to=2021").json().get("items").get(0);
        assertThat(turnout.get("value").get("below").asText()).isEqualTo("60");
    }

    @Test
    void everyDemoFactCitesItsDocumentSectionAndWords() {
        List<String> cited = jdbc.queryForList("""
                SELECT DISTINCT convert_from(metadata, 'UTF8')::jsonb -> 'citation' ->> 'wasDerivedFrom'
                FROM domainevententry WHERE convert_from(metadata, 'UTF8')::jsonb ? 'citation'""", String.class);
        assertThat(cited).containsExactlyInAnyOrder("udkast-2011", "politik-2011", "udkast-2025", "politik-2025",
                "status-sof-2024");
        List<String> uncited = jdbc.queryForList("""
                SELECT aggregateidentifier FROM domainevententry
                WHERE aggregateidentifier IN ('policy-2011', 'tingbjerg-husum', 'amager', 'eviction-warnings')
                AND NOT convert_from(metadata, 'UTF8')::jsonb ? 'citation'""", String.class);
        assertThat(uncited).isEmpty();
        String quotation = jdbc.queryForObject("""
                SELECT convert_from(metadata, 'UTF8')::jsonb -> 'citation' ->> 'quotation' FROM domainevententry
                WHERE aggregateidentifier = 'tingbjerg-husum' AND payloadtype LIKE '%AreaDesignatedEvent'""",
                String.class);
        assertThat(quotation).contains("lav uddannelse, lav indkomst");
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
