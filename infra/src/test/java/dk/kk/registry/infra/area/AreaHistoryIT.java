package dk.kk.registry.infra.area;

import static dk.kk.registry.infra.support.Bodies.designation;
import static dk.kk.registry.infra.support.Bodies.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.Bodies;
import dk.kk.registry.infra.support.Fixtures;
import dk.kk.registry.infra.support.RegistryIT;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Areas over time: designations on lists under policies, their ends, renames, and what ran there per year. */
class AreaHistoryIT extends RegistryIT {

    @Test
    void anAreasHistoryShowsItsDesignationsAndTheInterventionsPerYear() {
        Fixtures fixtures = fixtures();
        Api admin = api().as("admin");
        String policy = policy(admin);
        String area = fixtures.area("tingbjerg");

        Api.Response designated = admin.post(
                "/api/areas/" + area + "/designations",
                designation(policy, "2011-06-01", List.of("Små boliger", "Lav indkomst"), "udpeget i politikken 2011"));
        assertThat(designated.status()).as(designated.toString()).isEqualTo(201);
        String designationId = designated.json().get("designationId").asText();
        Instant beforeEnd = Instant.now();
        assertThat(admin.post(
                                "/api/areas/" + area + "/designations/" + designationId + "/end",
                                Map.of("effectiveTo", "2024-12-31", "reason", "ny politik fra 2025"))
                        .status())
                .isEqualTo(200);

        Map<String, Object> gp = fixtures.registration("Socialrådgivere i almen praksis", area);
        gp.put("category", "HEALTH");
        gp.put("plannedStart", "2018-01-01");
        gp.put("plannedEnd", "2020-12-31");
        fixtures.intervention(gp);

        JsonNode history =
                api().as("evaluator").get("/api/areas/" + area + "/history").json();
        JsonNode designation = history.get("designations").get(0);
        assertThat(designation.get("list").asText()).isEqualTo("MUNICIPAL_VULNERABLE");
        assertThat(designation.get("policy").asText()).isEqualTo(policy);
        assertThat(designation.get("effectiveFrom").asText()).isEqualTo("2011-06-01");
        assertThat(designation.get("effectiveTo").asText()).isEqualTo("2024-12-31");
        assertThat(designation.get("reason").asText()).isEqualTo("udpeget i politikken 2011");
        assertThat(designation.get("endReason").asText()).isEqualTo("ny politik fra 2025");
        assertThat(designation.get("criteria")).hasSize(2);
        // Interventions recorded for the designated areas together (by other tests or the demo) may show here as
        // possible while the area was designated; those recorded for the area itself are these.
        List<Integer> years = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        history.get("years").forEach(year -> year.get("interventions").forEach(i -> {
            if (i.get("through").isNull()) {
                years.add(year.get("year").asInt());
                titles.add(i.get("title").asText());
            } else {
                assertThat(i.get("certainty").asText()).isEqualTo("POSSIBLE");
                assertThat(year.get("year").asInt()).isBetween(2011, 2024);
            }
        }));
        assertThat(years).containsExactly(2018, 2019, 2020);
        assertThat(titles).containsOnly("Socialrådgivere i almen praksis");

        JsonNode before = api().as("auditor")
                .get("/api/areas/" + area + "/history?asOf=" + beforeEnd)
                .json();
        assertThat(before.get("designations").get(0).get("effectiveTo").isNull())
                .isTrue();
    }

