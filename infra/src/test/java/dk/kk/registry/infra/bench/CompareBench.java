package dk.kk.registry.infra.bench;

import static dk.kk.registry.infra.support.Bodies.with;

import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.Bodies;
import dk.kk.registry.shared.common.AuditMetadata;
import dk.kk.registry.shared.common.UncertainValue;
import dk.kk.registry.shared.measurement.MeasurementIds;
import dk.kk.registry.shared.measurement.MeasurementRecordedEvent;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Comparisons at 1 000 000 measurements over 200 areas and 20 years: the measurements are recorded as the events a
 * bulk import appends (serialised by the registry's own event serializer) with {@code COPY}, projected by the
 * registry's processors, then {@code GET /api/comparisons} is asked for random indicators and windows.
 */
record CompareBench(BenchRegistry registry, int measurements) {

    static final int DEFAULT_MEASUREMENTS = 1_000_000;
    private static final int AREAS = 200;
    private static final int YEARS = 20;
    private static final int FIRST_YEAR = 2005;
    private static final int REQUESTS = 200;
    private static final double TARGET_MS = 100;
    private static final String COMPARISON = "rest-of-copenhagen";

    Result run() throws Exception {
        Api admin = registry.api().as("admin");
        int indicators = Math.max(1, (int) Math.ceil(measurements / (double) (AREAS * YEARS)));
        Bench.progress("compare: " + AREAS + " areas, " + indicators + " indicators");
        for (int a = 0; a < AREAS; a++) {
            admin.post(
                    "/api/areas",
                    Map.of("id", area(a), "name", "Sammenligningsområde " + a, "kind", "MUNICIPAL_DESIGNATED"));
        }
        for (int i = 0; i < indicators; i++) {
            Api.Response response = admin.post(
                    "/api/indicators",
                    with(
                            Bodies.indicator(
                                    indicator(i),
                                    "Indikator " + i,
                                    i % 2 == 0 ? "LOWER_IS_BETTER" : "HIGHER_IS_BETTER",
                                    "Danmarks Statistik"),
                            "reason",
                            "scripts/bench compare"));
            if (response.status() != 201) {
                throw new IllegalStateException(response.toString());
            }
        }
        long head = registry.head();
        registry.awaitCaughtUp(head, 120_000);
        registry.processors().forEach(StreamingEventProcessor::shutDown);
        Bench.progress("compare: writing " + (long) indicators * (AREAS + 1) * YEARS + " measurement events");
        long written = copy(indicators);
        head = registry.head();
        long started = System.nanoTime();
        registry.startProjections();
        if (!registry.awaitCaughtUp(head, 1_800_000)) {
            throw new IllegalStateException("the projections did not catch up");
        }
        double projectedPerSecond = written / ((System.nanoTime() - started) / 1e9);
        Long rows = registry.jdbc().queryForObject("SELECT count(*) FROM measurement_version", Long.class);

        Random random = new Random(17);
        Api evaluator = registry.api().as("evaluator");
        Latencies latencies = new Latencies();
        Bench.progress("compare: " + REQUESTS + " comparisons");
        Profile profile = null;
        for (int i = -REQUESTS / 5; i < REQUESTS; i++) {
            if (i == 0) {
                profile = Profile.startIfAsked(registry);
            }
            int baseline = FIRST_YEAR + random.nextInt(YEARS / 2);
            int status = FIRST_YEAR + YEARS / 2 + random.nextInt(YEARS / 2);
            String path = "/api/comparisons?indicator=" + indicator(random.nextInt(indicators)) + "&comparison="
                    + COMPARISON + "&baseline=" + baseline + "&status=" + status;
            long t = System.nanoTime();
            Api.Response response = evaluator.get(path);
            long elapsed = System.nanoTime() - t;
            if (response.status() != 200) {
                throw new IllegalStateException(response.toString());
            }
            if (i >= 0) {
                latencies.add(elapsed);
            }
        }
        if (profile != null) {
            profile.close();
        }
        boolean pass = latencies.percentile(95) <= TARGET_MS;
        return new Result("compare")
                .figure("measurements", rows)
                .figure("areas", AREAS)
                .figure("years", YEARS)
                .figure("indicators", indicators)
                .figure("projected_per_s", projectedPerSecond)
                .figure("p50_ms", latencies.percentile(50))
                .figure("p95_ms", latencies.percentile(95))
                .ratio(latencies.percentile(95) / TARGET_MS)
                .target("p95<=100ms", pass);
    }

    private static String area(int a) {
        return String.format("bench-cmp-%03d", a);
    }

    private static String indicator(int i) {
        return String.format("bench-indicator-%03d", i);
    }

    /** Every indicator in every area and the comparison area for every year, as a bulk import appends them. */
    private long copy(int indicators) throws Exception {
        Serializer serializer = registry.context().getBean("eventSerializer", Serializer.class);
        MetaData meta = MetaData.from(Map.of(
                AuditMetadata.USER,
                "evaluator",
                AuditMetadata.ROLE,
                "EVALUATOR",
                AuditMetadata.SOURCE,
                "import",
                AuditMetadata.CORRELATION_ID,
                UUID.randomUUID().toString()));
        SerializedObject<byte[]> metadata = serializer.serialize(meta, byte[].class);
        HexFormat hex = HexFormat.of();
        String metadataHex = hex.formatHex(metadata.getData());
        String at = Instant.now().toString();
        Random random = new Random(2011);
        long written = 0;
        try (Connection connection = registry.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            PGConnection pg = connection.unwrap(PGConnection.class);
            try (OutputStream out = new BufferedOutputStream(new PGCopyOutputStream(pg, """
                    COPY domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata,
                        payload, payloadrevision, payloadtype, timestamp) FROM STDIN"""), 1 << 16)) {
                for (int i = 0; i < indicators; i++) {
                    String indicator = indicator(i);
                    for (int a = -1; a < AREAS; a++) {
                        String area = a < 0 ? COMPARISON : area(a);
                        for (int year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
                            LocalDate from = LocalDate.of(year, 1, 1);
                            LocalDate to = LocalDate.of(year, 12, 31);
                            String id = MeasurementIds.of(indicator, area, from, to);
                            BigDecimal value = BigDecimal.valueOf(50 + random.nextInt(2000), 2);
                            SerializedObject<byte[]> payload = serializer.serialize(
                                    new MeasurementRecordedEvent(
                                            id,
                                            indicator,
                                            1,
                                            area,
                                            from,
                                            to,
                                            null,
                                            UncertainValue.exact(value),
                                            null,
                                            null,
                                            "Danmarks Statistik",
                                            null),
                                    byte[].class);
                            String line = id + "\t0\tMeasurement\t" + UUID.randomUUID() + "\t\\\\x" + metadataHex
                                    + "\t\\\\x" + hex.formatHex(payload.getData()) + '\t'
                                    + payload.getType().getRevision() + '\t'
                                    + payload.getType().getName() + '\t'
                                    + at + '\n';
                            out.write(line.getBytes(StandardCharsets.UTF_8));
                            written++;
                        }
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            connection.commit();
        }
        registry.jdbc().execute("ANALYZE domainevententry");
        return written;
    }
}
