package dk.kk.registry.infra.export;

import static dk.kk.registry.infra.support.Bodies.baseline;
import static dk.kk.registry.infra.support.Bodies.evaluation;
import static dk.kk.registry.infra.support.Bodies.grant;
import static dk.kk.registry.infra.support.Bodies.indicator;
import static dk.kk.registry.infra.support.Bodies.policy;
import static dk.kk.registry.infra.support.Bodies.target;
import static dk.kk.registry.infra.support.Bodies.with;
import static dk.kk.registry.infra.support.Fixtures.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.kk.registry.infra.demo.DemoGoals;
import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.Bodies;
import dk.kk.registry.infra.support.Fixtures;
import dk.kk.registry.infra.support.RegistryIT;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Every intervention as an IATI 2.03 activity, valid against the official schema. */
class IatiExportIT extends RegistryIT {

    @Test
    void theExportIsValidIati203WithBudgetsTransactionsEvaluationsAndResults() throws Exception {
        Path schema = officialSchema();
        assumeTrue(
                schema != null,
                "the IATI 2.03 schema (../shared/standards/iati-2.03) is not beside this "
                        + "checkout; skipping the validation");
        Fixtures fixtures = fixtures();
        Api pm = api().as("pm.tmf");
        Map<String, Object> registration =
                fixtures.registration("Boligsocial helhedsplan i Tingbjerg", "tingbjerg-husum");
        registration.put("goals", List.of(DemoGoals.EVICTION_GOAL));
        String id = fixtures.intervention(registration);
        pm.post(
                "/api/interventions/" + id + "/funding",
                grant("MUNICIPAL_POOL", "1250000.00", List.of(2019, 2021), "BR 2018-123"));
        pm.post("/api/interventions/" + id + "/expenditures", Map.of("year", 2019, "amount", money("400000.00")));
        String evaluator = fixtures.organisation("VIVE " + java.util.UUID.randomUUID(), "RESEARCH");
        api().as("evaluator")
                .post(
                        "/api/interventions/" + id + "/evaluations",
                        evaluation("2019-01-01", "2021-12-31", "BEFORE_AFTER", evaluator, "POSITIVE"));

        Map<String, Object> stated = fixtures.registration("Områdefornyelse som kilden daterer den", "tingbjerg-husum");
        stated.put("plannedStart", "../2018");
        stated.put("plannedEnd", "2022");
        String statedId = fixtures.intervention(stated);

        String planArea = fixtures.area("iati-plan");
        Api.Response planGoal = api().as("evaluator")
                .post(
                        "/api/goals",
                        with(Bodies.evictionGoal("Færre varslinger i " + planArea, planArea), "deadlineYear", 2020));
        String plan = api().as("evaluator")
                .post(
                        "/api/development-plans",
                        Map.of("area", planArea, "policy", "policy-2011", "title", "Udviklingsplan for " + planArea))
                .json()
                .get("id")
                .asText();
        api().as("evaluator")
                .post(
                        "/api/development-plans/" + plan + "/goals",
                        Map.of("goalId", planGoal.json().get("id").asText()));
        api().as("evaluator")
                .post(
                        "/api/development-plans/" + plan + "/measures",
                        Map.of(
                                "interventionId",
                                id,
                                "goals",
                                List.of(planGoal.json().get("id").asText()),
                                "resources",
                                List.of(Map.of(
                                        "sourceKind", "MUNICIPAL_POOL", "year", 2013, "amount", money("250000.00")))));

        Api.Response export = api().as("auditor").get("/api/export/iati");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("Content-Type")).startsWith("application/xml");
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.newSchema(schema.toFile())
                .newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(export.body())));

        String xml = export.text();
        assertThat(xml)
                .contains(
                        "-plan-" + plan + "</iati-identifier>",
                        "Udviklingsplan for " + planArea,
                        "<related-activity ref=\"DK-CVR-64942212-plan-" + plan + "\" type=\"1\"/>",
                        "<related-activity ref=\"DK-CVR-64942212-" + id + "\" type=\"2\"/>");
        assertThat(xml)
                .contains(
                        "<iati-activities version=\"2.03\"",
                        "Boligsocial helhedsplan i Tingbjerg",
                        "-" + id + "</iati-identifier>",
                        "1250000.00",
                        "400000.00",
                        "<actual value=\"0.6\"",
                        "#evaluation-");
        String statedActivity = xml.substring(xml.indexOf("-" + statedId + "</iati-identifier>"));
        statedActivity = statedActivity.substring(0, statedActivity.indexOf("</iati-activity>"));
        assertThat(statedActivity)
                .as("no day the source does not give, unless said to be a bound")
                .contains("planlagt start ../2018; planlagt slut 2022")
                .contains("<activity-date type=\"1\" iso-date=\"2018-12-31\"><narrative>Kilden angiver ../2018; "
                        + "datoen er den seneste dag, kilden tillader.</narrative></activity-date>")
                .doesNotContain("iso-date=\"2022");
    }

    /**
     * The IATI Standard's ruleset (the rules the IATI validator applies beyond the schema) where it concerns what the
     * registry publishes, over the demo history and over generated interventions: multi-year funding lines, spending
     * this year, evaluations and goals linked through the API, one of them with no status report yet.
     */
    @Test
    void theExportKeepsTheIatiRulesetOnTheDemoHistoryAndOnGeneratedData() throws Exception {
        Fixtures fixtures = fixtures();
        Api pm = api().as("pm.tmf");
        Api admin = api().as("admin");
        Api evaluator = api().as("evaluator");
        int thisYear = LocalDate.now(ZoneId.of("Europe/Copenhagen")).getYear();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        admin.post("/api/policies", policy("policy-iati-" + suffix, "Politik", "2017-01-01"));
        admin.post("/api/indicators", indicator("evictions-iati-" + suffix, "Varslinger", "LOWER_IS_BETTER", "DOMUS"));
        String reported = goal(evaluator, "Færre udsættelser " + suffix, suffix);
        evaluator.post(
                "/api/goals/" + reported + "/status-reports",
                Map.of("year", 2020, "areaValue", "0.8", "comparisonValue", "0.3"));
        String unreported = goal(evaluator, "Færre varslinger " + suffix, suffix);

        Map<String, Object> first = fixtures.registration("Helhedsplan " + suffix, "tingbjerg-husum");
        first.put("goals", List.of(reported));
        String a = fixtures.intervention(first);
        pm.post(
                "/api/interventions/" + a + "/funding",
                grant("MUNICIPAL_POOL", "1000000.01", List.of(2019, 2021), "BR 2018-1"));
        pm.post("/api/interventions/" + a + "/expenditures", Map.of("year", 2019, "amount", money("300000.00")));
        pm.post("/api/interventions/" + a + "/expenditures", Map.of("year", thisYear, "amount", money("1000.00")));
        String evaluatorOrg = fixtures.organisation("VIVE " + suffix, "RESEARCH");
        evaluator.post(
                "/api/interventions/" + a + "/evaluations",
                evaluation("2019-01-01", "2021-12-31", "BEFORE_AFTER", evaluatorOrg, "POSITIVE"));
        Map<String, Object> second = fixtures.registration("Boligrådgivning " + suffix, "tingbjerg-husum");
        second.put("goals", List.of(reported, unreported));
        String b = fixtures.intervention(second);
        pm.post(
                "/api/interventions/" + b + "/funding",
                grant("MUNICIPAL_POOL", "90000.00", List.of(thisYear, thisYear + 2), "BR 1"));
        pm.post("/api/interventions/" + b + "/expenditures", Map.of("year", thisYear, "amount", money("500.00")));
        // The source gives when it ends, not when it starts.
        Map<String, Object> third = fixtures.registration("Lektiecafé " + suffix, "tingbjerg-husum");
        third.put("plannedStart", "unknown");
        third.put("plannedEnd", "2023-06-30");
        String c = fixtures.intervention(third);

        // A development plan under the policy: its goal about the area, adopted, two measures (one of them the
        // first intervention) with resources in two years.
        Api.Response areaGoal = evaluator.post(
                "/api/goals",
                with(
                        Bodies.goal(
                                "Flere i uddannelse " + suffix,
                                "policy-iati-" + suffix,
                                "evictions-iati-" + suffix,
                                baseline(2011, "2.0", "1.0"),
                                target("GAP_REDUCTION", "0.5"),
                                2020),
                        "ownerAdministration",
                        "BUF",
                        "areas",
                        List.of("tingbjerg-husum")));
        assertThat(areaGoal.status()).as(areaGoal.toString()).isEqualTo(201);
        String planGoal = areaGoal.json().get("id").asText();
        String plan = evaluator
                .post(
                        "/api/development-plans",
                        Map.of(
                                "area",
                                "tingbjerg-husum",
                                "policy",
                                "policy-iati-" + suffix,
                                "title",
                                "Udviklingsplan " + suffix))
                .json()
                .get("id")
                .asText();
        assertThat(evaluator
                        .post("/api/development-plans/" + plan + "/goals", Map.of("goalId", planGoal))
                        .status())
                .isEqualTo(200);
        assertThat(evaluator
                        .post(
                                "/api/development-plans/" + plan + "/status",
                                Map.of("status", "ADOPTED", "effectiveFrom", "2013-01-01", "reason", "Vedtaget"))
                        .status())
                .isEqualTo(200);
        Api.Response measure = evaluator.post(
                "/api/development-plans/" + plan + "/measures",
                Map.of(
                        "interventionId",
                        a,
                        "goals",
                        List.of(planGoal),
                        "resources",
                        List.of(
                                Map.of("sourceKind", "MUNICIPAL_POOL", "year", 2013, "amount", money("250000.00")),
                                Map.of(
                                        "sourceKind",
                                        "MUNICIPAL_BASE_BUDGET",
                                        "year",
                                        2013,
                                        "amount",
                                        money("50000.50")))));
        assertThat(measure.status()).as(measure.toString()).isEqualTo(201);
        assertThat(evaluator
                        .post(
                                "/api/development-plans/" + plan + "/measures",
                                Map.of(
                                        "tool",
                                        "Lektiecafé",
                                        "goals",
                                        List.of(planGoal),
                                        "resources",
                                        List.of(Map.of(
                                                "sourceKind",
                                                "MUNICIPAL_POOL",
                                                "year",
                                                2014,
                                                "amount",
                                                money("100000.00")))))
                        .status())
                .isEqualTo(201);

        Api.Response export = api().as("auditor").get("/api/export/iati");
        assertThat(export.status()).isEqualTo(200);
        Document xml = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(export.body()));
        assertThat(IatiRuleset.violations(xml, LocalDate.now(ZoneId.of("Europe/Copenhagen"))))
                .isEmpty();

        // The line over 2019–2021 is one budget a year, spread as the funding summary spreads it.
        assertThat(IatiRuleset.budgets(xml, a))
                .containsExactly(
                        "2019-01-01/2019-12-31=333333.34",
                        "2020-01-01/2020-12-31=333333.34",
                        "2021-01-01/2021-12-31=333333.33");
        assertThat(IatiRuleset.resultTitles(xml, b))
                .containsExactlyInAnyOrder("Færre udsættelser " + suffix, "Færre varslinger " + suffix);
        assertThat(IatiRuleset.activityDates(xml, c))
                .as("a start no later than the end, said as a bound")
                .containsExactlyInAnyOrder("1=2023-06-30", "3=2023-06-30");
        // The Social Services cases the demo reports under its goals carry them as results.
        assertThat(IatiRuleset.resultTitles(xml, demoIntervention("boligraadgivere-forebyggelse-udsaettelser")))
                .containsExactly("Færre udsættelser i de udsatte byområder");

        // The plan is the parent of the intervention chosen as its measure; the intervention serves the plan's goal.
        assertThat(IatiRuleset.hierarchy(xml, plan)).isEqualTo("1");
        assertThat(IatiRuleset.relatedActivities(xml, plan)).containsExactly("2 DK-CVR-64942212-" + a);
        assertThat(IatiRuleset.hierarchy(xml, a)).isEqualTo("2");
        assertThat(IatiRuleset.relatedActivities(xml, a)).containsExactly("1 DK-CVR-64942212-plan-" + plan);
        assertThat(IatiRuleset.relatedActivities(xml, b)).isEmpty();
        assertThat(IatiRuleset.resultTitles(xml, plan)).containsExactly("Flere i uddannelse " + suffix);
        assertThat(IatiRuleset.resultTitles(xml, a))
                .containsExactly("Færre udsættelser " + suffix, "Flere i uddannelse " + suffix);
        assertThat(IatiRuleset.budgets(xml, plan))
                .containsExactly("2013-01-01/2013-12-31=300000.50", "2014-01-01/2014-12-31=100000.00");
        assertThat(IatiRuleset.actualStart(xml, plan)).isEqualTo(LocalDate.of(2013, 1, 1));
    }

    private static String goal(Api evaluator, String title, String suffix) {
        Api.Response set = evaluator.post(
                "/api/goals",
                Bodies.goal(
                        title,
                        "policy-iati-" + suffix,
                        "evictions-iati-" + suffix,
                        baseline(2017, "1.4", "0.6"),
                        target("RELATIVE_CHANGE", "-0.25"),
                        2025));
        assertThat(set.status()).as(set.toString()).isEqualTo(201);
        return set.json().get("id").asText();
    }

    /** A demo intervention's id: name-based on its key in the demo history, as the loader makes it. */
    private static String demoIntervention(String key) {
        return UUID.nameUUIDFromBytes(("demo:intervention:" + key).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** The schema ships beside the project in the workspace, not in the repository. */
    private static Path officialSchema() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/standards/iati-2.03/iati-activities-schema.xsd");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        System.out.println("NOTICE: IATI 2.03 schema not found beside this checkout; validation skipped");
        return null;
    }
}