    @Test
    void aDesignationAndItsPolicyAreDatedAsTheirSourcesStateThem() {
        Api admin = api().as("admin");
        String id = policy(admin, "2011-09/2011-12", "2017");
        JsonNode policy = api().as("evaluator").get("/api/policies/" + id).json();
        assertThat(policy.get("periodFrom").asText()).isEqualTo("2011-09/2011-12");
        assertThat(policy.get("periodFromEarliest").asText()).isEqualTo("2011-09-01");
        assertThat(policy.get("periodToLatest").asText()).isEqualTo("2017-12-31");

        String area = fixtures().area("sydhavn");
        Api.Response designated = admin.post(
                "/api/areas/" + area + "/designations",
                Map.of(
                        "list",
                        "MUNICIPAL_VULNERABLE",
                        "policy",
                        id,
                        "effectiveFrom",
                        "2011-09/2011-12",
                        "reason",
                        "udpeget med politikken"));
        assertThat(designated.status()).as(designated.toString()).isEqualTo(201);
        String designationId = designated.json().get("designationId").asText();
        Api.Response certainlyBefore = admin.post(
                "/api/areas/" + area + "/designations/" + designationId + "/end",
                Map.of("effectiveTo", "../2011-08", "reason", "forkert"));
        assertThat(certainlyBefore.status()).as(certainlyBefore.toString()).isEqualTo(422);
        assertThat(admin.post(
                                "/api/areas/" + area + "/designations/" + designationId + "/end",
                                Map.of("effectiveTo", "nonsense", "reason", "forkert"))
                        .status())
                .isEqualTo(400);
        assertThat(admin.post(
                                "/api/areas/" + area + "/designations/" + designationId + "/end",
                                Map.of("effectiveTo", "2017", "reason", "ny politik i 2017"))
                        .status())
                .isEqualTo(200);

        JsonNode designation = api().as("evaluator")
                .get("/api/areas/" + area + "/history")
                .json()
                .get("designations")
                .get(0);
        assertThat(designation.get("effectiveFrom").asText()).isEqualTo("2011-09/2011-12");
        assertThat(designation.get("effectiveFromEarliest").asText()).isEqualTo("2011-09-01");
        assertThat(designation.get("effectiveFromLatest").asText()).isEqualTo("2011-12-31");
        assertThat(designation.get("effectiveTo").asText()).isEqualTo("2017");
        assertThat(designation.get("effectiveToLatest").asText()).isEqualTo("2017-12-31");
    }

    @Test
    void theAreasOnAListInAYearAreCertainOrPossibleAsTheirDatesAllow() {
        Api admin = api().as("admin");
        String policy = policy(admin);
        String area = fixtures().area("husum");
        Api.Response designated = admin.post(
                "/api/areas/" + area + "/designations",
                Map.of("list", "STATE_TRANSFORMATION", "policy", policy, "effectiveFrom", "2011-09/2011-12"));
        assertThat(designated.status()).as(designated.toString()).isEqualTo(201);
        assertThat(admin.post(
                                "/api/areas/" + area + "/designations/"
                                        + designated.json().get("designationId").asText() + "/end",
                                Map.of("effectiveTo", "2017", "reason", "ny politik i 2017"))
                        .status())
                .isEqualTo(200);
        Api evaluator = api().as("evaluator");

        assertThat(certaintyOf(evaluator, area, "from=2012-01-01&to=2012-12-31"))
                .isEqualTo("CERTAIN");
        assertThat(certaintyOf(evaluator, area, "from=2017-06-01&to=2017-06-30"))
                .isEqualTo("POSSIBLE");
        assertThat(certaintyOf(evaluator, area, "from=2011-10-01&to=2011-10-31"))
                .isEqualTo("POSSIBLE");
        assertThat(certaintyOf(evaluator, area, "from=2019-01-01&to=2019-12-31"))
                .isNull();
        assertThat(certaintyOf(evaluator, area, "from=2017-06-01&to=2017-06-30&certainty=CERTAIN"))
                .isNull();
        assertThat(evaluator
                        .get("/api/designations?from=2019-01-01&to=2018-01-01")
                        .status())
                .isEqualTo(400);
    }

    private static String certaintyOf(Api api, String area, String window) {
        JsonNode found =
                api.get("/api/designations?list=STATE_TRANSFORMATION&" + window).json();
        for (JsonNode designation : found) {
            if (designation.get("areaId").asText().equals(area)) {
                return designation.get("certainty").asText();
            }
        }
        return null;
    }

