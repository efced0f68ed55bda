package dk.kk.registry.infra.funding;

import static dk.kk.registry.infra.support.Fixtures.money;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.BadReads;
import dk.kk.registry.infra.support.Fixtures;
import dk.kk.registry.infra.support.RegistryIT;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The funding summary over two interventions of this test only (restricted by a fresh area): exact totals for every
 * grouping, an adjustment, a withdrawal, expenditures, an as-of read before the adjustment, bad input and CSV.
 */
class FundingSummaryIT extends RegistryIT {

    private String areaA;
    private String areaB;
    private String fund;
    private Instant beforeAdjustment;

    /**
     * X (safety partnership, areas A and B): TMF base budget 300 000.00 for 2019–2021, adjusted to 250 000.00; the
     * National Building Fund 100 000.01 for 2020–2021, withdrawn; spent 80 000.00 in 2019 and 90 000.50 in 2020.
     * Y (employment scheme, area A only, registered after the as-of instant): TMF pool 50 000.00 for 2022, spent
     * 10 000.00 in 2022.
     */
    @BeforeEach
    void fundTwoInterventions() throws InterruptedException {
        Fixtures fixtures = fixtures();
        Api pm = api().as("pm.tmf");
        areaA = fixtures.area("funding-a");
        areaB = fixtures.area("funding-b");
        fund = fixtures.organisation("Landsbyggefonden " + areaA, "NATIONAL_BUILDING_FUND");

        String x = fixtures.intervention(fixtures.registration("Tryghed i " + areaA, areaA, areaB));
        String base = grant(pm, x, "TMF", "MUNICIPAL_BASE_BUDGET", "300000.00", 2019, 2021);
        String building = grant(pm, x, fund, "NATIONAL_BUILDING_FUND", "100000.01", 2020, 2021);
        Thread.sleep(20);
        beforeAdjustment = Instant.now();
        Thread.sleep(20);
        ok(pm.post(
                "/api/interventions/" + x + "/funding/" + base + "/adjustments",
                Map.of("amount", money("250000.00"), "reason", "budgetforlig")));
        ok(pm.post(
                "/api/interventions/" + x + "/funding/" + building + "/withdrawal",
                Map.of("reason", "fonden trak bevillingen")));
        spend(pm, x, 2019, "80000.00");
        spend(pm, x, 2020, "90000.50");

        Map<String, Object> employment = fixtures.registration("Job i " + areaA, areaA);
        employment.put("category", "EMPLOYMENT_SCHEME");
        String y = fixtures.intervention(employment);
        grant(pm, y, "TMF", "MUNICIPAL_POOL", "50000.00", 2022, 2022);
        spend(pm, y, 2022, "10000.00");
    }

    @Test
    void bySourceKindEachLineCountsItsCurrentAmountAndSpendingIsNotAttributed() {
        Map<String, JsonNode> groups = summary("sourceKind", "");
        assertThat(groups).containsOnlyKeys("MUNICIPAL_BASE_BUDGET", "MUNICIPAL_POOL", "NATIONAL_BUILDING_FUND");
        assertTotals(groups.get("MUNICIPAL_BASE_BUDGET"), "250000.00", "300000.00", "-50000.00", "0.00", null);
        assertTotals(groups.get("MUNICIPAL_POOL"), "50000.00", "50000.00", "0.00", "0.00", null);
        assertTotals(groups.get("NATIONAL_BUILDING_FUND"), "0.00", "100000.01", "0.00", "100000.01", null);
    }

    @Test
    void bySource() {
        Map<String, JsonNode> groups = summary("source", "");
        assertThat(groups).containsOnlyKeys("TMF", fund);
        assertTotals(groups.get("TMF"), "300000.00", "350000.00", "-50000.00", "0.00", null);
        assertThat(groups.get("TMF").get("fundingLines").asInt()).isEqualTo(2);
        assertTotals(groups.get(fund), "0.00", "100000.01", "0.00", "100000.01", null);
    }

