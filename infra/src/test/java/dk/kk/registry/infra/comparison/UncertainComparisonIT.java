package dk.kk.registry.infra.comparison;

import static dk.kk.registry.infra.support.Bodies.designation;
import static dk.kk.registry.infra.support.Bodies.measurement;
import static dk.kk.registry.infra.support.Bodies.policy;
import static dk.kk.registry.infra.support.Bodies.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.RegistryIT;
import dk.kk.registry.shared.area.DesignatedAreasTogether;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Comparisons over facts as their sources state them: a figure whose year is uncertain takes part as a possible value
 * for each year it may be, never silently as an exact year and never dropped unsaid; which areas count as designated
 * in the window follows the designations' dates by the one valid-time rule.
 */
class UncertainComparisonIT extends RegistryIT {

    @Test
    void theDemosEvictionFiguresComparePossiblyForTheYearsTheReportMayMean() {
        JsonNode row = api().as("evaluator")
                .get("/api/comparisons?indicator=eviction-warnings"
                        + "&area=designated-areas&comparison=copenhagen&baseline=2017&status=2024")
                .json()
                .get("areas")
                .get(0);
        assertThat(row.get("status").asText()).isEqualTo("OK");
        assertThat(row.get("valueCertainty").asText()).isEqualTo("POSSIBLE");
        assertThat(row.get("periods").get("baseline").asText()).isEqualTo("2016/2017");
        assertThat(row.get("periods").get("status").asText()).isEqualTo("2023/2024");
        assertThat(new BigDecimal(row.get("differenceInDifferences").asText())).isEqualByComparingTo("-0.4");
        // The 2016/2017 figure is the baseline's; it cannot also be a year before it, so there is no pre-trend.
        assertThat(row.get("preTrend").isNull()).isTrue();
        // Nor is one figure compared with itself: for 2016 against 2017 there is no status value.
        JsonNode itself = api().as("evaluator")
                .get("/api/comparisons?indicator=eviction-warnings"
                        + "&area=designated-areas&comparison=copenhagen&baseline=2016&status=2017")
                .json()
                .get("areas")
                .get(0);
        assertThat(itself.get("status").asText()).isEqualTo("NO_DATA");
        assertThat(itself.get("statusValue").isNull()).isTrue();
        // The 2020 figures are for 2020 as stated; with them as status, only the baseline is uncertain.
        JsonNode from2020 = api().as("evaluator")
                .get("/api/comparisons?indicator=eviction-warnings"
                        + "&area=designated-areas&comparison=copenhagen&baseline=2020&status=2023")
                .json()
                .get("areas")
                .get(0);
        assertThat(from2020.get("periods").get("baseline").asText()).isEqualTo("2020");
        assertThat(from2020.get("periods").get("status").asText()).isEqualTo("2023/2024");
        assertThat(from2020.get("preTrend").get("fromYear").asInt()).isEqualTo(2016);
        assertThat(from2020.get("preTrend").get("certainty").asText()).isEqualTo("POSSIBLE");
    }