    @Test
    void anAreaIsOnAListOnceAtATime() {
        Api admin = api().as("admin");
        String policy = policy(admin);
        String area = fixtures().area("nordvest");
        assertThat(admin.post(
                                "/api/areas/" + area + "/designations",
                                Map.of("list", "STATE_PREVENTION", "policy", policy, "effectiveFrom", "2024-12-01"))
                        .status())
                .isEqualTo(201);
        Api.Response twice = admin.post(
                "/api/areas/" + area + "/designations",
                Map.of("list", "STATE_PREVENTION", "policy", policy, "effectiveFrom", "2025-01-01"));
        assertThat(twice.status()).isEqualTo(422);
        assertThat(twice.json().get("rule").asText()).isEqualTo("OnAListOnceAtATime");
        Api.Response comparison = admin.post(
                "/api/areas/copenhagen/designations",
                Map.of("list", "MUNICIPAL_VULNERABLE", "policy", policy, "effectiveFrom", "2025-01-01"));
        assertThat(comparison.status()).isEqualTo(422);
        Api.Response noPolicy = admin.post(
                "/api/areas/" + area + "/designations",
                Map.of("list", "MUNICIPAL_VULNERABLE", "effectiveFrom", "2025-01-01"));
        assertThat(noPolicy.status()).isEqualTo(422);
        assertThat(noPolicy.json().get("errors").get(0).get("field").asText()).isEqualTo("policy");
    }

    @Test
    void aRenamedAreaKeepsItsOldNameInThePast() {
        Api admin = api().as("admin");
        String area = fixtures().area("vesterbro");
        Instant before = Instant.now();
        assertThat(admin.post(
                                "/api/areas/" + area + "/name",
                                Map.of(
                                        "name",
                                        "Vesterbro/Kongens Enghave " + area,
                                        "reason",
                                        "navnet i den endelige politik"))
                        .status())
                .isEqualTo(200);
        assertThat(admin.get("/api/areas/" + area).json().get("name").asText())
                .isEqualTo("Vesterbro/Kongens Enghave " + area);
        assertThat(admin.get("/api/areas/" + area + "?asOf=" + before)
                        .json()
                        .get("name")
                        .asText())
                .isEqualTo("Område " + area);
    }

    @Test
    void aPolicyKeepsEveryVersionOfItsCriteria() {
        Api admin = api().as("admin");
        String policy = "policy-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(admin.post(
                                "/api/policies",
                                with(
                                        Bodies.policy(policy, "Politik for udsatte byområder 2025-2035", "2025-01-01"),
                                        "periodTo",
                                        "2035-12-31",
                                        "objectives",
                                        List.of("Flere livschancer", "Trygge og attraktive byområder"),
                                        "criteriaLabel",
                                        "Udkast",
                                        "criteria",
                                        List.of(
                                                "Indkomst",
                                                "Uddannelse",
                                                "Tilknytning til " + "arbejdsmarkedet",
                                                "Ungdomsuddannelse",
                                                "Børnefattigdom",
                                                "Sundhed",
                                                "Tryghed")))
                        .status())
                .isEqualTo(201);
        Api.Response revised = admin.post(
                "/api/policies/" + policy + "/criteria",
                Map.of(
                        "label",
                        "Endelig",
                        "effectiveFrom",
                        "2025-01-01",
                        "reason",
                        "tryghed delt i oplevet tryghed og domme",
                        "criteria",
                        List.of(
                                "Indkomst",
                                "Uddannelse",
                                "Tilknytning til arbejdsmarkedet",
                                "Ungdomsuddannelse",
                                "Børnefattigdom",
                                "Sundhed",
                                "Oplevet tryghed",
                                "Domme")));
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        JsonNode view = admin.get("/api/policies/" + policy).json();
        assertThat(view.get("criteria")).hasSize(8);
        assertThat(view.get("criteriaVersions")).hasSize(2);
        assertThat(view.get("criteriaVersions").get(0).get("criteria")).hasSize(7);
        assertThat(view.get("criteriaVersions").get(1).get("label").asText()).isEqualTo("Endelig");
        assertThat(view.get("objectives").get(0).asText()).isEqualTo("Flere livschancer");
    }

    private static String policy(Api admin) {
        return policy(admin, "2011-01-01", "2020-12-31");
    }

    /** Adopts a policy for the period given, with one criterion; answers its id. */
    private static String policy(Api admin, String periodFrom, String periodTo) {
        String id = "policy-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response adopted = admin.post(
                "/api/policies",
                with(
                        Bodies.policy(id, "Politik for udsatte byområder", periodFrom),
                        "periodTo",
                        periodTo,
                        "criteria",
                        List.of("Små boliger")));
        assertThat(adopted.status()).as(adopted.toString()).isEqualTo(201);
        return id;
    }
}
