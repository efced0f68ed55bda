package dk.kk.registry.infra.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.RegistryIT;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** On the embedded default the registry starts with the history the source documents tell. */
class DemoHistoryIT extends RegistryIT {

    @Autowired
    DemoHistoryLoader loader;

    @Test
    void theSixAreasOf2011AreDesignatedUnderThe2011Policy() {
        Api auditor = api().as("auditor");
        for (String area : List.of(
                "noerrebro",
                "amager-sundby",
                "bispebjerg-nordvest",
                "vesterbro-kongens-enghave",
                "tingbjerg-husum",
                "valby-vigerslev")) {
            JsonNode history = auditor.get("/api/areas/" + area + "/history").json();
            assertThat(history.get("designations")).as(area).isNotEmpty();
            JsonNode designation = history.get("designations").get(0);
            assertThat(designation.get("list").asText()).isEqualTo("MUNICIPAL_VULNERABLE");
            assertThat(designation.get("policy").asText()).isEqualTo("policy-2011");
            assertThat(designation.get("reason").asText())
                    .startsWith("Politik for udsatte byområder")
                    .doesNotContain(".txt");
            assertThat(designation.get("effectiveFrom").asText()).as(area).isEqualTo("2011-09/2011-12");
            assertThat(designation.get("reason").asText()).doesNotContain("første mulige dag");
        }
    }

    /** The 2011 policy as the draft of September 2011 and the year of adoption bound it; the state's list of 2011. */
    @Test
    void thePoliciesOf2011AreDatedAsTheSeedsStateThem() {
        Api auditor = api().as("auditor");
        JsonNode policy2011 = auditor.get("/api/policies/policy-2011").json();
        assertThat(policy2011.get("periodFrom").asText()).isEqualTo("2011-09/2011-12");
        assertThat(policy2011.get("periodTo").asText()).isEqualTo("2017");
        JsonNode stateList = auditor.get("/api/policies/state-list-2010").json();
        assertThat(stateList.get("periodFrom").asText()).isEqualTo("../2011-09");
        assertThat(stateList.get("periodFromEarliest").isNull()).isTrue();
        assertThat(stateList.get("criteria")).hasSize(3);
    }

    @Test
    void tingbjergsHistoryShowsTheSocialWorkersInGpPracticesSince2018() {
        JsonNode history =
                api().as("evaluator").get("/api/areas/tingbjerg-husum/history").json();
        assertThat(history.get("area").get("name").asText()).isEqualTo("Husum/Tingbjerg");
        List<String> in2018 = titles(history, 2018);
        assertThat(in2018).anySatisfy(title -> assertThat(title.toLowerCase()).contains("almen praksis"));
        assertThat(titles(history, 2017))
                .noneSatisfy(title -> assertThat(title.toLowerCase()).contains("almen praksis"));
    }

    @Test
    void whatRanInTingbjergIn2019ShowsTheCertainAndThePossibleApart() {
        JsonNode history =
                api().as("evaluator").get("/api/areas/tingbjerg-husum/history").json();
        List<JsonNode> in2019 = new ArrayList<>();
        history.get("years").forEach(y -> {
            if (y.get("year").asInt() == 2019) {
                y.get("interventions").forEach(in2019::add);
            }
        });
        assertThat(in2019)
                .as("recorded for Tingbjerg/Husum itself and certain in 2019")
                .anySatisfy(i -> {
                    assertThat(i.get("certainty").asText()).isEqualTo("CERTAIN");
                    assertThat(i.get("through").isNull()).isTrue();
                });
        assertThat(in2019)
                .as("recorded for the designated areas together: possibly in Tingbjerg/Husum, which was designated")
                .anySatisfy(i -> {
                    assertThat(i.get("certainty").asText()).isEqualTo("POSSIBLE");
                    assertThat(i.get("through").asText()).isEqualTo(DemoHistoryLoader.DESIGNATED_AREAS);
                });
        assertThat(in2019)
                .filteredOn(i -> !i.get("through").isNull())
                .allSatisfy(i -> assertThat(i.get("certainty").asText()).isEqualTo("POSSIBLE"));
    }

    @Test
    void orsShareOfChildrenBehindIsApproximateAsTheDraftSays() {
        JsonNode delay = api().as("evaluator")
                .get("/api/indicators/language-delay-at-school-start/series?area=denmark&from=2024&to=2024")
                .json()
                .get("items")
                .get(0);
        assertThat(delay.get("value").get("about").asText()).isEqualTo("20");
    }

    @Test
    void thePoliciesKeepEachVersionOfTheirCriteria() {
        Api auditor = api().as("auditor");
        assertThat(auditor.get("/api/policies/policy-2017").json().get("criteria"))
                .hasSize(5);
        JsonNode policy2025 = auditor.get("/api/policies/policy-2025").json();
        assertThat(policy2025.get("criteriaVersions")).hasSize(2);
        assertThat(policy2025.get("criteriaVersions").get(0).get("criteria")).hasSize(7);
        assertThat(policy2025.get("criteria")).hasSize(8);
    }