    @Test
    void aRecordedUncertainYearTakesPartAsARangeOfWhatItMayBeAndOthersAreSaidToBeLeftOut() {
        Api evaluator = api().as("evaluator");
        String indicator = indicator();
        String area = fixtures().area("uncertain-year");
        assertThat(evaluator
                        .post(
                                "/api/measurements",
                                List.of(
                                        measurement(indicator, area, "2015?", "12"),
                                        measurement(indicator, area, 2017, "10"),
                                        measurement(indicator, area, "2024?", "8"),
                                        measurement(indicator, area, "2023/2024", "7"),
                                        measurement(indicator, area, "2019-03", "9"),
                                        measurement(indicator, "rest-of-copenhagen", 2015, "5"),
                                        measurement(indicator, "rest-of-copenhagen", 2017, "5"),
                                        measurement(indicator, "rest-of-copenhagen", 2024, "5")))
                        .status())
                .isEqualTo(201);

        JsonNode row = evaluator
                .get("/api/comparisons?indicator=" + indicator + "&area=" + area + "&baseline=2017&status=2024")
                .json()
                .get("areas")
                .get(0);
        assertThat(row.get("status").asText()).isEqualTo("OK");
        assertThat(row.get("valueCertainty").asText()).isEqualTo("POSSIBLE");
        assertThat(row.get("statusValue").get("from").asText()).isEqualTo("7");
        assertThat(row.get("statusValue").get("to").asText()).isEqualTo("8");
        // Both may be for 2024, in the order of their earliest day.
        assertThat(row.get("periods").get("status").asText()).isEqualTo("2023/2024, 2024?");
        assertThat(row.get("periods").get("baseline").asText()).isEqualTo("2017");
        assertThat(row.get("periods").get("comparisonStatus").asText()).isEqualTo("2024");
        JsonNode did = row.get("differenceInDifferences");
        assertThat(new BigDecimal(did.get("from").asText())).isEqualByComparingTo("-3");
        assertThat(new BigDecimal(did.get("to").asText())).isEqualByComparingTo("-2");
        assertThat(row.get("preTrend").get("fromYear").asInt()).isEqualTo(2015);
        assertThat(row.get("preTrend").get("certainty").asText()).isEqualTo("POSSIBLE");
        assertThat(row.get("leftOut").findValuesAsText("period")).containsExactly("2019-03");

        // Every value for exactly its year: certain.
        JsonNode exact = evaluator
                .get("/api/comparisons?indicator=" + indicator + "&area=" + area + "&baseline=2015&status=2017")
                .json()
                .get("areas")
                .get(0);
        assertThat(exact.get("periods").get("baseline").asText()).isEqualTo("2015?");
        JsonNode certain = evaluator
                .get("/api/comparisons?indicator=" + indicator + "&area=rest-of-copenhagen"
                        + "&baseline=2017&status=2024")
                .json()
                .get("areas")
                .get(0);
        assertThat(certain.get("valueCertainty").asText()).isEqualTo("CERTAIN");
    }

    @Test
    void aFigureDatedOnlyByItsDocumentIsPossiblyAnyYearUpToItNeverCertainlyOneAndNeverLater() {
        Api evaluator = api().as("evaluator");
        String indicator = indicator();
        String area = fixtures().area("no-later-than-the-draft");
        Api.Response recorded = evaluator.post(
                "/api/measurements",
                List.of(
                        measurement(indicator, area, "../2024-11", "26"),
                        measurement(indicator, area, 2017, "30"),
                        measurement(indicator, "rest-of-copenhagen", 2015, "20"),
                        measurement(indicator, "rest-of-copenhagen", 2017, "20"),
                        measurement(indicator, "rest-of-copenhagen", 2024, "22"),
                        measurement(indicator, "rest-of-copenhagen", 2025, "22")));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);

        // Read back as stated: no first day, the draft's month as its last.
        JsonNode item = evaluator
                .get("/api/indicators/" + indicator + "/series?area=" + area + "&from=2010&to=2024")
                .json()
                .get("items")
                .get(0);
        assertThat(item.get("period").get("stated").asText()).isEqualTo("../2024-11");
        assertThat(item.get("period").hasNonNull("from")).isFalse();
        assertThat(item.get("period").get("to").asText()).isEqualTo("2024-11-30");
        assertThat(item.get("period").hasNonNull("year")).isFalse();

        // As the status of 2017 → 2024 it may be 2024's figure: possible, never certain.
        JsonNode row = row(evaluator, indicator, area, 2017, 2024);
        assertThat(row.get("status").asText()).isEqualTo("OK");
        assertThat(row.get("valueCertainty").asText()).isEqualTo("POSSIBLE");
        assertThat(row.get("statusValue").asText()).isEqualTo("26");
        assertThat(row.get("periods").get("status").asText()).isEqualTo("../2024-11");
        assertThat(new BigDecimal(row.get("differenceInDifferences").asText())).isEqualByComparingTo("-6");
        // It is no year before the baseline, so it makes no pre-trend.
        assertThat(row.hasNonNull("preTrend")).isFalse();

