package dk.kk.registry.infra.bench;

import static dk.kk.registry.infra.support.Bodies.with;

import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.Bodies;
import dk.kk.registry.shared.measurement.MeasurementIds;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.postgresql.PGConnection;

/**
 * A bulk of measurements through {@code POST /api/measurements} (checked, appended, projected: the request answers
 * once the measurements can be read), against PostgreSQL's {@code COPY} of the same rows into a table shaped and
 * indexed like the measurements' read table, on the same server in the same run.
 */
record ImportBench(BenchRegistry registry, int rows) {

    static final int DEFAULT_ROWS = 100_000;
    private static final double TARGET_ROWS_PER_SECOND = 20_000;

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    ImportBench {
        rows = Math.min(rows, 100_000);
    }

    Result run() throws Exception {
        Api admin = registry.api().as("admin");
        String[] areas = {"bench-import-a", "bench-import-b"};
        for (String area : areas) {
            admin.post("/api/areas", Map.of("id", area, "name", "Område " + area, "kind", "MUNICIPAL_DESIGNATED"));
        }
        Bench.progress("import: warming up with " + Math.min(rows, 5_000) + " rows");
        post(indicator(admin, "bench-import-warmup"), areas, Math.min(rows, 5_000));

        String indicator = indicator(admin, "bench-import");
        Bench.progress("import: " + rows + " rows through the API");
        Profile profile = Profile.startIfAsked(registry);
        long started = System.nanoTime();
        String body = post(indicator, areas, rows);
        double apiSeconds = (System.nanoTime() - started) / 1e9;
        if (profile != null) {
            profile.close();
        }
        Long projected = registry.jdbc()
                .queryForObject(
                        "SELECT count(*) FROM measurement_version WHERE indicator_id = ?", Long.class, indicator);
        if (projected == null || projected != rows) {
            throw new IllegalStateException("read your writes: " + projected + " of " + rows + " projected");
        }

        Bench.progress("import: COPY of the same rows");
        registry.jdbc().execute("DROP TABLE IF EXISTS bench_copy_measurement");
        registry.jdbc().execute("CREATE TABLE bench_copy_measurement (LIKE measurement_version INCLUDING ALL)");
        String copy = copyText(indicator, areas, rows);
        started = System.nanoTime();
        long copied = registry.jdbc().execute((Connection connection) -> {
            try {
                return connection
                        .unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn("COPY bench_copy_measurement FROM STDIN", new StringReader(copy));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        double copySeconds = (System.nanoTime() - started) / 1e9;
        registry.jdbc().execute("DROP TABLE bench_copy_measurement");

        double apiRate = rows / apiSeconds;
        double copyRate = copied / copySeconds;
        return new Result("import")
                .figure("rows", rows)
                .figure("body_bytes", body.getBytes(StandardCharsets.UTF_8).length)
                .figure("api_seconds", apiSeconds)
                .figure("api_rows_per_s", apiRate)
                .figure("copy_rows_per_s", copyRate)
                .ratio(apiRate / copyRate)
                .target("api_rows_per_s>=20000", apiRate >= TARGET_ROWS_PER_SECOND);
    }

    private static String indicator(Api admin, String id) {
        Api.Response response = admin.post(
                "/api/indicators",
                with(Bodies.indicator(id, "Benchmark " + id, "LOWER_IS_BETTER", "DOMUS"), "reason", "scripts/bench"));
        if (response.status() != 201) {
            throw new IllegalStateException(response.toString());
        }
        return id;
    }

    /** Posted with a client of its own: a bulk may take longer than the test client's 30 s on a busy machine. */
    private String post(String indicator, String[] areas, int count) throws IOException, InterruptedException {
        String body = body(indicator, areas, count);
        HttpRequest request = HttpRequest.newBuilder(URI.create(registry.base() + "/api/measurements"))
                .timeout(Duration.ofMinutes(10))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder().encodeToString("evaluator:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return body;
    }

    private static LocalDate day(int row, String[] areas) {
        return LocalDate.of(1950, 1, 1).plusDays(row / areas.length);
    }

    /** One row per day and area: every row has its own indicator, area and period. */
    static String body(String indicator, String[] areas, int count) {
        StringBuilder json = new StringBuilder(count * 170).append('[');
        for (int i = 0; i < count; i++) {
            String day = day(i, areas).toString();
            if (i > 0) {
                json.append(',');
            }
            json.append("{\"indicator\":\"")
                    .append(indicator)
                    .append("\",\"area\":\"")
                    .append(areas[i % areas.length])
                    .append("\",\"period\":{\"from\":\"")
                    .append(day)
                    .append("\",\"to\":\"")
                    .append(day)
                    .append("\"},\"value\":\"")
                    .append(value(i))
                    .append("\",\"numerator\":")
                    .append(i % 1000)
                    .append(",\"denominator\":1000,\"source\":\"SØK\"}");
        }
        return json.append(']').toString();
    }

    private static String value(int i) {
        return (i % 1000) + "." + (i % 7);
    }

    private static String copyText(String indicator, String[] areas, int count) {
        StringBuilder text = new StringBuilder(count * 220);
        String now = Instant.now().toString();
        for (int i = 0; i < count; i++) {
            LocalDate day = day(i, areas);
            String area = areas[i % areas.length];
            text.append(MeasurementIds.of(indicator, area, day, day))
                    .append("\t0\t")
                    .append(now)
                    .append("\t\\N\t")
                    .append(indicator)
                    .append("\t1\t")
                    .append(area)
                    .append('\t')
                    .append(day)
                    .append('\t')
                    .append(day)
                    .append('\t')
                    .append(value(i))
                    .append('\t')
                    .append(i % 1000)
                    .append("\t1000\tSØK\t\\N\tf\tf\t")
                    .append("RECORDED\t")
                    .append(UUID.randomUUID())
                    .append("\tevaluator\tEVALUATOR\tapi\t\\N\t")
                    .append(value(i))
                    .append('\t')
                    .append(value(i))
                    .append("\tEXACT\t\\N\n");
        }
        return text.toString();
    }
}