    @Test
    void everyDemoFactIsAnImportNamingItsSource() {
        List<String> sources = jdbc.queryForList("""
                SELECT DISTINCT registry_jsonb(metadata) ->> 'source' FROM domainevententry
                WHERE aggregateidentifier IN ('policy-2011', 'tingbjerg-husum')""", String.class);
        assertThat(sources).containsExactly("import");
        assertThat(api().as("auditor")
                        .get("/api/interventions?q=tryghedspartnerskab")
                        .json()
                        .get("total")
                        .asInt())
                .isPositive();
    }

    /**
     * The report's columns "Baseline 2017" and "Status 2024" hold data that may be of the year before (its 2023 data,
     * its other baseline of 2016): recorded as 2016/2017 and 2023/2024, with the 2024 data-quality note.
     */
    @Test
    void theEvictionWarningFiguresAreServedWithThe2024DataQualityNote() {
        JsonNode series = api().as("evaluator")
                .get("/api/indicators/eviction-warnings/series"
                        + "?area=designated-areas&area=copenhagen&from=2016&to=2024")
                .json()
                .get("items");
        List<String> values = new ArrayList<>();
        series.forEach(item -> {
            JsonNode period = item.get("period");
            String stated = period.hasNonNull("stated")
                    ? period.get("stated").asText()
                    : period.get("year").asText();
            values.add(item.get("area").asText() + " " + stated + " "
                    + item.get("value").asText());
        });
        assertThat(values)
                .containsExactly(
                        "copenhagen 2016/2017 0.6",
                        "copenhagen 2020 0.3",
                        "copenhagen 2023/2024 0.2",
                        "designated-areas 2016/2017 1.4",
                        "designated-areas 2020 0.8",
                        "designated-areas 2023/2024 0.6");
        assertThat(series.get(5).get("qualityNote").asText()).contains("110");
    }

    @Test
    void theSafeAtNightFigureIsTheRangeTheDraftGivesAndTheTurnoutABound() {
        JsonNode safe = api().as("evaluator")
                .get("/api/indicators/safe-at-night-vulnerable-areas/series"
                        + "?area=designated-areas&from=2024&to=2024")
                .json()
                .get("items")
                .get(0);
        assertThat(safe.get("value").get("from").asText()).isEqualTo("67");
        assertThat(safe.get("value").get("to").asText()).isEqualTo("72");
        JsonNode turnout = api().as("evaluator")
                .get("/api/indicators/voter-turnout-municipal-election/series" + "?area=copenhagen&from=2021&to=2021")
                .json()
                .get("items")
                .get(0);
        assertThat(turnout.get("value").get("below").asText()).isEqualTo("60");
    }

    @Test
    void everyDemoFactCitesItsDocumentSectionAndWords() {
        List<String> cited = jdbc.queryForList("""
                SELECT DISTINCT registry_jsonb(metadata) -> 'citation' ->> 'wasDerivedFrom'
                FROM domainevententry WHERE registry_jsonb(metadata) ? 'citation'
                  AND registry_jsonb(metadata) ->> 'source' = 'import'""", String.class);
        assertThat(cited)
                .containsExactlyInAnyOrder(
                        "udkast-2011", "politik-2011", "udkast-2025", "politik-2025", "status-sof-2024");
        List<String> uncited = jdbc.queryForList("""
                SELECT aggregateidentifier FROM domainevententry
                WHERE aggregateidentifier IN ('policy-2011', 'tingbjerg-husum', 'amager', 'eviction-warnings')
                AND NOT registry_jsonb(metadata) ? 'citation'""", String.class);
        assertThat(uncited).isEmpty();
        String quotation = jdbc.queryForObject("""
                SELECT registry_jsonb(metadata) -> 'citation' ->> 'quotation' FROM domainevententry
                WHERE aggregateidentifier = 'tingbjerg-husum' AND payloadtype LIKE '%AreaDesignatedEvent'""", String.class);
        assertThat(quotation).contains("lav uddannelse, lav indkomst");
    }

    @Test
    void anAuditorListsEveryFactRecordedFromThe2024StatusReport() {
        Api auditor = api().as("auditor");
        JsonNode source = auditor.get("/api/sources/status-sof-2024").json();
        assertThat(source.get("published").asText()).isEqualTo("2024-09/2024-11");
        JsonNode facts =
                auditor.get("/api/sources/status-sof-2024/facts?size=200").json();
        assertThat(facts.get("total").asLong()).isGreaterThan(20);
        List<String> aggregates = new ArrayList<>();
        facts.get("items").forEach(fact -> {
            assertThat(fact.get("quotation").asText()).isNotBlank();
            aggregates.add(fact.get("aggregateId").asText());
        });
        assertThat(aggregates).contains("policy-2017", DemoHistoryLoader.idFor("intervention", "den-korte-snor"));
    }

