package dk.kk.registry.infra.bench;

import dk.kk.registry.infra.operations.ProjectionVerifier;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.eventhandling.StreamingEventProcessor;

/**
 * The whole rebuild of every projection from the log into a scratch schema, as {@code POST
 * /api/admin/projections/verify} and {@code restore} run it (one pass over the log, every projection fed, the copies
 * compared with the live tables), against a raw read-and-deserialise of the same rows in the same run. It rebuilds the
 * history {@code replay} left when run after it ({@code scripts/bench replay,rebuild}); alone, it generates one and
 * lets the processors catch up first, untimed.
 */
record RebuildBench(BenchRegistry registry, int events) {

    static final int DEFAULT_EVENTS = 1_000_000;
    private static final double TARGET_RATE = 20_000;
    private static final long TARGET_HEAP_BYTES = 512L << 20;

    Result run() throws Exception {
        if (InterventionHistory.of(registry) == null) {
            InterventionHistory.generate(registry, events);
            List<StreamingEventProcessor> projections = registry.processors().stream()
                    .filter(p -> ReplayBench.PROJECTIONS.contains(p.getName()))
                    .toList();
            long head = registry.head();
            Bench.progress("rebuild: the processors catch up to " + head + " (not timed)");
            projections.forEach(StreamingEventProcessor::start);
            while (!projections.stream().allMatch(p -> BenchRegistry.position(p) >= head)) {
                Bench.sleep(200);
            }
        }
        long head = registry.head();
        Bench.progress("rebuild: " + head + " events; raw read and deserialise");
        double rawRate = ReplayBench.rawReadAndDeserialise(registry, head);

        Bench.progress("rebuild: every projection into the scratch schema, compared with the live tables");
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        AtomicLong heapPeak = new AtomicLong();
        AtomicLong lastReport = new AtomicLong(System.nanoTime());
        long started = System.nanoTime();
        ProjectionVerifier.Result result = registry.bean(ProjectionVerifier.class)
                .verify((position, last, n) -> {
                    if (n % 1000 == 0) {
                        heapPeak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                        if (System.nanoTime() - lastReport.get() > 10_000_000_000L) {
                            lastReport.set(System.nanoTime());
                            Bench.progress("rebuild: " + n + " events, "
                                    + Math.round(n / ((System.nanoTime() - started) / 1e9)) + "/s");
                        }
                    }
                });
        double seconds = (System.nanoTime() - started) / 1e9;
        heapPeak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        double rate = head / seconds;
        boolean pass = result.equal() && rate >= TARGET_RATE && heapPeak.get() <= TARGET_HEAP_BYTES;
        return new Result("rebuild")
                .figure("events", head)
                .figure("seconds", seconds)
                .figure("events_per_s", rate)
                .figure("raw_per_s", rawRate)
                .figure("equal", result.equal() ? 1 : 0)
                .figure("heap_peak_mib", heapPeak.get() >> 20)
                .figure("max_heap_mib", Runtime.getRuntime().maxMemory() >> 20)
                .ratio(rate / rawRate)
                .target("equal,events_per_s>=20000,heap_peak_mib<=512", pass);
    }
}