    @Test
    void byYearEachLineIsSpreadEvenlyWithTheLeftoverOreInTheEarliestYears() {
        Map<String, JsonNode> groups = summary("year", "");
        assertThat(groups).containsOnlyKeys("2019", "2020", "2021", "2022");
        // 250 000.00 / 3 = 83 333.33 and one øre over, which goes to 2019; 100 000.01 / 2 puts the øre in 2020.
        assertTotals(groups.get("2019"), "83333.34", "100000.00", "-16666.66", "0.00", "80000.00");
        assertTotals(groups.get("2020"), "83333.33", "150000.01", "-16666.67", "50000.01", "90000.50");
        assertTotals(groups.get("2021"), "83333.33", "150000.00", "-16666.67", "50000.00", "0.00");
        assertTotals(groups.get("2022"), "50000.00", "50000.00", "0.00", "0.00", "10000.00");
    }

    @Test
    void byAreaAnInterventionInTwoAreasCountsWhollyInEach() {
        Map<String, JsonNode> groups = summary("area", "");
        assertThat(groups).containsOnlyKeys(areaA, areaB);
        assertTotals(groups.get(areaA), "300000.00", "450000.01", "-50000.00", "100000.01", "180000.50");
        assertTotals(groups.get(areaB), "250000.00", "400000.01", "-50000.00", "100000.01", "170000.50");
        assertThat(groups.get(areaA).get("interventions").asInt()).isEqualTo(2);
    }

    @Test
    void byAdministrationAndByCategory() {
        Map<String, JsonNode> administrations = summary("administration", "");
        assertThat(administrations).containsOnlyKeys("TMF");
        assertTotals(administrations.get("TMF"), "300000.00", "450000.01", "-50000.00", "100000.01", "180000.50");

        Map<String, JsonNode> categories = summary("category", "");
        assertThat(categories).containsOnlyKeys("SAFETY_PARTNERSHIP", "EMPLOYMENT_SCHEME");
        assertTotals(
                categories.get("SAFETY_PARTNERSHIP"), "250000.00", "400000.01", "-50000.00", "100000.01", "170000.50");
        assertTotals(categories.get("EMPLOYMENT_SCHEME"), "50000.00", "50000.00", "0.00", "0.00", "10000.00");
        assertThat(summary("category", "&category=EMPLOYMENT_SCHEME")).containsOnlyKeys("EMPLOYMENT_SCHEME");
        assertThat(summary("administration", "&administration=SOF")).isEmpty();
    }

    @Test
    void asOfBeforeTheAdjustmentShowsTheAmountsThenKnown() {
        Map<String, JsonNode> groups = summary("sourceKind", "&asOf=" + beforeAdjustment);
        assertThat(groups).containsOnlyKeys("MUNICIPAL_BASE_BUDGET", "NATIONAL_BUILDING_FUND");
        assertTotals(groups.get("MUNICIPAL_BASE_BUDGET"), "300000.00", "300000.00", "0.00", "0.00", null);
        assertTotals(groups.get("NATIONAL_BUILDING_FUND"), "100000.01", "100000.01", "0.00", "0.00", null);
    }

    @Test
    void anUnknownOrMissingGroupingIsBadInput() {
        Api auditor = api().as("auditor");
        BadReads.assertEachIsBadInput(
                auditor,
                "/api/funding/summary?groupBy=colour",
                "/api/funding/summary",
                "/api/funding/summary?groupBy=SOURCE_KIND",
                "/api/funding/summary?groupBy=area&size=501",
                "/api/funding/summary?groupBy=area&category=NOPE",
                "/api/funding/summary?groupBy=area&asOf=yesterday");
        JsonNode problem = auditor.get("/api/funding/summary?groupBy=colour").json();
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("groupBy");
    }

