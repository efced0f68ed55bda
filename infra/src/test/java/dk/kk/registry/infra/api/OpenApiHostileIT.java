package dk.kk.registry.infra.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.Bodies;
import dk.kk.registry.infra.support.Eventually;
import dk.kk.registry.infra.support.RegistryIT;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The registry tried as an outsider would: requests generated from its own {@code /v3/api-docs} for every documented
 * operation, as each demo user and anonymously, valid ones built from the schemas (with real ids of the demo history),
 * mutated ones and hostile ones (NUL, lone surrogates, C0 controls, huge numbers, instants and dates beyond any
 * calendar, wrong types and media types, repeated parameters, encoded path segments, unknown verbs, bodies over
 * 1 MiB). Every answer must be one of API.md's: never a 5xx, every refusal RFC 9457 problem details with type, title,
 * status and detail (and {@code errors} on a 400), no Java text; a refusal where API.md names one (415, 405, 413, a
 * 4xx for hostile or out-of-range input); an answer within 5 s. Afterwards the hash chain is intact and the
 * projections equal a rebuild.
 *
 * <p>Generation is seeded ({@link #SEED}) and bounded (about 2 500 requests): each operation gets a valid request from
 * every user, then a fixed number of each kind of mutation that fits it, the target (parameter, field, character)
 * drawn by the seeded random. A plain loop rather than a jqwik property, because a property stops at its first
 * falsified try and a developer needs every broken rule at once. Failures are grouped by operation, kind of mutation,
 * status and broken rule, each group with one example request, and rolled up across operations; the roll-up is the
 * assertion message, the whole list goes to stdout and {@code target/openapi-hostile-report.txt}, with the summary
 * line {@code openapi-hostile requests=… 2xx=… 400=… … 5xx=…}.
 */
// Its own database on the shared server, closed afterwards: the hostile writes must not reach the demo history that
// other tests read.
@TestPropertySource(properties = "registry.embedded.database=openapi_hostile")
@DirtiesContext
class OpenApiHostileIT extends RegistryIT {

    private static final long SEED = 20261201L;
    private static final long SLOW_NANOS = Duration.ofSeconds(5).toNanos();
    /** Rebuilding or verifying every projection replays the whole log: its time grows with the log, by design. */
    private static final java.util.regex.Pattern LONG_WORK =
            java.util.regex.Pattern.compile("POST /api/admin/projections/(verify|[^/]+/rebuild)");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private static final String ANONYMOUS = "anonymous";
    private static final String PER_OPERATION = " failing groups (operation | mutation | status | rule | requests):\n";
    private static final List<String> USERS = List.of(ANONYMOUS, "pm.tmf", "pm.sof", "evaluator", "auditor", "admin");
    private static final List<String> VERBS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final List<String> UNKNOWN_VERBS = List.of("PUT", "PATCH", "DELETE", "TRACE", "FROB");

    /** Stands for a raw JSON token in a serialised body: Jackson will not write a lone surrogate or a bad number. */
    private static final String MARK = "\u2603hostile\u2603";

    /** What an answer must never show (as {@link Problems}, plus the text of a Java array's or object's toString). */
    private static final List<String> INTERNALS = Stream.concat(
                    Problems.INTERNALS.stream(), Stream.of("org.apache", "[Ljava", "@"))
            .toList();

    /** Out of every calendar the registry stores: PostgreSQL's timestamps end in 294276, Java's instants at ±1e9. */
    private static final List<String> HOSTILE_INSTANTS = List.of(
            "+1000000000-01-01T00:00:00Z",
            "-999999999-01-01T00:00:00Z",
            "99999-01-01T00:00:00Z",
            "+294277-01-01T00:00:00Z",
            "-4714-11-23T00:00:00Z",
            "0000-01-01T00:00:00Z");

    private static final List<String> HOSTILE_DATES = List.of(
            "+1000000000-01-01", "-999999999-01-01", "99999-01-01", "+294277-01-01", "0000-01-01", "-0001-12-31");
    private static final List<String> HOSTILE_YEARS = List.of("99999", "-99999", "2147483648", "0", "-1");
    private static final List<String> HUGE_NUMBERS = List.of(
            "1e999999999",
            "-1e999999999",
            "9".repeat(400),
            "123456789012345678901234567890",
            "1e-999999999",
            "2147483648",
            "-9223372036854775809");
    /** Hostile text: as JSON escapes in bodies, percent-encoded in URLs (a lone surrogate as its WTF-8 bytes). */
    private static final List<Hostile> HOSTILE_TEXT = List.of(
            new Hostile("nul", "a\\u0000b", "a%00b"),
            new Hostile("lone-surrogate", "a\\udfffb", "a%ED%BF%BFb"),
            new Hostile("lone-high-surrogate", "a\\ud800", "a%ED%A0%80"),
            new Hostile("c0-control", "a\\u0007\\u001bb", "a%07%1Bb"),
            new Hostile("noncharacter", "a\\uffffb", "a%EF%BF%BFb"));

    record Hostile(String name, String jsonEscaped, String urlEncoded) {}

    record Param(String name, String in, JsonNode schema, boolean required) {

        boolean array() {
            return "array".equals(schema.path("type").asText());
        }

        String format() {
            return schema.path("format").asText("");
        }

        String type() {
            return schema.path("type").asText("string");
        }
    }

    record Operation(String method, String template, List<Param> params, JsonNode body) {

        @Override
        public String toString() {
            return method + " " + template;
        }

        List<Param> in(String where) {
            return params.stream().filter(p -> p.in().equals(where)).toList();
        }
    }

    /** One generated request and what its kind of mutation lets the registry answer beyond the general rules. */
    record Request(
            Operation operation,
            String user,
            String kind,
            String method,
            String url,
            Map<String, String> headers,
            String contentType,
            byte[] body,
            Expect expect) {

        String describe() {
            String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
            if (text.length() > 240) {
                text = text.substring(0, 240) + "… (" + body.length + " bytes)";
            }
            StringBuilder out = new StringBuilder(user)
                    .append(' ')
                    .append(method)
                    .append(' ')
                    .append(abbreviate(url, 200));
            headers.forEach((k, v) -> out.append(" [")
                    .append(k)
                    .append(": ")
                    .append(abbreviate(v, 60))
                    .append(']'));
            if (contentType != null) {
                out.append(" [Content-Type: ").append(contentType).append(']');
            }
            if (!text.isEmpty()) {
                out.append(' ').append(text.replace("\n", "\\n"));
            }
            return out.toString();
        }
    }

    /** The answers a kind of request may get (besides 401 and 403, which a gate may give first). */
    enum Expect {
        ANY,
        REFUSED,
        UNSUPPORTED_MEDIA_TYPE,
        METHOD_NOT_ALLOWED,
        TOO_LARGE,
        NOT_FOUND_OR_BAD
    }

    record Group(String operation, String kind, int status, String rule) {}

    private final Map<Group, List<String>> failures = new TreeMap<>(Comparator.comparing(Group::operation)
            .thenComparing(Group::kind)
            .thenComparing(Group::status)
            .thenComparing(Group::rule));
    private final Map<Group, Integer> failureCounts = new LinkedHashMap<>();
    private final Map<String, Integer> statuses = new TreeMap<>();
    private final Map<String, Integer> problemsWithoutErrors = new TreeMap<>();
    private final Map<String, Long> nanosByOperation = new TreeMap<>();
    private final List<String> slow = new ArrayList<>();
    private int requests;

    private Map<String, List<String>> ids;
    private String base;

    @Test
    void everyGeneratedRequestGetsAnAnswerOfTheContractAndLeavesTheLogIntact() throws IOException {
        long started = System.nanoTime();
        base = "http://localhost:" + port;
        JsonNode document = api().anonymous().get("/v3/api-docs").json();
        List<Operation> operations = operations(document);
        assertThat(operations).as("documented operations").hasSizeGreaterThan(50);
        ids = demoIds();

        for (Operation operation : operations) {
            Random random = new Random(SEED ^ operation.toString().hashCode());
            List<String> allowed = new ArrayList<>();
            for (String user : USERS) {
                int status = send(valid(operation, user, random, "valid"));
                if (status != 401 && status != 403) {
                    allowed.add(user);
                }
            }
            List<String> kinds = kinds(operation, random);
            for (int k = 0; k < kinds.size(); k++) {
                // Hostile input tells most where it gets past the gate, so each kind goes to a user who may call the
                // operation; every third also to someone else, since the gate must answer hostile requests properly
                // too.
                List<String> by = new ArrayList<>();
                by.add(allowed.isEmpty() ? USERS.get(k % USERS.size()) : allowed.get(k % allowed.size()));
                if (k % 3 == 0) {
                    by.add(USERS.get((k / 3 + operation.template().length()) % USERS.size()));
                }
                for (String user : by.stream().distinct().toList()) {
                    Request request = mutated(operation, user, kinds.get(k), random);
                    if (request != null) {
                        send(request);
                    }
                }
            }
        }
        Map<String, Set<String>> verbsByPath = new TreeMap<>();
        operations.forEach(o -> verbsByPath
                .computeIfAbsent(o.template(), t -> new LinkedHashSet<>())
                .add(o.method()));
        int turn = 0;
        for (Map.Entry<String, Set<String>> path : verbsByPath.entrySet()) {
            Operation any = operations.stream()
                    .filter(o -> o.template().equals(path.getKey()))
                    .findFirst()
                    .orElseThrow();
            for (String verb : UNKNOWN_VERBS) {
                if (path.getValue().contains(verb)) {
                    continue;
                }
                if ((verb.equals("TRACE") || verb.equals("FROB")) && turn % 3 != 0) {
                    turn++;
                    continue;
                }
                for (String user : List.of(USERS.get(turn++ % USERS.size()))) {
                    Request valid = valid(any, user, new Random(SEED + turn), "unknown-verb " + verb);
                    send(new Request(
                            new Operation(verb, path.getKey(), any.params(), null),
                            user,
                            "unknown-verb " + verb,
                            verb,
                            valid.url(),
                            Map.of(),
                            null,
                            null,
                            Expect.METHOD_NOT_ALLOWED));
                }
            }
        }

        awaitProcessorsCaughtUp();
        Api.Response verify = api().as("auditor").get("/api/audit/verify");
        Api.Response projections = api().as("admin").post("/api/admin/projections/verify", "");
        String summary = summary(System.nanoTime() - started);
        System.out.println(summary);
        String report = report(summary, verify, projections);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "openapi-hostile-report.txt"), report);
        System.out.println(report);

        String overview = report.substring(0, report.indexOf(PER_OPERATION));
        assertThat(failures)
                .as(overview + "(each operation's groups in target/openapi-hostile-report.txt)")
                .isEmpty();
        assertThat(verify.status()).as("GET /api/audit/verify: " + verify).isEqualTo(200);
        assertThat(verify.json().path("intact").asBoolean())
                .as("GET /api/audit/verify: " + verify)
                .isTrue();
        assertThat(projections.status())
                .as("POST /api/admin/projections/verify: " + projections)
                .isEqualTo(200);
        assertThat(projections.json().path("equal").asBoolean())
                .as("projections verify: " + projections)
                .isTrue();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The document

    private static List<Operation> operations(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        JsonNode schemas = document.path("components").path("schemas");
        document.path("paths").properties().forEach(path -> {
            for (String verb : VERBS) {
                JsonNode operation = path.getValue().get(verb.toLowerCase(Locale.ROOT));
                if (operation == null) {
                    continue;
                }
                List<Param> params = new ArrayList<>();
                operation
                        .path("parameters")
                        .forEach(p -> params.add(new Param(
                                p.path("name").asText(),
                                p.path("in").asText(),
                                inline(p.path("schema"), schemas, 0),
                                p.path("required").asBoolean())));
                JsonNode content = operation.path("requestBody").path("content").path("application/json");
                JsonNode body = content.isMissingNode() ? null : inline(content.path("schema"), schemas, 0);
                operations.add(new Operation(verb, path.getKey(), params, body));
            }
        });
        return operations;
    }

    /** The schema with every {@code $ref} replaced by what it names (to a depth that no registry body reaches). */
    private static JsonNode inline(JsonNode schema, JsonNode schemas, int depth) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            return depth > 6 ? NODES.objectNode() : inline(schemas.path(name), schemas, depth + 1);
        }
        if (schema.isObject()) {
            ObjectNode copy = NODES.objectNode();
            schema.properties().forEach(e -> copy.set(e.getKey(), inline(e.getValue(), schemas, depth)));
            return copy;
        }
        if (schema.isArray()) {
            ArrayNode copy = NODES.arrayNode();
            schema.forEach(item -> copy.add(inline(item, schemas, depth)));
            return copy;
        }
        return schema;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Real ids of the demo history, so that valid requests reach the handlers' rules and not only "not found"

    private Map<String, List<String>> demoIds() {
        Api admin = api().as("admin");
        Map<String, List<String>> found = new LinkedHashMap<>();
        // pm.tmf may write only interventions led by TMF: those first, then others, so that valid writes get past
        // the rules sometimes and are refused by them other times.
        List<String> interventions = new ArrayList<>(values(
                admin.get("/api/interventions?administration=TMF&size=20")
                        .json()
                        .path("items"),
                "id"));
        interventions.addAll(
                values(admin.get("/api/interventions?size=8").json().path("items"), "id"));
        found.put("intervention", interventions);
        List<String> funding = new ArrayList<>();
        List<String> partners = new ArrayList<>();
        List<String> interventionAreas = new ArrayList<>();
        List<String> events = new ArrayList<>();
        List<String> all = values(admin.get("/api/interventions?size=40").json().path("items"), "id");
        for (String id : all) {
            JsonNode detail = admin.get("/api/interventions/" + id).json();
            detail.findValues("fundingId").forEach(v -> funding.add(v.asText()));
            if (!interventions.contains(id)) {
                continue;
            }
            detail.path("partners")
                    .forEach(p -> partners.add(p.path("organisationId").asText(p.asText())));
            detail.path("areas")
                    .forEach(a -> interventionAreas.add(
                            a.isTextual()
                                    ? a.asText()
                                    : a.path("areaId").asText(a.path("id").asText())));
            admin.get("/api/interventions/" + id + "/history")
                    .json()
                    .findValues("eventId")
                    .forEach(v -> events.add(v.asText()));
        }
        if (funding.isEmpty() && !interventions.isEmpty()) {
            // The demo history grants no funding to an intervention pm.tmf may change: one grant, so that the
            // operations on a funding line reach their rules.
            Api.Response granted = api().as("pm.tmf")
                    .post(
                            "/api/interventions/" + interventions.get(0) + "/funding",
                            Bodies.body(
                                    "source",
                                    "TMF",
                                    "sourceKind",
                                    "MUNICIPAL_POOL",
                                    "amount",
                                    Problems.money("150000.00", "DKK"),
                                    "years",
                                    List.of(2020, 2021)));
            if (granted.status() < 300) {
                funding.add(granted.json().path("fundingId").asText());
            }
        }
        found.put("funding", funding);
        found.put("partner", partners);
        found.put("interventionArea", interventionAreas);
        found.put("event", events);
        found.put("area", values(admin.get("/api/areas?size=50").json().path("items"), "id"));
        found.put(
                "organisation",
                values(admin.get("/api/organisations?size=50").json().path("items"), "id"));
        found.put("policy", values(admin.get("/api/policies?size=50").json().path("items"), "id"));
        found.put(
                "indicator", values(admin.get("/api/indicators?size=50").json().path("items"), "id"));
        JsonNode goals = admin.get("/api/goals?size=50").json().path("items");
        found.put("goal", values(goals, "id").isEmpty() ? values(goals, "goalId") : values(goals, "id"));
        List<String> years = new ArrayList<>();
        admin.get("/api/goals/board?size=50").json().path("items").forEach(g -> {
            if (g.path("statusYear").isInt()) {
                years.add(g.path("statusYear").asText());
            }
        });
        found.put("year", years);
        List<String> measurements = new ArrayList<>();
        List<String> designations = new ArrayList<>();
        for (String indicator : found.get("indicator")
                .subList(0, Math.min(3, found.get("indicator").size()))) {
            admin.get("/api/indicators/" + indicator + "/series")
                    .json()
                    .path("items")
                    .forEach(m -> measurements.add(m.path("id").asText()));
        }
        for (String area :
                found.get("area").subList(0, Math.min(8, found.get("area").size()))) {
            admin.get("/api/areas/" + area + "/history")
                    .json()
                    .findValues("designationId")
                    .forEach(v -> designations.add(v.asText()));
        }
        found.put("measurement", measurements);
        found.put("designation", designations);
        found.put("projection", List.of("reference"));
        found.put(
                "deadLetter", values(admin.get("/api/admin/dead-letters").json().path("items"), "id"));
        found.replaceAll((k, v) ->
                v.stream().filter(s -> s != null && !s.isBlank()).distinct().toList());
        System.out.println("openapi-hostile demo ids: "
                + found.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue().size())
                        .collect(Collectors.joining(" ")));
        return found;
    }

    private static List<String> values(JsonNode items, String field) {
        List<String> values = new ArrayList<>();
        items.forEach(item -> values.add(item.path(field).asText()));
        return values;
    }

    private String id(String kind, Random random) {
        List<String> known = ids.getOrDefault(kind, List.of());
        return known.isEmpty()
                ? UUID.nameUUIDFromBytes((kind + random.nextInt(3)).getBytes()).toString()
                : known.get(random.nextInt(known.size()));
    }

    /** What a path parameter names, from the segment before it. */
    private String pathValue(Operation operation, Param param, Random random) {
        String[] segments = operation.template().split("/");
        String before = "";
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].equals("{" + param.name() + "}")) {
                before = segments[i - 1];
            }
        }
        boolean ofIntervention = operation.template().startsWith("/api/interventions/{");
        return switch (before) {
            case "interventions" -> id("intervention", random);
            case "funding" -> id("funding", random);
            case "partners" -> id("partner", random);
            case "areas", "proposals" -> id(ofIntervention ? "interventionArea" : "area", random);
            case "designations" -> id("designation", random);
            case "goals" -> id("goal", random);
            case "status-reports" -> id("year", random);
            case "measurements" -> id("measurement", random);
            case "indicators" -> id("indicator", random);
            case "policies" -> id("policy", random);
            case "organisations" -> id("organisation", random);
            case "projections" -> id("projection", random);
            case "dead-letters" -> id("deadLetter", random);
            default ->
                "integer".equals(param.type())
                        ? "2022"
                        : UUID.nameUUIDFromBytes(before.getBytes()).toString();
        };
    }

    /** A valid value of a query parameter or of a body's string field, by its name (the document has no examples). */
    private String valueFor(String name, Operation operation, JsonNode schema, Random random) {
        JsonNode enumeration = schema.path("enum");
        if (enumeration.isArray() && !enumeration.isEmpty()) {
            return enumeration.get(random.nextInt(enumeration.size())).asText();
        }
        String format = schema.path("format").asText("");
        if (format.equals("date-time")) {
            return Instant.now().minusSeconds(random.nextInt(86_400 * 400)).toString();
        }
        if (format.equals("date")) {
            return (2018 + random.nextInt(6)) + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
        }
        String type = schema.path("type").asText("string");
        if (type.equals("integer") || type.equals("number")) {
            return String.valueOf(integer(name, schema, random));
        }
        if (type.equals("boolean")) {
            return String.valueOf(random.nextBoolean());
        }
        String lower = name.toLowerCase(Locale.ROOT);
        String template = operation.template();
        return switch (lower) {
            case "administration", "leadadministration", "owneradministration", "owner" ->
                List.of("TMF", "SOF", "BUF").get(random.nextInt(3));
            case "area", "areaid", "comparisonarea", "comparison", "areas" -> id("area", random);
            case "policy" -> id("policy", random);
            case "indicator" -> id("indicator", random);
            case "goals", "goal", "goalid", "goalids" -> id("goal", random);
            case "evaluator", "source", "organisationid", "partner", "fundingsource" -> id("organisation", random);
            case "eventid" -> id("event", random);
            case "interventionid", "aggregateid", "parent" -> id("intervention", random);
            case "screeningid" -> UUID.nameUUIDFromBytes("screening".getBytes()).toString();
            case "currency" -> "DKK";
            case "user" -> List.of("pm.tmf", "evaluator", "admin").get(random.nextInt(3));
            case "type" ->
                List.of("InterventionRegisteredEvent", "FundingGrantedEvent").get(random.nextInt(2));
            case "groupby" ->
                List.of("sourceKind", "source", "year", "area", "administration", "category")
                        .get(random.nextInt(6));
            case "category" -> List.of("STREET_OUTREACH", "HEALTH", "OTHER").get(random.nextInt(3));
            case "stage" ->
                List.of("PROBLEM", "PROPOSED", "ACTIVE", "UNDER_EVALUATION").get(random.nextInt(4));
            case "method" -> List.of("RCT", "QUALITATIVE", "MONITORING").get(random.nextInt(3));
            case "result" -> List.of("POSITIVE", "NO_EFFECT", "MIXED").get(random.nextInt(3));
            case "kind" ->
                template.startsWith("/api/areas")
                        ? "MUNICIPAL_DESIGNATED"
                        : template.startsWith("/api/organisations") ? "CIVIL_SOCIETY" : "AREA_BASED";
            case "lang" -> random.nextBoolean() ? "da" : "en";
            case "processinggroup" -> "interventions";
            case "id" -> "fuzz-" + Integer.toHexString(random.nextInt());
            case "value", "numerator", "denominator" -> String.valueOf(random.nextInt(900) / 10.0);
            case "q" -> List.of("ung", "Tingbjerg", "tryghed").get(random.nextInt(3));
            default ->
                List.of("Opsøgende arbejde", "Præcisering af formål", "Lektiecafé i Husum", "Ændret efter møde")
                        .get(random.nextInt(4));
        };
    }

    private static long integer(String name, JsonNode schema, Random random) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.contains("year")
                || lower.equals("from")
                || lower.equals("to")
                || lower.equals("baseline")
                || lower.equals("status")
                || lower.equals("period")) {
            return 2017 + random.nextInt(8);
        }
        if (lower.equals("page")) {
            return random.nextInt(2);
        }
        if (lower.equals("size")) {
            return List.of(1, 10, 50, 500).get(random.nextInt(4));
        }
        long min = schema.path("minimum").asLong(1);
        long max = schema.path("maximum").asLong(min + 4);
        return min + random.nextInt((int) Math.max(1, Math.min(5, max - min + 1)));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Valid requests

    /** A body valid against the schema, and the leaves (path, schema) that mutations may aim at. */
    private JsonNode generate(
            JsonNode schema, String name, Operation operation, Random random, List<Object> path, List<Leaf> leaves) {
        if (schema.has("oneOf")) {
            JsonNode choices = schema.get("oneOf");
            return generate(choices.get(random.nextInt(choices.size())), name, operation, random, path, leaves);
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                Set<String> required = new LinkedHashSet<>();
                schema.path("required").forEach(r -> required.add(r.asText()));
                schema.path("properties").properties().forEach(property -> {
                    if (required.contains(property.getKey()) || random.nextInt(3) > 0) {
                        List<Object> at = new ArrayList<>(path);
                        at.add(property.getKey());
                        object.set(
                                property.getKey(),
                                generate(property.getValue(), property.getKey(), operation, random, at, leaves));
                    }
                });
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int min = schema.path("minItems").asInt(name.equals("years") ? 2 : 1);
                int count = Math.max(min, Math.min(schema.path("maxItems").asInt(2), 1 + random.nextInt(2)));
                for (int i = 0; i < count; i++) {
                    List<Object> at = new ArrayList<>(path);
                    at.add(i);
                    JsonNode item = generate(schema.path("items"), singular(name), operation, random, at, leaves);
                    if (schema.path("uniqueItems").asBoolean() && array.has(0) && contains(array, item)) {
                        continue;
                    }
                    array.add(item);
                }
                return array;
            }
            case "integer" -> {
                leaves.add(new Leaf(path, schema, name));
                return NODES.numberNode(integer(name, schema, random));
            }
            case "number" -> {
                leaves.add(new Leaf(path, schema, name));
                return NODES.numberNode(new java.math.BigDecimal(
                        name.equals("amount")
                                ? (1000 + random.nextInt(900_000)) + ".00"
                                : String.valueOf(random.nextInt(900) / 10.0)));
            }
            case "boolean" -> {
                leaves.add(new Leaf(path, schema, name));
                return NODES.booleanNode(random.nextBoolean());
            }
            default -> {
                leaves.add(new Leaf(path, schema, name));
                return TextNode.valueOf(valueFor(name, operation, schema, random));
            }
        }
    }

    private static boolean contains(ArrayNode array, JsonNode item) {
        for (JsonNode existing : array) {
            if (existing.equals(item)) {
                return true;
            }
        }
        return false;
    }

    private static String singular(String name) {
        return name.equals("areas") ? "area" : name.equals("years") ? "year" : name.equals("goals") ? "goal" : name;
    }

    record Leaf(List<Object> path, JsonNode schema, String name) {

        String field() {
            return path.stream().map(String::valueOf).collect(Collectors.joining("."));
        }

        String format() {
            return schema.path("format").asText(schema.path("type").asText("string"));
        }
    }

    /** Query and path values of a valid request, by name (a repeatable parameter as several values). */
    private Map<String, List<String>> validParams(Operation operation, Random random) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Param param : operation.params()) {
            if (param.in().equals("header")) {
                continue;
            }
            if (param.in().equals("path")) {
                values.put(param.name(), List.of(encode(pathValue(operation, param, random))));
            } else if (param.required() || random.nextInt(3) == 0) {
                JsonNode schema = param.array() ? param.schema().path("items") : param.schema();
                int count = param.array() ? 1 + random.nextInt(2) : 1;
                List<String> list = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    list.add(encode(valueFor(param.name(), operation, schema, random)));
                }
                values.put(param.name(), list);
            }
        }
        return values;
    }

    private static String url(Operation operation, Map<String, List<String>> values) {
        String path = operation.template();
        StringBuilder query = new StringBuilder();
        for (Param param : operation.params()) {
            List<String> given = values.get(param.name());
            if (given == null) {
                continue;
            }
            if (param.in().equals("path")) {
                path = path.replace("{" + param.name() + "}", given.get(0));
            } else if (param.in().equals("query")) {
                given.forEach(v -> query.append(query.length() == 0 ? "?" : "&")
                        .append(param.name())
                        .append('=')
                        .append(v));
            }
        }
        values.forEach((name, given) -> {
            if (operation.params().stream().noneMatch(p -> p.name().equals(name))) {
                given.forEach(v -> query.append(query.length() == 0 ? "?" : "&")
                        .append(name)
                        .append('=')
                        .append(v));
            }
        });
        return path + query;
    }

    private Request valid(Operation operation, String user, Random random, String kind) {
        Map<String, List<String>> params = validParams(operation, random);
        byte[] body = null;
        String contentType = null;
        if (operation.body() != null) {
            body = write(generate(operation.body(), "", operation, random, new ArrayList<>(), new ArrayList<>()));
            contentType = "application/json";
        } else if (operation.method().equals("POST")) {
            body = new byte[0];
        }
        return new Request(
                operation,
                user,
                kind,
                operation.method(),
                url(operation, params),
                Map.of(),
                contentType,
                body,
                Expect.ANY);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Mutated and hostile requests

    /**
     * The kinds of mutation tried on an operation, each as {@code family target}: a fixed number of each family, its
     * target (a parameter, an encoded character, a hostile text) drawn by the seeded random, so that an operation with
     * thirteen parameters costs about as many requests as one with two.
     */
    private static List<String> kinds(Operation operation, Random random) {
        List<String> kinds = new ArrayList<>();
        List<Param> query = operation.in("query");
        if (!operation.in("path").isEmpty()) {
            for (String encoded : pickSome(List.of("%2F", "%00", "%25", "%3B", "%5C"), 3, random)) {
                kinds.add("path-encoded " + encoded);
            }
            kinds.add("path-dot-segment -");
            kinds.add("path-unknown-id -");
            for (Hostile text : pickSome(HOSTILE_TEXT, 2, random)) {
                kinds.add("path-text " + text.name());
            }
        }
        List<Param> text = query.stream()
                .filter(p -> p.type().equals("string") || p.array())
                .toList();
        if (!text.isEmpty()) {
            for (Hostile hostile : pickSome(HOSTILE_TEXT, 3, random)) {
                kinds.add("param-text-" + hostile.name() + " "
                        + pick(text, random).name());
            }
        }
        List<Param> typed = query.stream()
                .filter(p -> !p.format().isEmpty()
                        || !p.type().equals("string")
                        || p.schema().has("enum"))
                .toList();
        if (!typed.isEmpty()) {
            kinds.add("param-wrong-type " + pick(typed, random).name());
        }
        List<Param> instants =
                query.stream().filter(p -> p.format().equals("date-time")).toList();
        for (int i = 0; i < 2 && !instants.isEmpty(); i++) {
            kinds.add("param-instant-out-of-range " + pick(instants, random).name());
        }
        List<Param> dates =
                query.stream().filter(p -> p.format().equals("date")).toList();
        if (!dates.isEmpty()) {
            kinds.add("param-date-out-of-range " + pick(dates, random).name());
        }
        List<Param> integers =
                query.stream().filter(p -> p.type().equals("integer")).toList();
        if (!integers.isEmpty()) {
            kinds.add("param-huge-number " + pick(integers, random).name());
        }
        List<Param> single = query.stream().filter(p -> !p.array()).toList();
        for (Param param : pickSome(single, 2, random)) {
            kinds.add("param-repeated " + param.name());
        }
        if (!query.isEmpty()) {
            kinds.add("param-empty-values -");
        }
        if (operation.params().stream().anyMatch(p -> p.name().equals("If-Match"))) {
            kinds.add("header-if-match-garbage -");
        }
        if (operation.params().stream().anyMatch(p -> p.name().equals("Accept-Language"))) {
            kinds.add("header-accept-language-garbage -");
        }
        if (operation.body() != null) {
            for (String family : List.of(
                    "body-wrong-type",
                    "body-wrong-type",
                    "body-missing-required",
                    "body-unknown-field",
                    "body-null-field",
                    "body-huge-number",
                    "body-date-out-of-range",
                    "body-instant-or-year-out-of-range",
                    "body-empty",
                    "body-not-json",
                    "body-truncated",
                    "body-array-for-object",
                    "body-raw-invalid-utf8",
                    "body-raw-control-char",
                    "body-deep-nesting",
                    "body-duplicate-key",
                    "body-over-1MiB")) {
                kinds.add(family + " -");
            }
            for (String media : pickSome(
                    List.of(
                            "multipart/form-data",
                            "text/plain",
                            "application/xml",
                            "none",
                            "application/x-www-form-urlencoded"),
                    3,
                    random)) {
                kinds.add("media " + media);
            }
            for (Hostile hostile : pickSome(HOSTILE_TEXT, 3, random)) {
                kinds.add("body-text-" + hostile.name() + " -");
            }
        } else if (operation.method().equals("POST")) {
            kinds.add("body-over-1MiB -");
        }
        return kinds;
    }

    private static <T> List<T> pickSome(List<T> values, int count, Random random) {
        List<T> shuffled = new ArrayList<>(values);
        java.util.Collections.shuffle(shuffled, random);
        return shuffled.subList(0, Math.min(count, shuffled.size()));
    }

    private Request mutated(Operation operation, String user, String kind, Random random) {
        Request valid = valid(operation, user, random, kind);
        Map<String, List<String>> params = validParams(operation, random);
        String[] words = kind.split(" ");
        String what = words[0];
        if (what.startsWith("param-text-") || what.startsWith("body-text-")) {
            words = new String[] {
                what.substring(0, what.indexOf("-text-") + 5), what.substring(what.indexOf("-text-") + 6), words[1]
            };
            what = words[0];
        }
        String contentType = valid.contentType();
        byte[] body = valid.body();
        Map<String, String> headers = new LinkedHashMap<>();
        Expect expect = Expect.REFUSED;
        switch (what) {
            case "path-encoded", "path-dot-segment", "path-unknown-id", "path-text" -> {
                Param param = pick(operation.in("path"), random);
                String value =
                        switch (what) {
                            case "path-encoded" -> random.nextBoolean() ? "a" + words[1] + "b" : words[1];
                            case "path-dot-segment" -> random.nextBoolean() ? "%2E%2E" : "..%2F..%2Fapi";
                            case "path-unknown-id" ->
                                random.nextBoolean() ? UUID.randomUUID().toString() : "x".repeat(300);
                            default -> hostile(words[1]).urlEncoded();
                        };
                params.put(param.name(), List.of(value));
                // A well-formed id that names nothing may also meet a rule about it (422: "not a current partner"
                // for an organisation that never joined); an id no resource can have is 400 or 404.
                expect = what.equals("path-unknown-id") && value.length() == 36
                        ? Expect.REFUSED
                        : Expect.NOT_FOUND_OR_BAD;
            }
            case "param-text" -> params.put(words[2], List.of(hostile(words[1]).urlEncoded()));
            case "param-wrong-type" ->
                params.put(
                        words[1],
                        List.of(pick(List.of("abc", "1.5", "true", "%5B%5D", "2019-13-45", "%7B%7D", "-"), random)));
            case "param-instant-out-of-range" -> params.put(words[1], List.of(encode(pick(HOSTILE_INSTANTS, random))));
            case "param-date-out-of-range" -> params.put(words[1], List.of(encode(pick(HOSTILE_DATES, random))));
            case "param-huge-number" -> {
                String number =
                        pick(List.of("99999", "-99999", "2147483648", "99999999999999999999", "-1", "1e9"), random);
                params.put(words[1], List.of(number));
                // A page far beyond the last is a page like any other (empty, within the documented maximum).
                if (words[1].equals("page") && number.equals("99999")) {
                    expect = Expect.ANY;
                }
            }
            case "param-repeated" -> {
                String name = words[1];
                Param param = operation.params().stream()
                        .filter(p -> p.name().equals(name))
                        .findFirst()
                        .orElseThrow();
                JsonNode schema = param.schema();
                String first = encode(valueFor(param.name(), operation, schema, random));
                String second = random.nextBoolean() ? "x" : encode(valueFor(param.name(), operation, schema, random));
                if (second.equals(first)) {
                    second = "x";
                }
                params.put(param.name(), random.nextBoolean() ? List.of(first, second) : List.of(second, first));
            }
            case "param-empty-values" -> {
                operation.in("query").forEach(p -> params.put(p.name(), List.of("")));
                expect = Expect.ANY;
            }
            case "header-if-match-garbage" -> {
                headers.put(
                        "If-Match",
                        pick(
                                List.of(
                                        "\"99999999999999999999\"",
                                        "\"abc\"",
                                        "W/\"1\"",
                                        "*",
                                        "1",
                                        "\"-1\"",
                                        "\"1\", \"2\""),
                                random));
                expect = Expect.ANY;
            }
            case "header-accept-language-garbage" -> {
                headers.put(
                        "Accept-Language", pick(List.of("xx-YY-ZZ-QQ;q=9", "*;q=abc", ";;;", "da;q=1e999"), random));
                expect = Expect.ANY;
            }
            case "body-over-1MiB" -> {
                body = oversized(random);
                contentType = "application/json";
                expect = operation.template().equals("/api/measurements") ? Expect.REFUSED : Expect.TOO_LARGE;
            }
            case "media" -> {
                if (operation.body() == null) {
                    return null;
                }
                contentType = words[1].equals("none") ? null : words[1];
                if (contentType != null && contentType.startsWith("multipart") && random.nextBoolean()) {
                    contentType = "multipart/form-data; boundary=fuzz";
                    body = ("--fuzz\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nx\r\n--fuzz--\r\n")
                            .getBytes(StandardCharsets.UTF_8);
                }
                if (body == null) {
                    body = new byte[0];
                }
                expect = Expect.UNSUPPORTED_MEDIA_TYPE;
            }
            case "body-text",
                    "body-wrong-type",
                    "body-missing-required",
                    "body-unknown-field",
                    "body-null-field",
                    "body-huge-number",
                    "body-date-out-of-range",
                    "body-instant-or-year-out-of-range" -> {
                List<Leaf> leaves = new ArrayList<>();
                JsonNode generated = generate(operation.body(), "", operation, random, new ArrayList<>(), leaves);
                String[] mutation = mutateBody(operation.body(), generated, leaves, what, words[1], random);
                if (mutation == null) {
                    return null;
                }
                body = mutation[0].getBytes(StandardCharsets.UTF_8);
                expect = mutation[1].equals("optional") ? Expect.ANY : Expect.REFUSED;
            }
            case "body-empty" -> body = new byte[0];
            case "body-not-json" ->
                body = pick(List.of("title=x", "<x/>", "nul\u0000l", "{'a':1}", "NaN"), random)
                        .getBytes(StandardCharsets.UTF_8);
            case "body-truncated" -> body = java.util.Arrays.copyOf(body, Math.max(1, body.length / 2));
            case "body-array-for-object" ->
                body = ("[" + new String(body, StandardCharsets.UTF_8) + "]").getBytes(StandardCharsets.UTF_8);
            case "body-raw-invalid-utf8" -> body = splice(body, new byte[] {(byte) 0xED, (byte) 0xBF, (byte) 0xBF});
            case "body-raw-control-char" -> body = splice(body, new byte[] {0x00, 0x07});
            case "body-deep-nesting" -> body = ("[".repeat(5000) + "]".repeat(5000)).getBytes(StandardCharsets.UTF_8);
            case "body-duplicate-key" -> {
                String text = new String(body, StandardCharsets.UTF_8);
                int colon = text.indexOf(':');
                body = (colon < 0
                                ? "{\"a\":1,\"a\":2}"
                                : "{" + text.substring(1, text.indexOf('"', 2) + 1) + ":\"dup\"," + text.substring(1))
                        .getBytes(StandardCharsets.UTF_8);
            }
            default -> throw new IllegalArgumentException(kind);
        }
        if (operation.template().equals("/api/measurements")
                && expect == Expect.REFUSED
                && what.equals("body-array-for-object")) {
            expect = Expect.ANY;
        }
        return new Request(
                operation, user, kind, operation.method(), url(operation, params), headers, contentType, body, expect);
    }

    /** The body with one leaf changed; and whether the changed leaf was optional (then a 2xx may be right). */
    private String[] mutateBody(
            JsonNode schema, JsonNode body, List<Leaf> leaves, String what, String hostile, Random random) {
        if (!(body instanceof ObjectNode object)) {
            return null;
        }
        List<Leaf> targets =
                switch (what) {
                    case "body-text" ->
                        leaves.stream()
                                .filter(l -> l.format().equals("string")
                                        && !l.schema().has("enum"))
                                .toList();
                    case "body-huge-number" ->
                        leaves.stream()
                                .filter(l -> l.format().equals("int32")
                                        || l.format().equals("int64")
                                        || l.format().equals("number")
                                        || l.format().equals("integer"))
                                .toList();
                    case "body-date-out-of-range" ->
                        leaves.stream().filter(l -> l.format().equals("date")).toList();
                    case "body-instant-or-year-out-of-range" ->
                        leaves.stream()
                                .filter(l -> l.format().equals("date-time")
                                        || l.name().toLowerCase(Locale.ROOT).contains("year"))
                                .toList();
                    default -> leaves;
                };
        if (targets.isEmpty()) {
            return null;
        }
        Leaf leaf = targets.get(random.nextInt(targets.size()));
        String raw;
        boolean optional = false;
        switch (what) {
            case "body-text" -> raw = "\"" + hostile(hostile).jsonEscaped() + "\"";
            case "body-wrong-type" ->
                raw = switch (leaf.format()) {
                    case "string", "date", "date-time" ->
                        leaf.schema().has("enum") ? "42" : pick(List.of("{}", "[1,2]", "{\"a\":\"b\"}"), random);
                    case "boolean" -> "\"maybe\"";
                    default -> pick(List.of("\"abc\"", "{}", "[]", "true"), random);
                };
            case "body-null-field" -> {
                raw = "null";
                Set<String> required = new LinkedHashSet<>();
                schema.path("required").forEach(r -> required.add(r.asText()));
                optional = leaf.path().size() > 1
                        || !required.contains(String.valueOf(leaf.path().get(0)));
            }
            case "body-huge-number" -> raw = pick(HUGE_NUMBERS, random);
            case "body-date-out-of-range" -> raw = "\"" + pick(HOSTILE_DATES, random) + "\"";
            case "body-instant-or-year-out-of-range" ->
                raw = leaf.format().equals("date-time")
                        ? "\"" + pick(HOSTILE_INSTANTS, random) + "\""
                        : pick(HOSTILE_YEARS, random);
            case "body-unknown-field" -> {
                object.put("bogusField" + random.nextInt(9), "x");
                return new String[] {new String(write(object), StandardCharsets.UTF_8), "required"};
            }
            case "body-missing-required" -> {
                List<String> required = new ArrayList<>();
                schema.path("required").forEach(r -> required.add(r.asText()));
                schema.path("oneOf").forEach(choice -> choice.path("required").forEach(r -> required.add(r.asText())));
                required.removeIf(name -> !object.has(name));
                if (required.isEmpty()) {
                    return null;
                }
                object.remove(required.get(random.nextInt(required.size())));
                return new String[] {new String(write(object), StandardCharsets.UTF_8), "required"};
            }
            default -> throw new IllegalArgumentException(what);
        }
        set(object, leaf.path(), TextNode.valueOf(MARK));
        String text = new String(write(object), StandardCharsets.UTF_8).replace("\"" + MARK + "\"", raw);
        return new String[] {text, optional ? "optional" : "required"};
    }

    private static void set(JsonNode root, List<Object> path, JsonNode value) {
        JsonNode node = root;
        for (int i = 0; i < path.size() - 1; i++) {
            Object step = path.get(i);
            node = step instanceof Integer index ? node.get(index) : node.get((String) step);
        }
        Object last = path.get(path.size() - 1);
        if (last instanceof Integer index) {
            ((ArrayNode) node).set(index, value);
        } else {
            ((ObjectNode) node).set((String) last, value);
        }
    }

    private static byte[] oversized(Random random) {
        String field = pick(List.of("title", "reason", "description", "name"), random);
        int size = 1_048_576 + 1 + random.nextInt(200_000);
        return ("{\"" + field + "\":\"" + "x".repeat(size) + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    /** The bytes given put into the body's first string value, raw (not as JSON escapes). */
    private static byte[] splice(byte[] body, byte[] raw) {
        String text = body == null ? "{}" : new String(body, StandardCharsets.UTF_8);
        int at = text.indexOf(":\"");
        byte[] prefix = (at < 0 ? "{\"reason\":\"" : text.substring(0, at + 2)).getBytes(StandardCharsets.UTF_8);
        byte[] suffix = (at < 0 ? "\"}" : text.substring(at + 2)).getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[prefix.length + raw.length + suffix.length];
        System.arraycopy(prefix, 0, out, 0, prefix.length);
        System.arraycopy(raw, 0, out, prefix.length, raw.length);
        System.arraycopy(suffix, 0, out, prefix.length + raw.length, suffix.length);
        return out;
    }

    private static Hostile hostile(String name) {
        return HOSTILE_TEXT.stream()
                .filter(h -> h.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static byte[] write(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String text, int length) {
        return text.length() > length ? text.substring(0, length) + "…(" + text.length() + ")" : text;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Sending and judging

    private int send(Request request) {
        HttpRequest.Builder builder;
        try {
            builder = HttpRequest.newBuilder(URI.create(base + request.url())).timeout(Duration.ofMinutes(2));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the test made a URL Java refuses: " + request.url(), e);
        }
        if (!request.user().equals(ANONYMOUS)) {
            builder.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((request.user() + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        request.headers().forEach(builder::header);
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        builder.method(
                request.method(),
                request.body() == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        Api.Response response;
        long sent = System.nanoTime();
        try {
            HttpResponse<byte[]> answer = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            response = new Api.Response(answer.statusCode(), answer.headers().map(), answer.body());
        } catch (IOException e) {
            // A connection the server closed (as Tomcat may for a body over its limit) is an answer too: count it.
            response = new Api.Response(-1, Map.of(), ("connection failed: " + e).getBytes(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        long took = System.nanoTime() - sent;
        nanosByOperation.merge(request.operation().toString(), took, Long::sum);
        if (took > 1_000_000_000L && slow.size() < 15) {
            slow.add(took / 1_000_000 + " ms " + request.describe() + " → " + response.status());
        }
        requests++;
        int status = response.status();
        statuses.merge(
                status >= 500 ? "5xx" : status < 0 ? "no-answer" : status < 300 ? "2xx" : String.valueOf(status),
                1,
                Integer::sum);
        judge(request, response);
        if (took > SLOW_NANOS
                && !LONG_WORK.matcher(request.operation().toString()).matches()) {
            // A write waits for its projection (read-your-writes): a projection stuck on a stored event makes every
            // later write of its kind wait out the timeout, which is a failure too.
            fail(request, response, "answer took over " + SLOW_NANOS / 1_000_000_000 + " s");
        }
        return status;
    }

    private void judge(Request request, Api.Response response) {
        int status = response.status();
        if (status < 0) {
            fail(request, response, "no HTTP answer");
            return;
        }
        if (status >= 500) {
            fail(request, response, "5xx");
        }
        if (status >= 400) {
            String contentType = response.header("Content-Type");
            if (contentType == null || !contentType.startsWith("application/problem+json")) {
                fail(
                        request,
                        response,
                        "not problem+json ("
                                + (contentType == null
                                        ? "no Content-Type"
                                        : contentType.split(";")[0])
                                + (response.body().length == 0 ? ", empty body" : "") + ")");
            } else {
                JsonNode problem;
                try {
                    problem = JSON.readTree(response.body());
                } catch (IOException e) {
                    problem = null;
                }
                if (problem == null || !problem.isObject()) {
                    fail(request, response, "problem+json that is not a JSON object");
                } else {
                    List<String> missing = new ArrayList<>();
                    for (String member : List.of("type", "title", "detail")) {
                        if (problem.path(member).asText("").isBlank()) {
                            missing.add(member);
                        }
                    }
                    if (!problem.path("status").isInt()) {
                        missing.add("status");
                    } else if (problem.path("status").asInt() != status) {
                        fail(
                                request,
                                response,
                                "problem status " + problem.path("status").asInt());
                    }
                    if (!missing.isEmpty()) {
                        fail(request, response, "problem lacks " + String.join(", ", missing));
                    }
                    if (status == 400
                            && (!problem.path("errors").isArray()
                                    || problem.path("errors").isEmpty())) {
                        problemsWithoutErrors.merge(problem.path("type").asText(), 1, Integer::sum);
                        fail(request, response, "400 without errors[]");
                    }
                }
            }
            String text = response.text();
            for (String internal : INTERNALS) {
                boolean objectName = text.matches("(?s).*[A-Za-z;]@[0-9a-f]{5,}.*");
                if (text.contains(internal) && (!internal.equals("@") || objectName)) {
                    fail(request, response, "shows internals (" + internal.trim() + ")");
                    break;
                }
            }
        }
        boolean gate = status == 401 || status == 403;
        switch (request.expect()) {
            case ANY -> {}
            case REFUSED -> {
                if (status < 400) {
                    fail(request, response, "accepted (expected a 4xx)");
                }
            }
            case NOT_FOUND_OR_BAD -> {
                if (status < 400 || (status != 400 && status != 404 && !gate && status < 500)) {
                    fail(request, response, "expected 400 or 404");
                }
            }
            case UNSUPPORTED_MEDIA_TYPE -> {
                if (status != 415 && !gate && status < 500) {
                    fail(request, response, "expected 415");
                }
            }
            case METHOD_NOT_ALLOWED -> {
                if (status != 405 && status != 401 && status < 500) {
                    fail(request, response, "expected 405");
                }
            }
            case TOO_LARGE -> {
                if (status != 413 && !gate && status < 500) {
                    fail(request, response, "expected 413");
                }
            }
        }
    }

    private void fail(Request request, Api.Response response, String rule) {
        String[] words = request.kind().split(" ");
        String family = words[0]
                + (words.length > 1
                                && Set.of("path-encoded", "media", "unknown-verb")
                                        .contains(words[0])
                        ? " " + words[1]
                        : "");
        Group group = new Group(request.operation().toString(), family, response.status(), rule);
        failureCounts.merge(group, 1, Integer::sum);
        failures.computeIfAbsent(group, g -> new ArrayList<>());
        if (failures.get(group).isEmpty()) {
            failures.get(group)
                    .add(request.describe() + "\n        → " + response.status() + " "
                            + abbreviate(response.text().replace("\n", " "), 300));
        }
    }

    private String summary(long nanos) {
        StringBuilder line = new StringBuilder("openapi-hostile requests=").append(requests);
        for (String status : List.of("2xx", "400", "401", "403", "404", "405", "406", "409", "413", "415", "422")) {
            line.append(' ').append(status).append('=').append(statuses.getOrDefault(status, 0));
        }
        statuses.forEach((status, count) -> {
            if (!List.of("2xx", "400", "401", "403", "404", "405", "406", "409", "413", "415", "422", "5xx")
                    .contains(status)) {
                line.append(' ').append(status).append('=').append(count);
            }
        });
        line.append(" 5xx=").append(statuses.getOrDefault("5xx", 0));
        line.append(" failing-groups=").append(failures.size());
        line.append(" seconds=").append(nanos / 1_000_000_000);
        return line.toString();
    }

    private String report(String summary, Api.Response verify, Api.Response projections) {
        StringBuilder report = new StringBuilder(summary).append('\n');
        report.append("GET /api/audit/verify → ")
                .append(verify.status())
                .append(' ')
                .append(abbreviate(verify.text(), 300))
                .append('\n');
        report.append("POST /api/admin/projections/verify → ")
                .append(projections.status())
                .append(' ')
                .append(abbreviate(projections.text(), 600))
                .append('\n');
        if (!problemsWithoutErrors.isEmpty()) {
            report.append("400s without errors[], by problem type: ")
                    .append(problemsWithoutErrors)
                    .append('\n');
        }
        report.append("slowest operations (s): ")
                .append(nanosByOperation.entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                        .limit(10)
                        .map(e -> e.getKey() + "=" + e.getValue() / 100_000_000 / 10.0)
                        .collect(Collectors.joining(", ")))
                .append('\n');
        slow.forEach(request -> report.append("  slow: ").append(request).append('\n'));
        Map<String, Integer> byRule = new TreeMap<>();
        failureCounts.forEach((group, count) -> byRule.merge(group.rule(), count, Integer::sum));
        report.append("failing requests by rule: ").append(byRule).append('\n');
        Map<List<String>, List<Group>> rolled = new TreeMap<>(Comparator.comparing((List<String> key) -> key.get(2))
                .thenComparing(key -> key.get(0))
                .thenComparing(key -> key.get(1)));
        failures.keySet().forEach(group -> rolled.computeIfAbsent(
                        List.of(group.kind(), String.valueOf(group.status()), group.rule()), key -> new ArrayList<>())
                .add(group));
        report.append(rolled.size())
                .append(" failing groups across operations (mutation | status | rule | operations" + " | requests):\n");
        rolled.forEach((key, groups) -> report.append("  ")
                .append(String.join(" | ", key))
                .append(" | ")
                .append(groups.size())
                .append(" ops | n=")
                .append(groups.stream().mapToInt(failureCounts::get).sum())
                .append("\n      e.g. ")
                .append(failures.get(groups.get(0)).get(0))
                .append("\n      ops: ")
                .append(abbreviate(
                        groups.stream().map(Group::operation).distinct().collect(Collectors.joining(", ")), 600))
                .append('\n'));
        report.append(failures.size()).append(PER_OPERATION);
        failures.forEach((group, examples) -> report.append("  ")
                .append(group.operation())
                .append(" | ")
                .append(group.kind())
                .append(" | ")
                .append(group.status())
                .append(" | ")
                .append(group.rule())
                .append(" | n=")
                .append(failureCounts.get(group))
                .append("\n      e.g. ")
                .append(examples.get(0))
                .append('\n'));
        return report.toString();
    }

    /** Like ProjectionVerifyIT: verify compares what each live token covers, so wait for every processor first. */
    private void awaitProcessorsCaughtUp() {
        Eventually.within(Duration.ofSeconds(90), "every processor to catch up", () -> {
            JsonNode items =
                    api().as("admin").get("/api/admin/projections").json().path("items");
            boolean caughtUp = items.size() > 0;
            for (JsonNode item : items) {
                caughtUp &= !item.path("replaying").asBoolean()
                        && item.path("running").asBoolean()
                        && item.path("position").asLong() >= item.path("head").asLong();
            }
            return caughtUp;
        });
    }
}
