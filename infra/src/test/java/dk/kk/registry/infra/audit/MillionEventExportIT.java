package dk.kk.registry.infra.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dk.kk.registry.infra.RegistryApplication;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit export at a million events: streamed end to end in constant memory, every line present and the chain
 * unbroken to the last hash. The registry runs here on a PostgreSQL of its own (a data directory deleted afterwards),
 * so that the million rows, which the event table's trigger forbids deleting, never reach the database the other
 * integration tests share.
 */
class MillionEventExportIT {

    private static final int EVENTS = 1_000_000;
    private static final long MIB = 1024 * 1024;
    private static final JsonFactory FACTORY = new JsonFactory();

    /**
     * Ten events per intervention, shaped as the registry serialises a revision of an intervention's details (Danish
     * text, a category, target groups) with the metadata every write carries. One statement (the trigger allows
     * inserts); identifiers are UUIDs that ascend with the position, so the unique indexes are appended to rather than
     * written all over, which keeps the million inserts within seconds.
     */
    private static final String APPEND = """
            INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata, payload,
                payloadrevision, payloadtype, timestamp)
            SELECT i.id, g % 10, 'Intervention', '6f1c2d3e-5a7b-4c8d-9e0f-' || lpad(to_hex(g), 12, '0'),
                convert_to('{"user":"pm.tmf","role":"PROJECT_MANAGER","administration":"TMF","source":"api",'
                    || '"reason":"revideret efter styregruppemøde nr. ' || g % 97 || '",'
                    || '"correlationId":"0c4e1f7a-2b3d-4e5f-8a9b-' || lpad(to_hex(g), 12, '0') || '"}', 'UTF8'),
                convert_to('{"interventionId":"' || i.id || '",'
                    || '"title":"Lektiecafé og familieindsats i Tingbjerg-Husum, fase ' || g % 10 || '",'
                    || '"description":"Lektiehjælp for børn og unge i 4.–9. klasse, to eftermiddage om ugen i '
                    || 'beboerhuset, med frivillige og en koordinator fra Børne- og Ungdomsforvaltningen; '
                    || 'forældrecaféer hver måned. Revision ' || g || '",'
                    || '"category":"EDUCATION_GUIDANCE","targetGroups":["CHILDREN","YOUTH"]}', 'UTF8'),
                '1', 'dk.kk.registry.shared.intervention.InterventionDetailsRevisedEvent',
                to_char(timestamp '2024-01-01 08:00' + g * interval '31 seconds', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
            FROM generate_series(1, ?) g,
                LATERAL (SELECT '3b9a7c10-4d2e-4f6a-8b1c-' || lpad(to_hex(g / 10), 12, '0') AS id) i""";