    /** Issue 15: Danish by default, a decimal comma, never rounded, no thousands separator, labels beside codes. */
    @Test
    void theSummaryAsCsvHasAHeaderAndExactAmounts() {
        Api.Response csv =
                api().as("pm.sof").header("Accept", "text/csv").get("/api/funding/summary?groupBy=area&area=" + areaA);
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        String text = new String(csv.body(), StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<String> lines =
                Arrays.stream(text.split("\r\n")).filter(l -> !l.isEmpty()).toList();
        List<String> header = List.of(lines.get(0).split(";", -1));
        assertThat(header)
                .containsExactly(
                        "Gruppe",
                        "Bevilget nu",
                        "Oprindeligt bevilget",
                        "Reguleret",
                        "Trukket tilbage",
                        "Forbrugt",
                        "Bevillinger",
                        "Indsatser",
                        "Befolkningsområde",
                        "Finansierede år",
                        "Beboerår",
                        "Bevilget pr. beboer pr. år",
                        "Status pr. beboer",
                        "Status pr. beboer (kode)",
                        "År uden befolkningstal");
        String row = rowOf(lines, areaA);
        assertThat(row)
                .isEqualTo(areaA + ";300000,00;450000,01;-50000,00;100000,01;180000,50;3;2;" + areaA
                        + ";2019, 2020, 2021, 2022;;;Mangler befolkningstal;NO_DATA;2019, 2020, 2021, 2022");
    }

    /** With {@code lang=en} the table programs have always read: the API's field names, codes, a decimal point. */
    @Test
    void theSummaryAsCsvInEnglish() {
        Api.Response csv = api().as("pm.sof")
                .header("Accept", "text/csv")
                .get("/api/funding/summary?lang=en&groupBy=area&area=" + areaA);
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        String text = new String(csv.body(), StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<String> lines =
                Arrays.stream(text.split("\r\n")).filter(l -> !l.isEmpty()).toList();
        List<String> header = List.of(lines.get(0).split(";", -1));
        assertThat(header)
                .containsExactly(
                        "group",
                        "committed",
                        "granted",
                        "adjusted",
                        "withdrawn",
                        "spent",
                        "fundingLines",
                        "interventions",
                        "populationArea",
                        "fundedYears",
                        "residentYears",
                        "committedPerResidentPerYear",
                        "perResidentStatus",
                        "populationMissingYears");
        String row = rowOf(lines, areaA);
        assertThat(row)
                .isEqualTo(areaA + ";300000.00;450000.01;-50000.00;100000.01;180000.50;3;2;" + areaA
                        + ";2019, 2020, 2021, 2022;;;NO_DATA;2019, 2020, 2021, 2022");
    }

    @Test
    void perResidentPerYearWhereTheAreaHasAPopulationAndNoDataWhereItHasNone() {
        Instant beforePopulation = Instant.now();
        recordPopulation(areaA, Map.of(2019, "2000", 2020, "2100", 2021, "2200", 2022, "2300"));
        recordPopulation(areaB, Map.of(2019, "900", 2020, "950"));

        Map<String, JsonNode> areas = summary("area", "");
        // Area A: 300 000.00 committed over the funded years 2019–2022 (the withdrawn line adds none):
        // 300 000.00 / (2000 + 2100 + 2200 + 2300) = 34.8837… → 34.88, half-up to the øre.
        assertPerResident(areas.get(areaA), areaA, "8600", "34.88");
        assertThat(areas.get(areaA).get("fundedYears").toString()).isEqualTo("[2019,2020,2021,2022]");
        // Area B: no population for 2021, so no figure at all, never a partial one or zero.
        JsonNode b = areas.get(areaB);
        assertThat(b.get("perResidentStatus").asText()).isEqualTo("NO_DATA");
        assertThat(b.get("committedPerResidentPerYear").isNull()).isTrue();
        assertThat(b.get("residentYears").isNull()).isTrue();
        assertThat(b.get("populationMissingYears").toString()).isEqualTo("[2021]");

        Map<String, JsonNode> years = summary("year", "");
        assertPerResident(years.get("2019"), areaA, "2000", "41.67");
        assertPerResident(years.get("2022"), areaA, "2300", "21.74");
        Map<String, JsonNode> kinds = summary("sourceKind", "");
        // The withdrawn line has no funded years: nothing to spread its (zero) money over.
        assertThat(kinds.get("NATIONAL_BUILDING_FUND").get("perResidentStatus").asText())
                .isEqualTo("NO_FUNDING");
        assertPerResident(kinds.get("MUNICIPAL_POOL"), areaA, "2300", "21.74");

        JsonNode before = summary("area", "&asOf=" + beforePopulation).get(areaA);
        assertThat(before.get("perResidentStatus").asText())
                .as("as of before the population was recorded")
                .isEqualTo("NO_DATA");
        assertThat(before.get("committedPerResidentPerYear").isNull()).isTrue();
    }

    private void recordPopulation(String area, Map<Integer, String> values) {
        Api.Response defined = api().as("admin")
                .post(
                        "/api/indicators",
                        Map.of(
                                "id",
                                "population",
                                "name",
                                "Indbyggere",
                                "unit",
                                "COUNT",
                                "direction",
                                "HIGHER_IS_BETTER",
                                "source",
                                "Danmarks Statistik"));
        assertThat(defined.status()).as(defined.toString()).isIn(201, 409);
        List<Map<String, Object>> rows = values.entrySet().stream()
                .map(e -> Map.<String, Object>of(
                        "indicator",
                        "population",
                        "area",
                        area,
                        "period",
                        e.getKey(),
                        "value",
                        new java.math.BigDecimal(e.getValue())))
                .toList();
        Api.Response recorded = api().as("evaluator").post("/api/measurements", rows);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
    }

    private static void assertPerResident(JsonNode group, String area, String residentYears, String amount) {
        assertThat(group.get("perResidentStatus").asText())
                .as("status of " + group)
                .isEqualTo("OK");
        assertThat(group.get("populationArea").asText()).isEqualTo(area);
        assertThat(new java.math.BigDecimal(group.get("residentYears").asText()))
                .isEqualByComparingTo(residentYears);
        assertThat(group.get("committedPerResidentPerYear").get("amount").asText())
                .isEqualTo(amount);
        assertThat(group.get("populationMissingYears")).isEmpty();
    }

    @Test
    void theSummaryPages() {
        JsonNode page = read("/api/funding/summary?groupBy=year&area=" + areaA + "&size=3&page=1");
        assertThat(page.get("total").asLong()).isEqualTo(4);
        assertThat(page.get("groupBy").asText()).isEqualTo("year");
        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("items").get(0).get("group").asText()).isEqualTo("2022");
        assertThat(page.get("items").get(0).get("committed").get("currency").asText())
                .isEqualTo("DKK");
    }

    private Map<String, JsonNode> summary(String groupBy, String more) {
        JsonNode page = read("/api/funding/summary?groupBy=" + groupBy + "&area=" + areaA + more);
        Map<String, JsonNode> groups = new LinkedHashMap<>();
        page.get("items").forEach(item -> groups.put(item.get("group").asText(), item));
        assertThat(page.get("total").asLong()).isEqualTo(groups.size());
        return groups;
    }

    private JsonNode read(String path) {
        Api.Response response = api().as("evaluator").get(path);
        assertThat(response.status()).as(path + " " + response).isEqualTo(200);
        return response.json();
    }

    private static void assertTotals(
            JsonNode group, String committed, String granted, String adjusted, String withdrawn, String spent) {
        assertThat(group.get("committed").get("amount").asText())
                .as("committed of " + group)
                .isEqualTo(committed);
        assertThat(group.get("granted").get("amount").asText())
                .as("granted of " + group)
                .isEqualTo(granted);
        assertThat(group.get("adjusted").get("amount").asText())
                .as("adjusted of " + group)
                .isEqualTo(adjusted);
        assertThat(group.get("withdrawn").get("amount").asText())
                .as("withdrawn of " + group)
                .isEqualTo(withdrawn);
        if (spent == null) {
            assertThat(group.get("spent").isNull()).as("spent of " + group).isTrue();
        } else {
            assertThat(group.get("spent").get("amount").asText())
                    .as("spent of " + group)
                    .isEqualTo(spent);
        }
    }

    private static String grant(Api pm, String id, String source, String kind, String amount, int from, int to) {
        Api.Response response = pm.post(
                "/api/interventions/" + id + "/funding",
                Map.of("source", source, "sourceKind", kind, "amount", money(amount), "years", List.of(from, to)));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("fundingId").asText();
    }

    private static void spend(Api pm, String id, int year, String amount) {
        Api.Response response =
                pm.post("/api/interventions/" + id + "/expenditures", Map.of("year", year, "amount", money(amount)));
        assertThat(response.status()).as(response.toString()).isIn(200, 201);
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    /** The CSV line of the area given. */
    private static String rowOf(List<String> lines, String area) {
        return lines.stream().filter(l -> l.startsWith(area + ";")).findFirst().orElseThrow();
    }
}