    @Test
    void aFigureTheDraftReportsWithoutAYearIsNoLaterThanTheDraftNotOfItsDate() {
        JsonNode playgrounds = api().as("evaluator")
                .get("/api/indicators/staffed-playgrounds/series?area=copenhagen")
                .json()
                .get("items")
                .get(0);
        assertThat(playgrounds.get("value").asText()).isEqualTo("26");
        assertThat(playgrounds.get("period").get("stated").asText()).isEqualTo("../2024-11");
        assertThat(playgrounds.get("period").hasNonNull("from")).isFalse();
    }

    @Test
    void denKorteSnorStandsForTheDesignatedAreasTogetherAsThe2011PolicysOtherTools() {
        JsonNode snor = api().as("evaluator")
                .get("/api/interventions/" + DemoHistoryLoader.idFor("intervention", "den-korte-snor"))
                .json();
        assertThat(snor.get("areas").findValuesAsText("areaId")).containsExactly(DemoHistoryLoader.DESIGNATED_AREAS);
        JsonNode history =
                api().as("evaluator").get("/api/areas/tingbjerg-husum/history").json();
        List<JsonNode> snorThere = new ArrayList<>();
        history.get("years").forEach(y -> y.get("interventions").forEach(i -> {
            if ("Den Korte Snor".equals(i.get("title").asText())) {
                snorThere.add(i);
            }
        }));
        assertThat(snorThere)
                .isNotEmpty()
                .allSatisfy(i -> assertThat(i.get("certainty").asText()).isEqualTo("POSSIBLE"));
    }

    @Test
    void anEvaluatorAskingWhatRanIn2019SeesTheCertainAndThePossibleApart() {
        Api evaluator = api().as("evaluator");
        String window = "&activeFrom=2019-01-01&activeTo=2019-12-31&size=100";
        assertThat(certainties(evaluator, "/api/interventions?area=tingbjerg-husum" + window))
                .containsEntry("Socialrådgiverfunktion i almen praksis", "CERTAIN");
        Map<String, String> sydhavn =
                certainties(evaluator, "/api/interventions?area=vesterbro-kongens-enghave" + window);
        assertThat(sydhavn).containsEntry("IPS Sydhavn – for aktivitetsparate over 30 år med misbrug", "POSSIBLE");
        assertThat(certainties(
                        evaluator, "/api/interventions?area=vesterbro-kongens-enghave&certainty=CERTAIN" + window))
                .doesNotContainKey("IPS Sydhavn – for aktivitetsparate over 30 år med misbrug")
                .doesNotContainValue("POSSIBLE");
    }

    private static Map<String, String> certainties(Api api, String path) {
        Map<String, String> certainty = new HashMap<>();
        api.get(path)
                .json()
                .get("items")
                .forEach(item -> certainty.put(
                        item.get("title").asText(), item.get("activeCertainty").asText()));
        return certainty;
    }

    @Test
    void everyDemoInterventionIsLinkedToThePolicyItsSeedGives() {
        Api evaluator = api().as("evaluator");
        int linked = 0;
        for (JsonNode intervention : DemoDocument.history().path("interventions")) {
            String id = DemoHistoryLoader.idFor(
                    "intervention", intervention.path("key").asText());
            JsonNode read = evaluator.get("/api/interventions/" + id).json();
            String policy = intervention.path("policy").asText(null);
            assertThat(read.path("policy").asText(null))
                    .as(intervention.path("key").asText())
                    .isEqualTo(policy);
            linked += policy == null ? 0 : 1;
        }
        assertThat(linked).isEqualTo(60);
    }

    /** The safe-at-night figure is a range, and a comparison over it shows the range, never a point. */
    @Test
    void aComparisonOverTheSafeAtNightFigureShowsItsRange() {
        JsonNode row = api().as("evaluator")
                .get("/api/comparisons?indicator=safe-at-night-vulnerable-areas"
                        + "&area=designated-areas&baseline=2023&status=2024")
                .json()
                .get("areas")
                .get(0);
        assertThat(row.get("statusValue").get("from").asText()).isEqualTo("67");
        assertThat(row.get("statusValue").get("to").asText()).isEqualTo("72");
        assertThat(row.get("status").asText()).isEqualTo("NO_DATA");
    }

    @Test
    void theSocialServicesGoalsAreMetOnTheBoard() {
        JsonNode board =
                api().as("evaluator").get("/api/goals/board?owner=SOF").json().get("items");
        assertThat(board.findValuesAsText("attainment")).contains("MET");
        assertThat(board.toString()).contains("-57.1");
    }

    @Test
    void loadingAgainAddsNothing() {
        long before = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
        assertThat(loader.load()).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class))
                .isEqualTo(before);
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
