package dk.kk.registry.infra.api;

import static dk.kk.registry.infra.api.Problems.assertField;
import static dk.kk.registry.infra.api.Problems.assertMentions;
import static dk.kk.registry.infra.api.Problems.assertProblem;
import static dk.kk.registry.infra.api.Problems.json;
import static dk.kk.registry.infra.api.Problems.money;
import static dk.kk.registry.infra.api.Problems.repeat;
import static dk.kk.registry.infra.support.Bodies.ABSENT;
import static dk.kk.registry.infra.support.Bodies.body;
import static dk.kk.registry.infra.support.Bodies.evaluation;
import static dk.kk.registry.infra.support.Bodies.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.Eventually;
import dk.kk.registry.infra.support.RegistryIT;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
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
 * Every kind of bad input to the intervention endpoints is refused with a problem answer (400, 404, 409, 413, 415,
 * 422 as API.md says), never a 500 or a stack trace, and a refused write records nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InterventionBadInputIT extends RegistryIT {

    static final String[] KINDS = {"CORE_OPERATIONS", "INDIVIDUAL", "AREA_BASED"};
    static final String[] CATEGORIES = {
        "SAFETY_PARTNERSHIP",
        "AREA_RENEWAL",
        "HOUSING_SOCIAL_PLAN",
        "EMPLOYMENT_SCHEME",
        "EDUCATION_GUIDANCE",
        "STREET_OUTREACH",
        "HEALTH",
        "CULTURE_LEISURE",
        "CHILDREN_FAMILIES",
        "CRIME_PREVENTION",
        "HOUSING_ALLOCATION",
        "LANGUAGE",
        "OTHER"
    };
    static final String[] TARGET_GROUPS = {
        "INFANTS", "CHILDREN", "YOUTH", "YOUNG_ADULTS", "ADULTS", "FAMILIES", "SENIORS", "ALL_RESIDENTS"
    };
    static final String[] SOURCE_KINDS = {
        "MUNICIPAL_BASE_BUDGET",
        "MUNICIPAL_POOL",
        "STATE_POOL",
        "NATIONAL_BUILDING_FUND",
        "HOUSING_ASSOCIATION",
        "REGION",
        "EU",
        "FOUNDATION",
        "PRIVATE"
    };
    static final String[] STAGES = {"PROBLEM", "PROPOSED", "ACTIVE", "UNDER_EVALUATION"};
    static final String[] ROLES = {"LEAD", "CO_LEAD", "FUNDER", "OPERATOR", "ADVISORY", "PARTICIPANT"};
    static final String[] METHODS = {"RCT", "QUASI_EXPERIMENTAL", "BEFORE_AFTER", "QUALITATIVE", "MONITORING"};
    static final String[] RESULTS = {"POSITIVE", "NO_EFFECT", "NEGATIVE", "MIXED", "INCONCLUSIVE"};
    static final String[] DECISIONS = {"EMBED_IN_CORE_OPERATIONS", "SCALE", "TERMINATE"};

    private static final String REGISTER = "/api/interventions";
    private static final String ONE = "/api/interventions/{id}";

    private String id;
    private String fundingId;

    /** A bad request: what it sends, and the answer expected (status, rule for 422, the field, words in the text). */
    record Bad(String name, String path, String body, int status, String rule, String field, String... mentions) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Bad invalid(String name, String path, Object body, String field, String... mentions) {
        return new Bad(name, path, text(body), 400, null, field, mentions);
    }

    static Bad refused(String name, String path, Object body, String rule, String field, String... mentions) {
        return new Bad(name, path, text(body), 422, rule, field, mentions);
    }

    private static String text(Object body) {
        return body instanceof String string ? string : json(body);
    }

    @BeforeAll
    void anInterventionWithAFundingLine() {
        Api.Response registered = pm().post(REGISTER, registration());
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        id = registered.json().get("id").asText();
        Api.Response funded = pm().post(path(ONE + "/funding"), funding());
        assertThat(funded.status()).as(funded.toString()).isEqualTo(201);
        fundingId = funded.json().get("fundingId").asText();
    }

    // ---- registration ------------------------------------------------------------------------------------------

    static Map<String, Object> registration() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Tryghedsvandringer i Sydhavnen");
        body.put("description", "Beboere og politi går sammen om aftenen");
        body.put("kind", "AREA_BASED");
        body.put("category", "SAFETY_PARTNERSHIP");
        body.put("leadAdministration", "TMF");
        body.put("areas", List.of("copenhagen"));
        body.put("targetGroups", List.of("YOUTH"));
        body.put("plannedStart", "2019-01-01");
        body.put("plannedEnd", "2023-12-31");
        return body;
    }

    static Map<String, Object> reg(Object... keysAndValues) {
        return with(registration(), keysAndValues);
    }

    static Stream<Bad> badRegistrations() {
        String unknownArea = "no-such-area-" + UUID.randomUUID().toString().substring(0, 8);
        String unknownGoal = "no-such-goal-" + UUID.randomUUID().toString().substring(0, 8);
        String unknownParent = UUID.randomUUID().toString();
        return Stream.of(
                // malformed JSON
                invalid("malformed JSON: cut off", REGISTER, "{\"title\": \"Tryghed", null),
                invalid("malformed JSON: single quotes", REGISTER, "{'title': 'Tryghed'}", null),
                invalid("malformed JSON: empty body", REGISTER, "", "body"),
                invalid("wrong JSON type: the body is an array", REGISTER, "[" + json(registration()) + "]", "body"),
                // wrong JSON types
                invalid("wrong JSON type: areas is a string", REGISTER, reg("areas", "copenhagen"), "areas"),
                invalid("wrong JSON type: title is a list", REGISTER, reg("title", List.of("Tryghed")), "title"),
                invalid(
                        "wrong JSON type: targetGroups is a single value",
                        REGISTER,
                        reg("targetGroups", "YOUTH"),
                        "targetGroups"),
                invalid(
                        "wrong JSON type: kind is an object",
                        REGISTER,
                        reg("kind", Map.of("code", "AREA_BASED")),
                        "kind"),
                // unknown fields
                invalid("unknown field", REGISTER, reg("budget", "1000000.00"), "budget", "budget"),
                invalid(
                        "unknown field: a known name in the wrong case",
                        REGISTER,
                        reg("Title", "Tryghed"),
                        "Title",
                        "Title"),
                // invalid enumeration values
                invalid("invalid enum: category", REGISTER, reg("category", "SAFETY"), "category", CATEGORIES),
                invalid("invalid enum: kind in lower case", REGISTER, reg("kind", "area_based"), "kind", KINDS),
                invalid(
                        "invalid enum: a target group",
                        REGISTER,
                        reg("targetGroups", List.of("TEENAGERS")),
                        "targetGroups[0]",
                        TARGET_GROUPS),
                // invalid dates
                invalid(
                        "invalid date: month 13",
                        REGISTER,
                        reg("plannedStart", "2019-13-01"),
                        "plannedStart",
                        "no such day or month"),
                invalid(
                        "invalid date: an interval ending before it starts",
                        REGISTER,
                        reg("plannedStart", "2014/2011"),
                        "plannedStart"),
                invalid("invalid date: year 0", REGISTER, reg("plannedStart", "0000"), "plannedStart"),
                invalid("invalid date: 30 February", REGISTER, reg("plannedStart", "2019-02-30"), "plannedStart"),
                // missing required fields
                invalid("missing: title", REGISTER, reg("title", ABSENT), "title"),
                invalid("missing: kind", REGISTER, reg("kind", ABSENT), "kind"),
                invalid("missing: category", REGISTER, reg("category", ABSENT), "category"),
                invalid(
                        "missing: leadAdministration",
                        REGISTER,
                        reg("leadAdministration", ABSENT),
                        "leadAdministration"),
                invalid("missing: areas", REGISTER, reg("areas", ABSENT), "areas"),
                invalid("missing: no areas", REGISTER, reg("areas", List.of()), "areas"),
                // strings over their length limit
                invalid("too long: title over 200", REGISTER, reg("title", repeat(201)), "title"),
                invalid(
                        "too long: description over 10 000",
                        REGISTER,
                        reg("description", repeat(10_001)),
                        "description"),
                invalid(
                        "too long: caseReference over 100",
                        REGISTER,
                        reg("caseReference", repeat(101)),
                        "caseReference"),
                invalid("too long: an area id over 64", REGISTER, reg("areas", List.of(repeat(65))), "areas[0]"),
                // unknown references
                refused(
                        "unknown area",
                        REGISTER,
                        reg("areas", List.of("copenhagen", unknownArea)),
                        "ReferencesMustExist",
                        "areas[1]",
                        unknownArea),
                refused(
                        "unknown lead administration",
                        REGISTER,
                        reg("leadAdministration", "XYZ"),
                        "ReferencesMustExist",
                        "leadAdministration",
                        "XYZ"),
                refused(
                        "unknown goal",
                        REGISTER,
                        reg("goals", List.of(unknownGoal)),
                        "ReferencesMustExist",
                        "goals[0]",
                        unknownGoal),
                // business rules
                refused(
                        "rule: planned end before planned start",
                        REGISTER,
                        reg("plannedStart", "2020-01-01", "plannedEnd", "2019-12-31"),
                        "DatesAreConsistent",
                        "plannedEnd"),
                refused(
                        "rule: the same area twice",
                        REGISTER,
                        reg("areas", List.of("copenhagen", "copenhagen")),
                        "NoDuplicates",
                        "areas"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRegistrations")
    void aBadRegistrationIsRefusedAndRecordsNothing(Bad bad) {
        long events = events();

        Api.Response response = pm().post(bad.path(), bad.body());

        expect(response, bad);
        assertThat(events()).as("events recorded after " + bad.name()).isEqualTo(events);
    }

    // ---- commands on an intervention ---------------------------------------------------------------------------

    static Map<String, Object> funding() {
        return body(
                "source",
                "TMF",
                "sourceKind",
                "MUNICIPAL_BASE_BUDGET",
                "amount",
                money("1000.00", "DKK"),
                "years",
                List.of(2020, 2021),
                "decisionReference",
                "BR 2019-17");
    }

    static Stream<Bad> badChanges() {
        String funding = ONE + "/funding";
        String adjust = ONE + "/funding/{fundingId}/adjustments";
        String withdraw = ONE + "/funding/{fundingId}/withdrawal";
        String spend = ONE + "/expenditures";
        String stage = ONE + "/stage";
        String extend = ONE + "/extension";
        String areas = ONE + "/areas";
        String partners = ONE + "/partners";
        String evaluate = ONE + "/evaluations";
        String decide = ONE + "/decisions";
        String details = ONE + "/details";
        String correct = ONE + "/corrections";
        Map<String, Object> fund = funding();
        Map<String, Object> adjustment = body("amount", money("900.00", "DKK"), "reason", "budgetforlig");
        Map<String, Object> expenditure = body("year", 2020, "amount", money("10.00", "DKK"));
        Map<String, Object> stageChange = body("stage", "ACTIVE", "effectiveFrom", "2020-01-01");
        Map<String, Object> extension = body("plannedEnd", "2025-12-31", "reason", "forsinket opstart");
        Map<String, Object> area = body("areaId", "rest-of-copenhagen", "effectiveFrom", "2020-01-01");
        Map<String, Object> removal = body("effectiveTo", "2020-12-31", "reason", "flyttet");
        Map<String, Object> partner =
                body("organisationId", "SOF", "role", "PARTICIPANT", "effectiveFrom", "2020-01-01");
        Map<String, Object> departure = body("effectiveTo", "2021-01-01", "reason", "trak sig");
        Map<String, Object> evaluation = evaluation("2019-01-01", "2020-12-31", "BEFORE_AFTER", "KFF", "MIXED");
        Map<String, Object> decision =
                body("decision", "TERMINATE", "effectiveFrom", "2024-01-01", "reason", "politisk beslutning");
        String unknownOrganisation =
                "no-such-organisation-" + UUID.randomUUID().toString().substring(0, 8);
        String unknownArea = "no-such-area-" + UUID.randomUUID().toString().substring(0, 8);
        return Stream.of(
                // malformed JSON and wrong types
                invalid("malformed JSON", stage, "{\"stage\": \"ACTIVE\",", "body"),
                invalid("wrong JSON type: years is a string", funding, with(fund, "years", "2020-2021"), "years"),
                invalid(
                        "wrong JSON type: a year given as text, even a number in quotes",
                        funding,
                        with(fund, "years", List.of("2020", "next year")),
                        "years[0]"),
                invalid(
                        "wrong JSON type: money is a plain string",
                        spend,
                        with(expenditure, "amount", "10.00"),
                        "amount"),
                invalid(
                        "wrong JSON type: the amount is not a decimal",
                        funding,
                        with(fund, "amount", money("ti tusind", "DKK")),
                        "amount.amount"),
                // unknown fields
                invalid("unknown field in funding", funding, with(fund, "currency", "DKK"), "currency"),
                invalid(
                        "unknown field inside money",
                        funding,
                        with(fund, "amount", Map.of("amount", "1.00", "currency", "DKK", "vat", "0.25")),
                        "amount.vat"),
                invalid("unknown field: kind cannot be revised", details, body("kind", "INDIVIDUAL"), "kind"),
                // invalid enumeration values
                invalid(
                        "invalid enum: sourceKind",
                        funding,
                        with(fund, "sourceKind", "STATE"),
                        "sourceKind",
                        SOURCE_KINDS),
                invalid("invalid enum: stage", stage, with(stageChange, "stage", "DONE"), "stage", STAGES),
                invalid("invalid enum: partner role", partners, with(partner, "role", "SPONSOR"), "role", ROLES),
                invalid(
                        "invalid enum: evaluation method",
                        evaluate,
                        with(evaluation, "method", "GUESS"),
                        "method",
                        METHODS),
                invalid(
                        "invalid enum: decision",
                        decide,
                        with(decision, "decision", "CONTINUE"),
                        "decision",
                        DECISIONS),
                // invalid dates
                invalid(
                        "invalid date: stage effectiveFrom",
                        stage,
                        with(stageChange, "effectiveFrom", "2020-02-30"),
                        "effectiveFrom"),
                invalid(
                        "invalid date: evaluation periodTo",
                        evaluate,
                        with(evaluation, "periodTo", "2020-13"),
                        "periodTo"),
                // missing required fields
                invalid("missing: funding amount", funding, with(fund, "amount", ABSENT), "amount"),
                invalid(
                        "missing: the amount inside money",
                        funding,
                        with(fund, "amount", Map.of("currency", "DKK")),
                        "amount"),
                invalid(
                        "missing: a year given as null",
                        funding,
                        with(fund, "years", Arrays.asList(2020, null)),
                        "years[1]"),
                invalid(
                        "missing: stage effectiveFrom",
                        stage,
                        with(stageChange, "effectiveFrom", ABSENT),
                        "effectiveFrom"),
                invalid("missing: reason of an extension", extend, with(extension, "reason", ABSENT), "reason"),
                invalid(
                        "missing: reason of an area removal",
                        ONE + "/areas/copenhagen/removal",
                        with(removal, "reason", "  "),
                        "reason"),
                invalid("missing: reason of a decision", decide, with(decision, "reason", ABSENT), "reason"),
                // strings over their length limit
                invalid("too long: title of a revision", details, body("title", repeat(201)), "title"),
                invalid(
                        "too long: evaluation summary",
                        evaluate,
                        with(evaluation, "summary", repeat(10_001)),
                        "summary"),
                invalid("too long: reason", stage, with(stageChange, "reason", repeat(2_001)), "reason"),
                // money
                refused(
                        "money: negative funding",
                        funding,
                        with(fund, "amount", money("-1000.00", "DKK")),
                        "AmountsAreNotNegative",
                        "amount"),
                refused(
                        "money: negative adjustment",
                        adjust,
                        with(adjustment, "amount", money("-0.01", "DKK")),
                        "AmountsAreNotNegative",
                        "amount"),
                invalid(
                        "money: three decimals",
                        funding,
                        with(fund, "amount", money("1000.005", "DKK")),
                        "amount",
                        "1000.005"),
                invalid("money: euro", funding, with(fund, "amount", money("1000.00", "EUR")), "amount", "DKK"),
                invalid(
                        "money: out of range",
                        funding,
                        with(fund, "amount", money("1000000000000.00", "DKK")),
                        "amount"),
                // years
                invalid("years: only one", funding, with(fund, "years", List.of(2020)), "years"),
                invalid("years: three", funding, with(fund, "years", List.of(2020, 2021, 2022)), "years"),
                refused(
                        "years: the end before the start",
                        funding,
                        with(fund, "years", List.of(2021, 2020)),
                        "DatesAreConsistent",
                        "years"),
                refused(
                        "years: out of range",
                        funding,
                        with(fund, "years", List.of(1900, 1901)),
                        "YearsInRange",
                        "years[0]"),
                // unknown references
                refused(
                        "unknown organisation as funding source",
                        funding,
                        with(fund, "source", unknownOrganisation),
                        "ReferencesMustExist",
                        "source",
                        unknownOrganisation),
                refused(
                        "unknown organisation as evaluator",
                        evaluate,
                        with(evaluation, "evaluator", unknownOrganisation),
                        "ReferencesMustExist",
                        "evaluator",
                        unknownOrganisation),
                refused(
                        "unknown area added",
                        areas,
                        with(area, "areaId", unknownArea),
                        "ReferencesMustExist",
                        "areaId",
                        unknownArea),
                refused(
                        "unknown funding line",
                        ONE + "/funding/no-such-line/adjustments",
                        adjustment,
                        "FundingMustExist",
                        "fundingId",
                        "no-such-line"),
                refused(
                        "unknown event to correct",
                        correct,
                        body("eventId", "no-such-event", "title", "Ny", "reason", "stavefejl"),
                        "CorrectionsNameAnEvent",
                        "eventId",
                        "no-such-event"),
                // business rules
                refused(
                        "rule: embedding without an evaluation",
                        decide,
                        with(decision, "decision", "EMBED_IN_CORE_OPERATIONS", "administration", "TMF"),
                        "EmbeddingRequiresEvaluation",
                        "decision"),
                refused(
                        "rule: scaling without an evaluation",
                        decide,
                        with(decision, "decision", "SCALE", "areas", List.of("rest-of-copenhagen")),
                        "ScalingRequiresEvaluation",
                        "decision"),
                refused(
                        "rule: a stage that only a decision sets",
                        stage,
                        with(stageChange, "stage", "EMBEDDED"),
                        "StagesFromDecisions",
                        "stage"),
                refused(
                        "rule: an extension that moves the end earlier",
                        extend,
                        with(extension, "plannedEnd", "2022-01-01"),
                        "ExtensionsMoveTheEndLater",
                        "plannedEnd"),
                refused(
                        "rule: removing an area it does not run in",
                        ONE + "/areas/rest-of-copenhagen/removal",
                        removal,
                        "RemoveOnlyCurrentAreas",
                        "areaId"),
                refused(
                        "rule: removing the last area",
                        ONE + "/areas/copenhagen/removal",
                        removal,
                        "AtLeastOneArea",
                        "areaId"),
                refused(
                        "rule: an evaluation starting before the intervention",
                        evaluate,
                        with(evaluation, "periodFrom", "2018-06-01"),
                        "EvaluationInsideIntervention",
                        "periodFrom"),
                refused("rule: a revision that changes nothing", details, "{}", "RevisionsChangeSomething", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badChanges")
    void aBadCommandIsRefusedAndRecordsNothing(Bad bad) {
        long events = events();
        Recorded before = stored();

        Api.Response response = pm().post(path(bad.path()), bad.body());

        expect(response, bad);
        assertThat(stored()).as("the intervention's events after " + bad.name()).isEqualTo(before);
        assertThat(events()).as("events recorded after " + bad.name()).isEqualTo(events);
    }

    @Test
    void aValueForAFieldTheNamedEventDidNotRecordIsRefusedAndRecordsNothing() {
        Eventually.within(
                Duration.ofSeconds(20), "the registration in the history", () -> registrationEventId() != null);
        Bad bad = refused(
                "an amount on a registration",
                ONE + "/corrections",
                body("eventId", registrationEventId(), "amount", money("100.00", "DKK"), "reason", "rettet"),
                "CorrectableFields",
                "values.amount",
                "InterventionRegisteredEvent",
                "caseReference, description, plannedEnd, plannedStart, title");
        long events = events();
        Recorded before = stored();

        expect(pm().post(path(bad.path()), bad.body()), bad);
        assertThat(stored()).isEqualTo(before);
        assertThat(events()).isEqualTo(events);
    }

    private String registrationEventId() {
        for (JsonNode item : pm().get(path(ONE + "/history")).json().path("items")) {
            if (item.get("type").asText().equals("InterventionRegisteredEvent")) {
                return item.get("eventId").asText();
            }
        }
        return null;
    }

    // ---- If-Match ----------------------------------------------------------------------------------------------

    @Test
    void anOldVersionInIfMatchIsAConflictAndGarbageIsBadInput() {
        Recorded before = recorded();
        assertThat(before.version()).isGreaterThanOrEqualTo(1);
        Map<String, Object> revision = body("description", "Ny beskrivelse med æøå");

        JsonNode conflict = assertProblem(pm().header("If-Match", "\"0\"").post(path(ONE + "/details"), revision), 409);
        assertThat(conflict.path("currentVersion").asLong()).isEqualTo(before.version());
        assertProblem(
                pm().header("If-Match", "W/\"0\"")
                        .post(path(ONE + "/stage"), body("stage", "ACTIVE", "effectiveFrom", "2020-01-01")),
                409);
        assertThat(stored()).isEqualTo(before);
        for (String garbage : List.of("garbage", "\"v1\"", "\"-1\"", "\"99999999999999999999\"")) {
            JsonNode invalid =
                    assertProblem(pm().header("If-Match", garbage).post(path(ONE + "/details"), revision), 400);
            assertField(invalid, "If-Match");
        }
        assertThat(recorded()).isEqualTo(before);

        Api.Response current =
                pm().header("If-Match", "\"" + before.version() + "\"").post(path(ONE + "/details"), revision);
        assertThat(current.status()).as(current.toString()).isEqualTo(200);
        assertThat(current.header("ETag")).isEqualTo("\"" + (before.version() + 1) + "\"");
    }

    // ---- unknown interventions ---------------------------------------------------------------------------------

    static Stream<Bad> commandsOnAnUnknownIntervention() {
        String unknown = "/api/interventions/" + UUID.randomUUID();
        return Stream.of(
                new Bad("revise details", unknown + "/details", json(body("title", "Ny")), 404, null, null),
                new Bad(
                        "change stage",
                        unknown + "/stage",
                        json(body("stage", "ACTIVE", "effectiveFrom", "2020-01-01")),
                        404,
                        null,
                        null),
                new Bad("grant funding", unknown + "/funding", json(funding()), 404, null, null),
                new Bad(
                        "add a partner",
                        unknown + "/partners",
                        json(body("organisationId", "SOF", "role", "FUNDER", "effectiveFrom", "2020-01-01")),
                        404,
                        null,
                        null),
                new Bad(
                        "decide",
                        unknown + "/decisions",
                        json(body("decision", "TERMINATE", "effectiveFrom", "2024-01-01", "reason", "slut")),
                        404,
                        null,
                        null),
                new Bad(
                        "correct an event",
                        unknown + "/corrections",
                        json(body("eventId", "x", "title", "Ny", "reason", "stavefejl")),
                        404,
                        null,
                        null),
                new Bad(
                        "extend with If-Match",
                        unknown + "/extension",
                        json(body("plannedEnd", "2030-01-01", "reason", "forlænget")),
                        404,
                        null,
                        null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commandsOnAnUnknownIntervention")
    void aCommandOnAnUnknownInterventionIsNotFoundAndRecordsNothing(Bad bad) {
        long events = events();

        Api.Response response = bad.name().contains("If-Match")
                ? pm().header("If-Match", "\"3\"").post(bad.path(), bad.body())
                : pm().post(bad.path(), bad.body());

        assertProblem(response, 404);
        assertThat(events()).isEqualTo(events);
    }

    @ParameterizedTest(name = "GET {0}")
    @ValueSource(strings = {"", "/history", "?asOf=2024-06-01T12:00:00Z"})
    void anUnknownInterventionIsNotFound(String suffix) {
        String unknown = UUID.randomUUID().toString();
        JsonNode problem = assertProblem(pm().get("/api/interventions/" + unknown + suffix), 404);
        assertMentions(problem, unknown);
    }

    // ---- query parameters --------------------------------------------------------------------------------------

    static Stream<Bad> badQueries() {
        return Stream.of(
                new Bad("page=-1", "/api/interventions?page=-1", null, 400, null, "page"),
                new Bad("size=501", "/api/interventions?size=501", null, 400, null, "size", "500"),
                new Bad("size=0", "/api/interventions?size=0", null, 400, null, "size"),
                new Bad("asOf=yesterday", "/api/interventions?asOf=yesterday", null, 400, null, "asOf"),
                new Bad("asOf a date, not an instant", "/api/interventions?asOf=2024-06-01", null, 400, null, "asOf"),
                new Bad("asOf on one intervention", ONE + "?asOf=1st%20of%20May", null, 400, null, "asOf"),
                new Bad(
                        "category=SAFETY",
                        "/api/interventions?category=SAFETY",
                        null,
                        400,
                        null,
                        "category",
                        CATEGORIES),
                new Bad("stage=DONE", "/api/interventions?stage=DONE", null, 400, null, "stage", STAGES),
                new Bad(
                        "activeFrom=2020-02-30",
                        "/api/interventions?activeFrom=2020-02-30",
                        null,
                        400,
                        null,
                        "activeFrom"),
                new Bad("q over 200 characters", "/api/interventions?q=" + repeat(201), null, 400, null, "q"));
    }

    @ParameterizedTest(name = "GET {0}")
    @MethodSource("badQueries")
    void aBadQueryParameterIsBadInput(Bad bad) {
        expect(pm().get(path(bad.path())), bad);
    }

    // ---- media type and size -----------------------------------------------------------------------------------

    @Test
    void aWrongContentTypeIs415AndRecordsNothing() {
        long events = events();
        Recorded before = recorded();
        byte[] registration = json(registration()).getBytes(StandardCharsets.UTF_8);
        byte[] stage =
                json(body("stage", "ACTIVE", "effectiveFrom", "2020-01-01")).getBytes(StandardCharsets.UTF_8);

        for (String contentType : List.of(
                "text/plain",
                "application/xml",
                "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x")) {
            assertProblem(pm().postRaw(REGISTER, contentType, registration), 415);
            assertProblem(pm().postRaw(path(ONE + "/stage"), contentType, stage), 415);
        }

        assertThat(recorded()).isEqualTo(before);
        assertThat(events()).isEqualTo(events);
    }

    @Test
    void jsonWithACharsetIsNoWrongContentType() {
        Api.Response response = pm().postRaw(
                        path(ONE + "/details"),
                        "application/json; charset=UTF-8",
                        json(body("description", "Opdateret – ærlig talt")).getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    @Test
    void aBodyOverOneMebibyteIs413AndRecordsNothing() throws Exception {
        long events = events();
        Recorded before = recorded();
        byte[] tooLarge = jsonOfSize(1024 * 1024 + 1);

        assertProblem(pm().postRaw(REGISTER, "application/json", tooLarge), 413);
        assertProblem(pm().postRaw(path(ONE + "/details"), "application/json", tooLarge), 413);
        Api.Response chunked = chunked(REGISTER, tooLarge);
        assertProblem(chunked, 413);

        assertThat(recorded()).isEqualTo(before);
        assertThat(events()).isEqualTo(events);
    }

    @Test
    void aBodyOfExactlyOneMebibyteIsReadAndJudgedOnItsContent() {
        long events = events();
        JsonNode problem = assertProblem(pm().postRaw(REGISTER, "application/json", jsonOfSize(1024 * 1024)), 400);
        assertField(problem, "description");
        assertThat(events()).isEqualTo(events);
    }

    /** A registration whose description makes the body exactly this many bytes long. */
    private static byte[] jsonOfSize(int size) {
        String empty = json(with(registration(), "description", ""));
        int cut = empty.indexOf("\"description\":\"\"") + "\"description\":\"".length();
        byte[] head = empty.substring(0, cut).getBytes(StandardCharsets.UTF_8);
        byte[] tail = empty.substring(cut).getBytes(StandardCharsets.UTF_8);
        byte[] body = (empty.substring(0, cut) + repeat(size - head.length - tail.length) + empty.substring(cut))
                .getBytes(StandardCharsets.UTF_8);
        assertThat(body).hasSize(size);
        return body;
    }

    /** Sends the body without Content-Length (chunked), so the limit must hold while reading. */
    private Api.Response chunked(String path, byte[] body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString("pm.tmf:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        HttpResponse<byte[]> response =
                HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        return new Api.Response(response.statusCode(), response.headers().map(), response.body());
    }

    // ---- production bugs found by these tests ------------------------------------------------------------------

    @Test
    void jsonFollowedByGarbageIsMalformed() {
        long events = events();
        assertField(assertProblem(pm().post(REGISTER, json(registration()) + " }{ garbage"), 400), "body");
        assertThat(events()).isEqualTo(events);
    }

    @Test
    void jsonNamingAFieldTwiceIsRefused() {
        long events = events();
        String twice = json(registration()).replaceFirst("\\{", "{\"title\":\"Første titel\",");
        assertProblem(pm().post(REGISTER, twice), 400);
        assertThat(events()).isEqualTo(events);
    }

    @Test
    void aNumberOrBooleanWhereTextIsExpectedIsTheWrongType() {
        long events = events();
        assertField(assertProblem(pm().post(REGISTER, reg("title", 42)), 400), "title");
        assertField(assertProblem(pm().post(REGISTER, reg("title", true)), 400), "title");
        assertField(assertProblem(pm().post(REGISTER, reg("leadAdministration", 7)), 400), "leadAdministration");
        assertThat(events()).isEqualTo(events);
    }

    @Test
    void aNumberOrArrayWhereADateIsExpectedIsTheWrongType() {
        long events = events();
        assertField(assertProblem(pm().post(REGISTER, reg("plannedStart", 18000)), 400), "plannedStart");
        assertField(assertProblem(pm().post(REGISTER, reg("plannedStart", List.of(2019, 1, 1))), 400), "plannedStart");
        Recorded before = recorded();
        assertField(
                assertProblem(pm().post(path(ONE + "/stage"), body("stage", "ACTIVE", "effectiveFrom", 18300)), 400),
                "effectiveFrom");
        assertThat(recorded()).isEqualTo(before);
        assertThat(events()).isEqualTo(events);
    }

    @Test
    void aFractionWhereAWholeNumberIsExpectedIsTheWrongType() {
        Recorded before = recorded();
        assertField(
                assertProblem(
                        pm().post(path(ONE + "/expenditures"), body("year", 2020.7, "amount", money("10.00", "DKK"))),
                        400),
                "year");
        assertThat(recorded()).isEqualTo(before);
    }

    @Test
    void moneyAsAJsonNumberIsTheWrongType() {
        Recorded before = recorded();
        Map<String, Object> asNumber = new LinkedHashMap<>();
        asNumber.put("amount", 10.5);
        asNumber.put("currency", "DKK");
        assertField(
                assertProblem(pm().post(path(ONE + "/expenditures"), body("year", 2020, "amount", asNumber)), 400),
                "amount.amount");
        assertThat(recorded()).isEqualTo(before);
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    /** What an intervention holds: its version and the length of its history. */
    record Recorded(long version, int historyLength) {}

    private Recorded recorded() {
        Api.Response view = pm().get("/api/interventions/" + id);
        assertThat(view.status()).as(view.toString()).isEqualTo(200);
        Api.Response history = pm().get("/api/interventions/" + id + "/history");
        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        return new Recorded(
                view.json().get("version").asLong(), history.json().get("items").size());
    }

    /** The same, straight from the event store: the last sequence number and the number of events. */
    private Recorded stored() {
        return jdbc.queryForObject(
                "SELECT coalesce(max(sequencenumber), -1), count(*) FROM domainevententry "
                        + "WHERE aggregateidentifier = ?",
                (rs, n) -> new Recorded(rs.getLong(1), rs.getInt(2)),
                id);
    }

    private long events() {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
    }

    private Api pm() {
        return api().as("pm.tmf");
    }

    private String path(String template) {
        return template.replace("{id}", id).replace("{fundingId}", fundingId == null ? "" : fundingId);
    }

    static void expect(Api.Response response, Bad bad) {
        JsonNode problem = assertProblem(response, bad.status());
        if (bad.rule() != null) {
            assertThat(problem.path("rule").asText()).as("rule of " + response).isEqualTo(bad.rule());
        }
        if (bad.field() != null) {
            assertField(problem, bad.field());
        }
        if (bad.mentions().length > 0) {
            assertMentions(problem, bad.mentions());
        }
    }
}