        // It cannot be 2025's figure, so a window ending in 2025 has no status value; where it is the only figure of
        // a baseline year it may be that year's, but then it is not also the status year's.
        assertThat(row(evaluator, indicator, area, 2017, 2025).get("status").asText())
                .isEqualTo("NO_DATA");
        JsonNode asBaseline = row(evaluator, indicator, area, 2015, 2017);
        assertThat(asBaseline.get("periods").get("baseline").asText()).isEqualTo("../2024-11");
        assertThat(asBaseline.get("valueCertainty").asText()).isEqualTo("POSSIBLE");
        assertThat(row(evaluator, indicator, area, 2024, 2025)
                        .get("baselineValue")
                        .asText())
                .isEqualTo("26");
        assertThat(row(evaluator, indicator, area, 2025, 2026).hasNonNull("baselineValue"))
                .as("a figure of November 2024 or before is no baseline for 2025")
                .isFalse();

        // The series chart draws it at the draft's year, noted with its period as stated.
        Api.Response chart = evaluator.get("/api/charts/series.svg?indicator=" + indicator + "&area=" + area);
        assertThat(chart.status()).as(chart.toString()).isEqualTo(200);
        assertThat(chart.text()).contains("../2024-11");
    }

    @Test
    void theInterventionsOfTheDesignatedAreasTogetherRanPossiblyInAnAreaDesignatedInTheWindow() {
        Api admin = api().as("admin");
        String policy = newPolicy(admin);
        String designated = fixtures().area("designated-2019");
        designate(admin, designated, policy, "2019");
        String never = fixtures().area("never-designated");
        String own = uniqueTitle("Egen indsats");
        Map<String, Object> ownRegistration = fixtures().registration(own, designated);
        ownRegistration.put("category", "EMPLOYMENT_SCHEME");
        fixtures().intervention(ownRegistration);
        String together = uniqueTitle("Fælles indsats");
        Map<String, Object> registration = fixtures().registration(together, DesignatedAreasTogether.ID);
        registration.put("plannedStart", "2018");
        registration.put("plannedEnd", "2021");
        fixtures().intervention(registration);
        String beforeTheDesignation = uniqueTitle("Tidligere fælles indsats");
        Map<String, Object> earlier = fixtures().registration(beforeTheDesignation, DesignatedAreasTogether.ID);
        earlier.put("plannedStart", "2012");
        earlier.put("plannedEnd", "2014");
        fixtures().intervention(earlier);

        Map<String, JsonNode> during = byArea(api().as("evaluator")
                .get("/api/comparisons?indicator=eviction-warnings&area=" + designated + "&area=" + never
                        + "&baseline=2017&status=2024")
                .json());
        Map<String, JsonNode> references = references(during.get(designated));
        assertThat(references.get(own).get("certainty").asText()).isEqualTo("CERTAIN");
        assertThat(references.get(own).hasNonNull("through")).isFalse();
        assertThat(references)
                .as("the interventions in the window include those of the designated areas together")
                .containsKeys(own, together);
        assertThat(references.get(together).get("certainty").asText())
                .as("recorded for the designated areas together: possibly here, designated from 2019")
                .isEqualTo("POSSIBLE");
        assertThat(references.get(together).get("through").asText()).isEqualTo(DesignatedAreasTogether.ID);
        assertThat(references).as("it ended before the area was designated").doesNotContainKey(beforeTheDesignation);
        assertThat(references(during.get(never)))
                .as("an area never designated had none of them")
                .doesNotContainKeys(together, beforeTheDesignation);

        // Before the designation, the area was none of "the areas".
        Map<String, JsonNode> before = byArea(api().as("evaluator")
                .get("/api/comparisons?indicator=eviction-warnings&area=" + designated + "&baseline=2012&status=2017")
                .json());
        assertThat(references(before.get(designated))).doesNotContainKeys(together, beforeTheDesignation);
    }

    private static Map<String, JsonNode> references(JsonNode row) {
        Map<String, JsonNode> byTitle = new LinkedHashMap<>();
        row.get("interventions").forEach(category -> category.get("interventionRefs")
                .forEach(r -> byTitle.put(r.get("title").asText(), r)));
        return byTitle;
    }

    private static String uniqueTitle(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static JsonNode row(Api evaluator, String indicator, String area, int baseline, int status) {
        return evaluator
                .get("/api/comparisons?indicator=" + indicator + "&area=" + area + "&baseline=" + baseline + "&status="
                        + status)
                .json()
                .get("areas")
                .get(0);
    }

    @Test
    void theDesignatedAreasOfAWindowFollowTheDesignationsDates() {
        Api admin = api().as("admin");
        String policy = newPolicy(admin);
        String atLeastSince2011 = fixtures().area("designated-by-2011");
        designate(admin, atLeastSince2011, policy, "../2011");
        String endedMidWindow = fixtures().area("ended-2014");
        String ended = designate(admin, endedMidWindow, policy, "2010");
        assertThat(admin.post(
                                "/api/areas/" + endedMidWindow + "/designations/" + ended + "/end",
                                Map.of("effectiveTo", "2014-06", "reason", "området blev løftet"))
                        .status())
                .isEqualTo(200);
        String maybeInTime = fixtures().area("designated-2016-2018");
        designate(admin, maybeInTime, policy, "2016/2018");
        String later = fixtures().area("designated-2019");
        designate(admin, later, policy, "2019");
        String never = fixtures().area("never-designated");

        JsonNode window = api().as("evaluator")
                .get("/api/comparisons?indicator=eviction-warnings" + "&baseline=2012&status=2016")
                .json();
        Map<String, JsonNode> rows = byArea(window);
        assertThat(rows)
                .containsKeys(atLeastSince2011, endedMidWindow, maybeInTime)
                .doesNotContainKeys(later, never);
        assertThat(rows.get(atLeastSince2011).get("designation").asText()).isEqualTo("CERTAIN");
        assertThat(rows.get(endedMidWindow).get("designation").asText()).isEqualTo("CERTAIN");
        assertThat(rows.get(endedMidWindow)
                        .get("designations")
                        .get(0)
                        .get("effectiveTo")
                        .asText())
                .isEqualTo("2014-06");
        assertThat(rows.get(maybeInTime).get("designation").asText()).isEqualTo("POSSIBLE");

        Map<String, JsonNode> afterTheEnd = byArea(api().as("evaluator")
                .get("/api/comparisons?" + "indicator=eviction-warnings&baseline=2015&status=2018")
                .json());
        assertThat(afterTheEnd)
                .containsKeys(atLeastSince2011, maybeInTime)
                .doesNotContainKeys(endedMidWindow, later, never);
        assertThat(afterTheEnd.get(maybeInTime).get("designation").asText()).isEqualTo("CERTAIN");

        // Asked for by name, an area not designated in the window is compared and says so.
        JsonNode named = api().as("evaluator")
                .get("/api/comparisons?indicator=eviction-warnings&area=" + never + "&baseline=2015&status=2018")
                .json()
                .get("areas")
                .get(0);
        assertThat(named.get("designation").isNull()).isTrue();
        assertThat(named.get("designations")).isEmpty();
    }

    /** A policy of 2005–2030 to designate areas under. */
    private static String newPolicy(Api admin) {
        String policy = "policy-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(admin.post(
                                "/api/policies",
                                with(
                                        policy(policy, "Politik for udsatte byområder", "2005"),
                                        "periodTo",
                                        "2030",
                                        "criteria",
                                        List.of("Lav indkomst")))
                        .status())
                .isEqualTo(201);
        return policy;
    }

    private static Map<String, JsonNode> byArea(JsonNode comparison) {
        Map<String, JsonNode> rows = new LinkedHashMap<>();
        comparison.get("areas").forEach(row -> rows.put(row.get("area").asText(), row));
        return rows;
    }

    private static String designate(Api admin, String area, String policy, String from) {
        Api.Response designated = admin.post(
                "/api/areas/" + area + "/designations", designation(policy, from, List.of("Lav indkomst"), "udpeget"));
        assertThat(designated.status()).as(designated.toString()).isEqualTo(201);
        return designated.json().get("designationId").asText();
    }

    private String indicator() {
        return fixtures().indicator("uncertain", "LOWER_IS_BETTER");
    }
}
