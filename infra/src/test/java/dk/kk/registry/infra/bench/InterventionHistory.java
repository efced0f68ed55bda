package dk.kk.registry.infra.bench;

import static dk.kk.registry.infra.support.Bodies.evaluation;
import static dk.kk.registry.infra.support.Bodies.funding;
import static dk.kk.registry.infra.support.Bodies.with;
import static dk.kk.registry.infra.support.Fixtures.money;

import dk.kk.registry.infra.support.Api;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * A large, realistic intervention history without a million commands: a few interventions are recorded through the
 * API (so their events are exactly what the aggregates and Axon's serializer write), then cloned into the event table
 * with {@code COPY}: each clone gets new ids (the intervention's, its funding lines' and evaluations'), its own areas and
 * category, new event ids and timestamps, and keeps the template's aggregate sequence. Clones run interleaved, as
 * many project managers would write, over the last thirty days of transaction time.
 */
final class InterventionHistory {

    static final int AREAS = 40;
    private static final int INTERLEAVED = 64;
    private static final Duration SPAN = Duration.ofDays(30);
    private static final Pattern CATEGORY = Pattern.compile("\"category\":\"[A-Z_]+\"");
    private static final String[] CATEGORIES = {
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
        "LANGUAGE"
    };
    private static final String FIRST = "bench-template-first";
    private static final String SECOND = "bench-template-second";

    /** The history generated for a registry, so that {@code all} generates it once for replay and as-of. */
    private static final Map<BenchRegistry, InterventionHistory> GENERATED =
            new java.util.concurrent.ConcurrentHashMap<>();

    final List<String> interventions;
    final long events;
    final long firstIndex;
    final Instant from;
    final Instant to;

    private InterventionHistory(List<String> interventions, long events, long firstIndex, Instant from, Instant to) {
        this.interventions = interventions;
        this.events = events;
        this.firstIndex = firstIndex;
        this.from = from;
        this.to = to;
    }

    static String area(int i) {
        return String.format("bench-area-%02d", i);
    }

    static List<String> categories() {
        return List.of(CATEGORIES);
    }

    static InterventionHistory of(BenchRegistry registry) {
        return GENERATED.get(registry);
    }

    /**
     * Generates about {@code events} events with every event processor stopped (they stay stopped: the caller decides
     * how the projections catch up).
     */
    static InterventionHistory generate(BenchRegistry registry, int events) throws Exception {
        List<Template> templates = templates(registry);
        registry.processors().forEach(StreamingEventProcessor::shutDown);
        Bench.progress("history: cloning " + templates.size() + " recorded interventions into " + events + " events");
        InterventionHistory history = copy(registry, templates, events);
        GENERATED.put(registry, history);
        return history;
    }

    private record Template(String id, List<String> ids, List<Row> rows) {}

    private record Row(
            long sequence, String type, String payload, String metadata, String revision, String payloadType) {}

    private static List<Template> templates(BenchRegistry registry) {
        Api admin = registry.api().as("admin");
        for (int i = 0; i < AREAS; i++) {
            created(admin.post(
                    "/api/areas",
                    Map.of("id", area(i), "name", "Benchmarkområde " + i, "kind", "MUNICIPAL_DESIGNATED")));
        }
        for (String area : List.of(FIRST, SECOND)) {
            created(admin.post(
                    "/api/areas", Map.of("id", area, "name", "Skabelon " + area, "kind", "MUNICIPAL_DESIGNATED")));
        }
        String police = organisation(admin, "Københavns Politi (bench " + java.util.UUID.randomUUID() + ")", "POLICE");
        String fund = organisation(
                admin, "Landsbyggefonden (bench " + java.util.UUID.randomUUID() + ")", "NATIONAL_BUILDING_FUND");
        String research = organisation(admin, "VIVE (bench " + java.util.UUID.randomUUID() + ")", "RESEARCH");

        List<Template> templates = new ArrayList<>();
        templates.add(evaluatedPartnership(registry, police, fund, research));
        templates.add(employmentScheme(registry, fund));
        templates.add(terminatedHealth(registry, research));
        return templates.stream()
                .map(t -> new Template(t.id(), t.ids(), rows(registry, t.id())))
                .toList();
    }

    /** Ten events: registered, a second area, a partner, funding adjusted, two years of spending, active, evaluated. */
    private static Template evaluatedPartnership(BenchRegistry registry, String police, String fund, String research) {
        Api pm = registry.api().as("pm.tmf");
        String id = register(pm, "TMF", "SAFETY_PARTNERSHIP", List.of(FIRST), "Tryghedspartnerskab i området");
        String base = "/api/interventions/" + id;
        ok(pm.post(base + "/areas", Map.of("areaId", SECOND, "effectiveFrom", "2020-01-01")));
        ok(pm.post(
                base + "/partners",
                Map.of("organisationId", police, "role", "CO_LEAD", "effectiveFrom", "2019-03-01")));
        String funding = created(pm.post(
                        base + "/funding",
                        with(
                                funding(fund, "NATIONAL_BUILDING_FUND", "1250000.00", List.of(2019, 2022)),
                                "decisionReference",
                                "BR 2018-123")))
                .json()
                .get("fundingId")
                .asText();
        ok(pm.post(
                base + "/funding/" + funding + "/adjustments",
                Map.of("amount", money("1100000.00"), "reason", "budgetforlig 2020")));
        ok(pm.post(base + "/expenditures", Map.of("year", 2020, "amount", money("300000.00"))));
        ok(pm.post(base + "/expenditures", Map.of("year", 2021, "amount", money("412500.25"))));
        ok(pm.post(base + "/stage", Map.of("stage", "ACTIVE", "effectiveFrom", "2019-03-01")));
        String evaluation = created(registry.api()
                        .as("evaluator")
                        .post(
                                base + "/evaluations",
                                with(
                                        evaluation(
                                                "2019-03-01", "2021-12-31", "QUASI_EXPERIMENTAL", research, "POSITIVE"),
                                        "evidenceLevel",
                                        3,
                                        "summary",
                                        "Trygheden steg mere end i resten af byen")))
                .json()
                .get("evaluationId")
                .asText();
        ok(pm.post(
                base + "/details",
                Map.of(
                        "title",
                        "Tryghedspartnerskab i området (forlænget)",
                        "description",
                        "Partnerskab mellem forvaltningen, politiet og boligorganisationerne",
                        "category",
                        "SAFETY_PARTNERSHIP",
                        "targetGroups",
                        List.of("YOUTH", "ALL_RESIDENTS"),
                        "reason",
                        "efter evalueringen")));
        return new Template(id, List.of(id, funding, evaluation), List.of());
    }

    /** Nine events: registered in two areas, funded, three years of spending, active, extended, one area left. */
    private static Template employmentScheme(BenchRegistry registry, String fund) {
        Api pm = registry.api().as("pm.sof");
        String id = register(pm, "SOF", "EMPLOYMENT_SCHEME", List.of(FIRST, SECOND), "Jobindsats for unge");
        String base = "/api/interventions/" + id;
        String funding = created(
                        pm.post(base + "/funding", funding(fund, "STATE_POOL", "800000.50", List.of(2020, 2023))))
                .json()
                .get("fundingId")
                .asText();
        ok(pm.post(base + "/expenditures", Map.of("year", 2020, "amount", money("150000.00"))));
        ok(pm.post(base + "/expenditures", Map.of("year", 2021, "amount", money("210000.00"))));
        ok(pm.post(base + "/expenditures", Map.of("year", 2022, "amount", money("190000.75"))));
        ok(pm.post(base + "/stage", Map.of("stage", "ACTIVE", "effectiveFrom", "2020-02-01")));
        ok(pm.post(base + "/extension", Map.of("plannedEnd", "2031-12-31", "reason", "ny bevilling")));
        ok(pm.post(
                base + "/areas/" + SECOND + "/removal",
                Map.of("effectiveTo", "2022-12-31", "reason", "området er ikke længere udsat")));
        return new Template(id, List.of(id, funding), List.of());
    }

    /** Six events: registered, funded, active, spending, evaluated without effect, terminated. */
    private static Template terminatedHealth(BenchRegistry registry, String research) {
        Api pm = registry.api().as("pm.sof");
        String id = register(pm, "SOF", "HEALTH", List.of(FIRST), "Sundhedsguider i boligområdet");
        String base = "/api/interventions/" + id;
        String funding = created(pm.post(
                        base + "/funding", funding("SOF", "MUNICIPAL_BASE_BUDGET", "450000.00", List.of(2021, 2022))))
                .json()
                .get("fundingId")
                .asText();
        ok(pm.post(base + "/stage", Map.of("stage", "ACTIVE", "effectiveFrom", "2021-01-01")));
        ok(pm.post(base + "/expenditures", Map.of("year", 2021, "amount", money("225000.00"))));
        String evaluation = created(registry.api()
                        .as("evaluator")
                        .post(
                                base + "/evaluations",
                                with(
                                        evaluation("2021-01-01", "2022-06-30", "BEFORE_AFTER", research, "NO_EFFECT"),
                                        "evidenceLevel",
                                        2,
                                        "summary",
                                        "Ingen målbar effekt på kontakten til egen læge")))
                .json()
                .get("evaluationId")
                .asText();
        ok(pm.post(
                base + "/decisions",
                Map.of("decision", "TERMINATE", "effectiveFrom", "2022-07-01", "reason", "ingen effekt")));
        return new Template(id, List.of(id, funding, evaluation), List.of());
    }

    private static String register(Api pm, String lead, String category, List<String> areas, String title) {
        return created(pm.post(
                        "/api/interventions",
                        Map.of(
                                "title",
                                title,
                                "description",
                                "Indsats til benchmark af registret",
                                "kind",
                                "AREA_BASED",
                                "category",
                                category,
                                "leadAdministration",
                                lead,
                                "areas",
                                areas,
                                "targetGroups",
                                List.of("YOUTH"),
                                "plannedStart",
                                "2019-01-01",
                                "plannedEnd",
                                "2030-12-31")))
                .json()
                .get("id")
                .asText();
    }

    /** Registers an organisation; answers its id. */
    private static String organisation(Api admin, String name, String kind) {
        return created(admin.post("/api/organisations", Map.of("name", name, "kind", kind)))
                .json()
                .get("id")
                .asText();
    }

    private static Api.Response created(Api.Response response) {
        if (response.status() != 201) {
            throw new IllegalStateException("setting up the history: " + response);
        }
        return response;
    }

    private static void ok(Api.Response response) {
        if (response.status() != 200 && response.status() != 201) {
            throw new IllegalStateException("setting up the history: " + response);
        }
    }

    private static List<Row> rows(BenchRegistry registry, String id) {
        return registry.jdbc()
                .query(
                        """
                SELECT sequencenumber, type, convert_from(payload, 'UTF8'), convert_from(metadata, 'UTF8'),
                    payloadrevision, payloadtype
                FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber""",
                        (rs, n) -> new Row(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6)),
                        id);
    }

    /** A clone of a template under way: its new ids, areas and category, and how many of its events are written. */
    private static final class Clone {
        final Template template;
        final String[] ids;
        final String first;
        final String second;
        final String category;
        int next;

        Clone(Template template, Random random) {
            this.template = template;
            this.ids = new String[template.ids().size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = UUID.randomUUID().toString();
            }
            int a = random.nextInt(AREAS);
            int b = (a + 1 + random.nextInt(AREAS - 1)) % AREAS;
            this.first = '"' + area(a) + '"';
            this.second = '"' + area(b) + '"';
            this.category = "\"category\":\"" + CATEGORIES[random.nextInt(CATEGORIES.length)] + '"';
        }

        boolean done() {
            return next >= template.rows().size();
        }

        String rewrite(String text) {
            String out = text.replace('"' + FIRST + '"', first).replace('"' + SECOND + '"', second);
            for (int i = 0; i < ids.length; i++) {
                out = out.replace(template.ids().get(i), ids[i]);
            }
            return CATEGORY.matcher(out).replaceAll(category);
        }
    }

    private static InterventionHistory copy(BenchRegistry registry, List<Template> templates, int events)
            throws SQLException {
        long firstIndex = registry.head() + 1;
        Random random = new Random(20_111);
        Instant to = Instant.now().minusSeconds(1);
        Instant from = to.minus(SPAN);
        long spanMillis = SPAN.toMillis();
        List<String> interventions = new ArrayList<>();
        HexFormat hex = HexFormat.of();
        long written = 0;
        try (Connection connection = registry.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            PGConnection pg = connection.unwrap(PGConnection.class);
            try (OutputStream out = new BufferedOutputStream(new PGCopyOutputStream(pg, """
                    COPY domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata,
                        payload, payloadrevision, payloadtype, timestamp) FROM STDIN"""), 1 << 16)) {
                Clone[] running = new Clone[INTERLEAVED];
                long lastReport = System.nanoTime();
                while (written < events) {
                    int slot = random.nextInt(INTERLEAVED);
                    if (running[slot] == null || running[slot].done()) {
                        running[slot] = new Clone(templates.get(random.nextInt(templates.size())), random);
                        interventions.add(running[slot].ids[0]);
                    }
                    Clone clone = running[slot];
                    Row row = clone.template.rows().get(clone.next++);
                    Instant at = from.plusMillis(spanMillis * written / events);
                    StringBuilder line = new StringBuilder(4096)
                            .append(clone.ids[0])
                            .append('\t')
                            .append(row.sequence())
                            .append('\t')
                            .append(row.type())
                            .append('\t')
                            .append(UUID.randomUUID())
                            .append("\t\\\\x")
                            .append(hex.formatHex(clone.rewrite(row.metadata()).getBytes(StandardCharsets.UTF_8)))
                            .append("\t\\\\x")
                            .append(hex.formatHex(clone.rewrite(row.payload()).getBytes(StandardCharsets.UTF_8)))
                            .append('\t')
                            .append(row.revision() == null ? "\\N" : row.revision())
                            .append('\t')
                            .append(row.payloadType())
                            .append('\t')
                            .append(at)
                            .append('\n');
                    out.write(line.toString().getBytes(StandardCharsets.UTF_8));
                    written++;
                    if (System.nanoTime() - lastReport > 10_000_000_000L) {
                        lastReport = System.nanoTime();
                        Bench.progress("history: " + written + " events");
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            connection.commit();
        }
        registry.jdbc().execute("ANALYZE domainevententry");
        return new InterventionHistory(interventions, written, firstIndex, from, to);
    }
}
