package dk.kk.registry.infra.bench;

import dk.kk.registry.infra.support.Api;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * One intervention, and a search filtered by area and category, each as of a random instant within the history's
 * thirty days of transaction time, at 100 000 interventions and 1 000 000 events ({@link InterventionHistory}). One
 * client, one request at a time: the figure is the latency a user sees.
 */
record AsOfBench(BenchRegistry registry, int events) {

    static final int DEFAULT_EVENTS = 1_000_000;
    private static final int REQUESTS = 400;
    private static final double TARGET_ONE_MS = 50;
    private static final double TARGET_SEARCH_MS = 200;

    Result run() throws Exception {
        InterventionHistory history = InterventionHistory.of(registry);
        if (history == null) {
            history = InterventionHistory.generate(registry, events);
            long head = registry.head();
            Bench.progress("asof: projecting " + head + " events");
            registry.startProjections();
            if (!registry.awaitCaughtUp(head, 1_800_000)) {
                throw new IllegalStateException("the projections did not catch up");
            }
        }
        Random random = new Random(4);
        Api auditor = registry.api().as("auditor");
        List<String> categories = InterventionHistory.categories();
        Latencies one = new Latencies();
        Latencies search = new Latencies();
        int found = 0;
        long hits = 0;
        Bench.progress("asof: " + REQUESTS + " reads of one intervention and " + REQUESTS + " searches");
        Profile profile = null;
        for (int i = -REQUESTS / 5; i < REQUESTS; i++) {
            if (i == 0) {
                profile = Profile.startIfAsked(registry);
            }
            String id = history.interventions.get(random.nextInt(history.interventions.size()));
            Instant at = instant(history, random);
            long t = System.nanoTime();
            Api.Response response = auditor.get("/api/interventions/" + id + "?asOf=" + at);
            long elapsed = System.nanoTime() - t;
            if (response.status() != 200 && response.status() != 404) {
                throw new IllegalStateException(response.toString());
            }
            String query =
                    "/api/interventions?area=" + InterventionHistory.area(random.nextInt(InterventionHistory.AREAS))
                            + "&category=" + categories.get(random.nextInt(categories.size())) + "&asOf="
                            + instant(history, random);
            long s = System.nanoTime();
            Api.Response results = auditor.get(query);
            long searchElapsed = System.nanoTime() - s;
            if (results.status() != 200) {
                throw new IllegalStateException(results.toString());
            }
            if (i >= 0) {
                one.add(elapsed);
                search.add(searchElapsed);
                found += response.status() == 200 ? 1 : 0;
                hits += results.json().get("total").asLong();
            }
        }
        if (profile != null) {
            profile.close();
        }
        boolean pass = one.percentile(95) <= TARGET_ONE_MS && search.percentile(95) <= TARGET_SEARCH_MS;
        return new Result("asof")
                .figure("interventions", history.interventions.size())
                .figure("events", registry.head())
                .figure("one_p50_ms", one.percentile(50))
                .figure("one_p95_ms", one.percentile(95))
                .figure("one_found", found)
                .figure("search_p50_ms", search.percentile(50))
                .figure("search_p95_ms", search.percentile(95))
                .figure("search_mean_total", (double) hits / REQUESTS)
                .ratio(Math.max(one.percentile(95) / TARGET_ONE_MS, search.percentile(95) / TARGET_SEARCH_MS))
                .target("one_p95<=50ms,search_p95<=200ms", pass);
    }

    private static Instant instant(InterventionHistory history, Random random) {
        long span = history.to.toEpochMilli() - history.from.toEpochMilli();
        return history.from.plusMillis((long) (random.nextDouble() * span));
    }
}
