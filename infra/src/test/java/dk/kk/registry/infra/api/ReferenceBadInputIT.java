package dk.kk.registry.infra.api;

import static dk.kk.registry.infra.api.InterventionBadInputIT.expect;
import static dk.kk.registry.infra.api.InterventionBadInputIT.invalid;
import static dk.kk.registry.infra.api.InterventionBadInputIT.refused;
import static dk.kk.registry.infra.api.Problems.assertField;
import static dk.kk.registry.infra.api.Problems.assertMentions;
import static dk.kk.registry.infra.api.Problems.assertProblem;
import static dk.kk.registry.infra.api.Problems.json;
import static dk.kk.registry.infra.api.Problems.repeat;
import static dk.kk.registry.infra.support.Bodies.ABSENT;
import static dk.kk.registry.infra.support.Bodies.body;
import static dk.kk.registry.infra.support.Bodies.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.registry.infra.api.InterventionBadInputIT.Bad;
import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.RegistryIT;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every kind of bad input to the reference data endpoints (areas, organisations, policies, indicators, goals) is
 * refused with a problem answer, and a refused registration records nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferenceBadInputIT extends RegistryIT {

    static final String[] AREA_KINDS = {"MUNICIPAL_DESIGNATED", "STATE_LISTED", "COMPARISON"};
    static final String[] ORGANISATION_KINDS = {
        "ADMINISTRATION",
        "POLICE",
        "SSP",
        "HOUSING_ASSOCIATION",
        "NATIONAL_BUILDING_FUND",
        "REGION",
        "STATE",
        "LOCAL_COMMITTEE",
        "HEALTH_PROVIDER",
        "CIVIL_SOCIETY",
        "COMPANY",
        "RESEARCH",
        "OTHER"
    };
    static final String[] UNITS = {"PERCENT", "COUNT", "RATE_PER_1000", "YEARS", "INDEX", "DKK"};
    static final String[] DIRECTIONS = {"LOWER_IS_BETTER", "HIGHER_IS_BETTER"};
    static final String[] TARGET_TYPES = {"RELATIVE_CHANGE", "ABSOLUTE_LEVEL", "PARITY_WITH_COMPARISON", "GAP_REDUCTION"
    };

    private static final String AREAS = "/api/areas";
    private static final String ORGANISATIONS = "/api/organisations";
    private static final String POLICIES = "/api/policies";
    private static final String INDICATORS = "/api/indicators";
    private static final String GOALS = "/api/goals";

    /** A policy that exists, so that a goal can be refused for its other references. */
    private String policy;

    @BeforeAll
    void aPolicy() {
        policy = "politik-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response adopted = api().as("admin").post(POLICIES, policy(policy));
        assertThat(adopted.status()).as(adopted.toString()).isEqualTo(201);
    }

    static Map<String, Object> area() {
        return body(
                "id",
                "sydhavn-" + UUID.randomUUID().toString().substring(0, 8),
                "name",
                "Sydhavnen",
                "kind",
                "MUNICIPAL_DESIGNATED");
    }

    static Map<String, Object> organisation() {
        return body("name", "Boligselskabet Sjælland", "kind", "HOUSING_ASSOCIATION");
    }

    static Map<String, Object> policy(String id) {
        return body(
                "id",
                id,
                "title",
                "Udsatte byområder 2021-2025",
                "periodFrom",
                "2021-01-01",
                "periodTo",
                "2025-12-31",
                "criteria",
                List.of("beskæftigelse", "uddannelse"));
    }

    static Map<String, Object> indicator() {
        return body(
                "id",
                "ledighed-" + UUID.randomUUID().toString().substring(0, 8),
                "name",
                "Ledighed",
                "unit",
                "PERCENT",
                "direction",
                "LOWER_IS_BETTER",
                "source",
                "Danmarks Statistik");
    }

    static Map<String, Object> goal(String policy) {
        return body(
                "title",
                "Halver ledigheden",
                "policy",
                policy,
                "ownerAdministration",
                "BIF",
                "indicator",
                "ledighed",
                "baseline",
                Map.of("year", 2019, "areaValue", "12.5", "comparisonValue", "6.0"),
                "target",
                Map.of("type", "GAP_REDUCTION", "value", "0.5"),
                "deadlineYear",
                2025);
    }

    Stream<Bad> badRegistrations() {
        String unknownPolicy = "no-such-policy-" + UUID.randomUUID().toString().substring(0, 8);
        String unknownIndicator =
                "no-such-indicator-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> goal = goal(policy);
        return Stream.of(
                // areas
                invalid("area: malformed JSON", AREAS, "{\"id\": \"sydhavn\", \"name\": ", null),
                invalid("area: name is a list", AREAS, with(area(), "name", List.of("Sydhavnen")), "name"),
                invalid("area: kind is an object", AREAS, with(area(), "kind", Map.of("code", "COMPARISON")), "kind"),
                invalid("area: unknown field", AREAS, with(area(), "designation", "STATE_VULNERABLE"), "designation"),
                invalid("area: invalid kind", AREAS, with(area(), "kind", "CITY"), "kind", AREA_KINDS),
                invalid("area: missing id", AREAS, with(area(), "id", ABSENT), "id"),
                invalid("area: missing name", AREAS, with(area(), "name", ABSENT), "name"),
                invalid("area: missing kind", AREAS, with(area(), "kind", ABSENT), "kind"),
                invalid("area: id over 64", AREAS, with(area(), "id", "a" + "-b".repeat(40)), "id"),
                invalid("area: name over 200", AREAS, with(area(), "name", repeat(201)), "name"),
                refused("area: id not a slug", AREAS, with(area(), "id", "Nørrebro Park"), "IdsAreSlugs", "id"),
                new Bad(
                        "area: an id already used",
                        AREAS,
                        json(with(area(), "id", "copenhagen")),
                        409,
                        null,
                        null,
                        "copenhagen"),
                new Bad(
                        "area: an id used by a policy",
                        AREAS,
                        json(with(area(), "id", policy)),
                        409,
                        null,
                        null,
                        policy),
                // organisations
                invalid(
                        "organisation: malformed JSON",
                        ORGANISATIONS,
                        "{\"name\": \"Boligselskabet\" \"kind\": 1}",
                        null),
                invalid("organisation: unknown field id", ORGANISATIONS, with(organisation(), "id", "bs"), "id"),
                invalid(
                        "organisation: invalid kind",
                        ORGANISATIONS,
                        with(organisation(), "kind", "NGO"),
                        "kind",
                        ORGANISATION_KINDS),
                invalid("organisation: missing name", ORGANISATIONS, with(organisation(), "name", ABSENT), "name"),
                invalid(
                        "organisation: name over 200",
                        ORGANISATIONS,
                        with(organisation(), "name", repeat(201)),
                        "name"),
                refused(
                        "organisation: a new administration",
                        ORGANISATIONS,
                        with(organisation(), "kind", "ADMINISTRATION"),
                        "AdministrationsAreFixed",
                        "kind"),
                // policies
                invalid(
                        "policy: invalid date",
                        POLICIES,
                        with(policy("p-" + UUID.randomUUID()), "periodFrom", "2021-02-29"),
                        "periodFrom"),
                invalid("policy: missing title", POLICIES, with(policy("p-x"), "title", ABSENT), "title"),
                invalid(
                        "policy: more than 50 criteria",
                        POLICIES,
                        with(policy("p-x"), "criteria", Collections.nCopies(51, "kriterium")),
                        "criteria"),
                invalid(
                        "policy: a blank criterion",
                        POLICIES,
                        with(policy("p-x"), "criteria", Arrays.asList("beskæftigelse", " ")),
                        "criteria[1]"),
                refused("policy: id not a slug", POLICIES, policy("Politik 2021"), "IdsAreSlugs", "id"),
                refused(
                        "policy: ends before it starts",
                        POLICIES,
                        with(policy("p-" + UUID.randomUUID().toString().substring(0, 8)), "periodTo", "2020-12-31"),
                        "DatesAreConsistent",
                        "periodTo"),
                // indicators
                invalid("indicator: invalid unit", INDICATORS, with(indicator(), "unit", "MILES"), "unit", UNITS),
                invalid(
                        "indicator: invalid direction",
                        INDICATORS,
                        with(indicator(), "direction", "UP"),
                        "direction",
                        DIRECTIONS),
                invalid("indicator: missing source", INDICATORS, with(indicator(), "source", ABSENT), "source"),
                refused(
                        "indicator: id not a slug",
                        INDICATORS,
                        with(indicator(), "id", "Ledighed_%"),
                        "IdsAreSlugs",
                        "id"),
                // goals
                invalid(
                        "goal: invalid target type",
                        GOALS,
                        with(goal, "target", Map.of("type", "DOUBLE", "value", "2")),
                        "target.type",
                        TARGET_TYPES),
                invalid(
                        "goal: baseline year is text",
                        GOALS,
                        with(goal, "baseline", Map.of("year", "sidste år", "areaValue", "1", "comparisonValue", "2")),
                        "baseline.year"),
                invalid("goal: missing baseline", GOALS, with(goal, "baseline", ABSENT), "baseline"),
                invalid("goal: title over 300", GOALS, with(goal, "title", repeat(301)), "title"),
                refused(
                        "goal: unknown policy",
                        GOALS,
                        with(goal, "policy", unknownPolicy),
                        "ReferencesMustExist",
                        "policy",
                        unknownPolicy),
                refused(
                        "goal: unknown administration",
                        GOALS,
                        with(goal, "ownerAdministration", "XYZ"),
                        "ReferencesMustExist",
                        "ownerAdministration",
                        "XYZ"),
                refused(
                        "goal: unknown indicator",
                        GOALS,
                        with(goal, "indicator", unknownIndicator),
                        "ReferencesMustExist",
                        "indicator",
                        unknownIndicator));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRegistrations")
    void aBadRegistrationIsRefusedAndRecordsNothing(Bad bad) {
        long events = events();

        Api.Response response = writer(bad.path()).post(bad.path(), bad.body());

        expect(response, bad);
        assertThat(events()).as("events recorded after " + bad.name()).isEqualTo(events);
    }

    @ParameterizedTest(name = "POST {0}")
    @ValueSource(strings = {AREAS, ORGANISATIONS, GOALS})
    void aWrongContentTypeIs415AndABodyOverOneMebibyteIs413(String path) {
        long events = events();
        Map<String, Object> body =
                switch (path) {
                    case AREAS -> area();
                    case ORGANISATIONS -> organisation();
                    case POLICIES -> policy("p-" + UUID.randomUUID().toString().substring(0, 8));
                    case INDICATORS -> indicator();
                    default -> goal(policy);
                };
        byte[] valid = json(body).getBytes(StandardCharsets.UTF_8);
        byte[] tooLarge = json(with(body, "reason", repeat(1024 * 1024))).getBytes(StandardCharsets.UTF_8);

        assertProblem(writer(path).postRaw(path, "text/plain", valid), 415);
        assertProblem(writer(path).postRaw(path, "application/xml", valid), 415);
        assertProblem(writer(path).postRaw(path, "application/json", tooLarge), 413);

        assertThat(events()).isEqualTo(events);
    }

    static Stream<Bad> badReads() {
        String unknown = "no-such-thing-" + UUID.randomUUID().toString().substring(0, 8);
        return Stream.of(
                new Bad("unknown area", AREAS + "/" + unknown, null, 404, null, null, unknown),
                new Bad("unknown organisation", ORGANISATIONS + "/" + unknown, null, 404, null, null, unknown),
                new Bad("unknown goal", GOALS + "/" + unknown, null, 404, null, null, unknown),
                new Bad("areas page=-1", AREAS + "?page=-1", null, 400, null, "page"),
                new Bad("organisations size=501", ORGANISATIONS + "?size=501", null, 400, null, "size"),
                new Bad("areas asOf=yesterday", AREAS + "?asOf=yesterday", null, 400, null, "asOf"),
                new Bad("administrations asOf=now", "/api/administrations?asOf=now", null, 400, null, "asOf"),
                new Bad("one area asOf=bad", AREAS + "/copenhagen?asOf=bad", null, 400, null, "asOf"),
                new Bad("areas kind=CITY", AREAS + "?kind=CITY", null, 400, null, "kind", AREA_KINDS),
                new Bad(
                        "organisations kind=NGO",
                        ORGANISATIONS + "?kind=NGO",
                        null,
                        400,
                        null,
                        "kind",
                        ORGANISATION_KINDS));
    }

    @ParameterizedTest(name = "GET {0}")
    @MethodSource("badReads")
    void aBadReadIsAProblem(Bad bad) {
        expect(api().as("auditor").get(bad.path()), bad);
    }

    @Test
    void aNumberWhereANameIsExpectedIsTheWrongType() {
        long events = events();
        assertField(assertProblem(api().as("admin").post(AREAS, with(area(), "name", 42)), 400), "name");
        assertField(
                assertProblem(api().as("admin").post(ORGANISATIONS, with(organisation(), "name", false)), 400), "name");
        assertThat(events()).isEqualTo(events);
    }

    @Test
    void aDesignationIsRecordedAndItsBadInputRefused() {
        String area = fixtures().area("designeret");
        Map<String, Object> designation = body(
                "list",
                "STATE_PARALLEL_SOCIETY",
                "policy",
                policy,
                "effectiveFrom",
                "2021-12-01",
                "criteria",
                List.of("beskæftigelse"));
        long events = events();

        JsonNode invalid = assertProblem(
                api().as("admin").post(AREAS + "/" + area + "/designations", with(designation, "list", "GHETTO")), 400);
        assertMentions(
                invalid,
                "MUNICIPAL_VULNERABLE",
                "STATE_VULNERABLE",
                "STATE_PARALLEL_SOCIETY",
                "STATE_TRANSFORMATION",
                "STATE_PREVENTION");
        assertProblem(api().as("admin").post(AREAS + "/no-such-area-x/designations", designation), 404);
        assertThat(events()).isEqualTo(events);

        Api.Response designated = api().as("admin").post(AREAS + "/" + area + "/designations", designation);
        assertThat(designated.status()).as(designated.toString()).isEqualTo(201);
    }

    private Api writer(String path) {
        return api().as(path.startsWith(GOALS) ? "evaluator" : "admin");
    }

    private long events() {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
    }
}