    @Test
    void aMillionEventsStreamInConstantMemoryWithTheChainUnbrokenToTheLastLine() throws Exception {
        Path data = Files.createTempDirectory("registry-million-");
        try (ConfigurableApplicationContext registry = start(data)) {
            // The processors would project and link the synthetic events for minutes; this test is about the export,
            // which links what the chain processor has not yet reached.
            registry.getBean(EventProcessingConfiguration.class)
                    .eventProcessors()
                    .values()
                    .forEach(EventProcessor::shutDown);
            JdbcTemplate jdbc = registry.getBean(JdbcTemplate.class);
            // This server is the test's own and thrown away after it: room for the million rows' write-ahead log
            // without a checkpoint in the middle of the append.
            jdbc.execute("ALTER SYSTEM SET max_wal_size = '8GB'");
            jdbc.execute("SELECT pg_reload_conf()");
            long appendStarted = System.nanoTime();
            jdbc.update(APPEND, EVENTS);
            double appendSeconds = (System.nanoTime() - appendStarted) / 1e9;
            long stored = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
            long head = jdbc.queryForObject("SELECT max(globalindex) FROM domainevententry", Long.class);
            long linkedBefore = jdbc.queryForObject("SELECT count(*) FROM event_chain", Long.class);

            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            long baseline = heapAfterGc(memory);
            long peak = baseline;
            long lines = 0;
            long computedByExport = 0;
            long lastPosition = 0;
            String previous = HashChain.GENESIS;
            String lastHash = null;
            long started = System.nanoTime();
            HttpResponse<InputStream> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:"
                                            + registry.getEnvironment().getProperty("local.server.port")
                                            + "/api/audit/export"))
                                    .header(
                                            "Authorization",
                                            "Basic "
                                                    + Base64.getEncoder()
                                                            .encodeToString(
                                                                    "auditor:demo".getBytes(StandardCharsets.UTF_8)))
                                    .build(),
                            HttpResponse.BodyHandlers.ofInputStream());
            assertThat(response.statusCode()).isEqualTo(200);
            Counting body = new Counting(response.body());
            try (BufferedReader reader =
                    new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8), 1 << 16)) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    Line event = Line.parse(line);
                    assertThat(event.position()).isGreaterThan(lastPosition);
                    lastPosition = event.position();
                    String expected = HashChain.link(
                            previous,
                            event.stored(),
                            HashChain.canonical(event.payload()),
                            HashChain.canonical(event.metadata()));
                    assertThat(event.chainHash())
                            .as("position %d", lastPosition)
                            .isEqualTo(expected);
                    previous = expected;
                    lastHash = event.chainHash();
                    if (!event.linked()) {
                        computedByExport++;
                    }
                    if (++lines % 200_000 == 0) {
                        peak = Math.max(peak, heapAfterGc(memory));
                    }
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;

            assertThat(lines).isEqualTo(stored).isGreaterThanOrEqualTo(EVENTS);
            assertThat(lastPosition).isEqualTo(head);
            assertThat(lastHash).isEqualTo(previous).hasSize(64);
            assertThat(computedByExport).isEqualTo(stored - linkedBefore);
            // The export is several hundred MiB; what stays on the heap between lines is the cursor's batch and the
            // socket's buffers. The margin allows for the rest of the test JVM, which runs meanwhile.
            assertThat(body.bytes()).isGreaterThan(500 * MIB);
            assertThat(peak - baseline)
                    .as("heap growth after GC while exporting, in bytes")
                    .isLessThan(96 * MIB);
            System.out.printf(
                    Locale.ROOT,
                    "audit export: %,d events, %.0f MiB in %.1f s: %,.0f events/s, %.1f MiB/s "
                            + "(heap growth after GC at most %d MiB; appending them took %.1f s)%n",
                    lines,
                    body.bytes() / (double) MIB,
                    seconds,
                    lines / seconds,
                    body.bytes() / (double) MIB / seconds,
                    (peak - baseline) / MIB,
                    appendSeconds);
        } finally {
            delete(data);
        }
    }

    /**
     * The fields of an exported line that the chain hashes, read with a streaming parser: the payload and metadata are
     * taken as the text they are in the line and canonicalised again by the test, as the independent script does.
     */
    private record Line(
            HashChain.StoredEvent stored, String payload, String metadata, String chainHash, boolean linked) {

        long position() {
            return stored.position();
        }

        static Line parse(String line) throws IOException {
            long position = 0;
            long sequence = 0;
            String eventId = null;
            String payloadType = null;
            String revision = null;
            String aggregateId = null;
            String recordedAt = null;
            String payload = null;
            String metadata = null;
            String chainHash = null;
            boolean linked = true;
            try (JsonParser parser = FACTORY.createParser(line)) {
                parser.nextToken();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    JsonToken value = parser.nextToken();
                    switch (field) {
                        case "position" -> position = parser.getLongValue();
                        case "sequence" -> sequence = parser.getLongValue();
                        case "eventId" -> eventId = parser.getText();
                        case "payloadType" -> payloadType = parser.getText();
                        case "payloadRevision" -> revision = value == JsonToken.VALUE_NULL ? null : parser.getText();
                        case "aggregateId" -> aggregateId = parser.getText();
                        case "recordedAt" -> recordedAt = parser.getText();
                        case "chainHash" -> chainHash = parser.getText();
                        case "linked" -> linked = parser.getBooleanValue();
                        case "payload", "metadata" -> {
                            int start = (int) parser.currentTokenLocation().getCharOffset();
                            parser.skipChildren();
                            String text = line.substring(
                                    start, (int) parser.currentLocation().getCharOffset());
                            if (field.equals("payload")) {
                                payload = text;
                            } else {
                                metadata = text;
                            }
                        }
                        default -> parser.skipChildren();
                    }
                }
            }
            return new Line(
                    new HashChain.StoredEvent(
                            position, eventId, payloadType, revision, aggregateId, sequence, recordedAt, null, null),
                    payload,
                    metadata,
                    chainHash,
                    linked);
        }
    }

    private static long heapAfterGc(MemoryMXBean memory) {
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static ConfigurableApplicationContext start(Path data) {
        return new SpringApplicationBuilder(RegistryApplication.class)
                .run(
                        "--server.port=0",
                        "--registry.embedded.ephemeral=false",
                        "--registry.demo.load=false",
                        "--registry.embedded.data-directory=" + data);
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Counts the bytes of the response as they are read. */
    private static final class Counting extends FilterInputStream {
        private long bytes;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                bytes++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                bytes += n;
            }
            return n;
        }

        long bytes() {
            return bytes;
        }
    }
}
