package dk.kk.registry.infra.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.Eventually;
import dk.kk.registry.infra.support.Fixtures;
import dk.kk.registry.infra.support.RegistryIT;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A blue/green rebuild of the interventions projection while readers keep asking for the search and one intervention,
 * now and as of an earlier instant: not one read fails, and every answer is the one given before the rebuild.
 */
class RebuildWhileReadingIT extends RegistryIT {

    private static final int READERS = 4;

    @Test
    void readersSeeNoFailureAndTheSameAnswersBeforeDuringAndAfterARebuild() throws Exception {
        Fixtures fixtures = fixtures();
        Api pm = api().as("pm.tmf");
        String area = fixtures.area("rebuild-read");
        String id = fixtures.intervention(fixtures.registration("Gadeplan Mjølnerparken", area));
        fixtures.intervention(fixtures.registration("Gadeplan Aldersrogade", area));
        Thread.sleep(20);
        Instant between = Instant.now();
        Thread.sleep(20);
        assertThat(pm.post(
                                "/api/interventions/" + id + "/details",
                                Map.of("title", "Gadeplan og nattevandring", "reason", "nattevandring lagt ind"))
                        .status())
                .isEqualTo(200);
        assertThat(pm.post(
                                "/api/interventions/" + id + "/stage",
                                Map.of("stage", "ACTIVE", "effectiveFrom", "2019-03-01"))
                        .status())
                .isEqualTo(200);

        Map<String, JsonNode> expected = new LinkedHashMap<>();
        for (String path : List.of(
                "/api/interventions?area=" + area,
                "/api/interventions/" + id,
                "/api/interventions?area=" + area + "&asOf=" + between,
                "/api/interventions/" + id + "?asOf=" + between)) {
            Api.Response response = api().as("auditor").get(path);
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            expected.put(path, response.json());
        }
        assertThat(expected.get("/api/interventions/" + id).get("title").asText())
                .isEqualTo("Gadeplan og nattevandring");
        assertThat(expected.get("/api/interventions/" + id + "?asOf=" + between)
                        .get("title")
                        .asText())
                .isEqualTo("Gadeplan Mjølnerparken");
        assertThat(expected.get("/api/interventions?area=" + area).get("total").asInt())
                .isEqualTo(2);

        AtomicBoolean stop = new AtomicBoolean();
        AtomicBoolean rebuilding = new AtomicBoolean();
        AtomicLong reads = new AtomicLong();
        AtomicLong readsWhileRebuilding = new AtomicLong();
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(READERS);
        List<Future<?>> readers = new ArrayList<>();
        List<String> paths = List.copyOf(expected.keySet());
        for (int reader = 0; reader < READERS; reader++) {
            int first = reader;
            readers.add(pool.submit(() -> {
                Api auditor = api().as("auditor");
                for (int i = first; !stop.get(); i++) {
                    String path = paths.get(i % paths.size());
                    boolean during = rebuilding.get();
                    Api.Response response = auditor.get(path);
                    reads.incrementAndGet();
                    if (during && rebuilding.get()) {
                        readsWhileRebuilding.incrementAndGet();
                    }
                    if (response.status() != 200) {
                        failures.add(path + " answered " + response);
                    } else if (!response.json().equals(expected.get(path))) {
                        failures.add(path + " answered differently: " + response.text());
                    }
                }
            }));
        }
        try {
            Thread.sleep(300);
            rebuilding.set(true);
            Api.Response started = api().as("admin").post("/api/admin/projections/interventions/rebuild", "");
            assertThat(started.status()).as(started.toString()).isEqualTo(202);
            awaitRebuilt();
            rebuilding.set(false);
            Thread.sleep(300);
        } finally {
            stop.set(true);
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        for (Future<?> reader : readers) {
            reader.get();
        }

        assertThat(failures).as("failed or different reads").isEmpty();
        assertThat(readsWhileRebuilding.get()).as("reads while the rebuild ran").isPositive();
        assertThat(reads.get()).isGreaterThan(readsWhileRebuilding.get());
    }

    /** Until the rebuild is over: the projection no longer replaying, running, and at the head. */
    private void awaitRebuilt() {
        Eventually.within(Duration.ofMinutes(1), "the rebuild to end", () -> {
            for (JsonNode item :
                    api().as("admin").get("/api/admin/projections").json().get("items")) {
                if (item.get("name").asText().equals("interventions")) {
                    return !item.get("replaying").asBoolean()
                            && item.get("running").asBoolean()
                            && item.get("position").asLong() >= item.get("head").asLong();
                }
            }
            return false;
        });
    }
}
