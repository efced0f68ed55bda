package dk.kk.registry.infra.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.SerializedMetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.core.annotation.AnnotationUtils;

/**
 * Rebuilds every projection from a large realistic history ({@link InterventionHistory}) three ways in one run: a raw
 * read-and-deserialise of the event rows (the floor no projection can beat), Axon's default processor configuration
 * (a tracking processor per projection, one event per transaction) for a bounded time, and the registry's own
 * processors reset to the start and run to the head. The heap is sampled throughout the registry's rebuild. The audit
 * log's hash chain is no projection: it stays stopped for the rest of the run, so that it does not compete with the
 * reads measured after the replay.
 */
record ReplayBench(BenchRegistry registry, int events) {

    static final Set<String> PROJECTIONS =
            Set.of("interventions", "areas", "reference", "goals", "measurements", "screenings", "development-plans");
    static final int DEFAULT_EVENTS = 1_000_000;
    private static final long DEFAULT_BUDGET_MILLIS = 30_000;
    private static final double TARGET_RATE = 20_000;
    private static final double TARGET_OVER_DEFAULT = 20;
    private static final long TARGET_HEAP_BYTES = 512L << 20;

    Result run() throws Exception {
        InterventionHistory.generate(registry, events);
        long head = registry.head();
        Bench.progress("replay: " + head + " events in the store; raw read and deserialise");
        double rawRate = rawReadAndDeserialise(registry, head);

        Bench.progress(
                "replay: Axon's default processor configuration for at most " + DEFAULT_BUDGET_MILLIS / 1000 + " s");
        double defaultRate = axonDefaults(head);

        Bench.progress("replay: the registry's processors, reset to the start");
        List<StreamingEventProcessor> projections = registry.processors().stream()
                .filter(p -> PROJECTIONS.contains(p.getName()))
                .toList();
        projections.forEach(StreamingEventProcessor::resetTokens);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long heapPeak = 0;
        Profile profile = Profile.startIfAsked(registry);
        long started = System.nanoTime();
        projections.forEach(StreamingEventProcessor::start);
        long lastReport = started;
        while (!projections.stream().allMatch(p -> BenchRegistry.position(p) >= head)) {
            heapPeak = Math.max(heapPeak, memory.getHeapMemoryUsage().getUsed());
            if (projections.stream().anyMatch(StreamingEventProcessor::isError)) {
                throw new IllegalStateException("a projection failed during the replay");
            }
            if (System.nanoTime() - lastReport > 10_000_000_000L) {
                lastReport = System.nanoTime();
                Bench.progress("replay: " + positions(projections));
            }
            Bench.sleep(20);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double rate = head / seconds;
        double cpuMicrosPerEvent = processorCpuNanos() / 1e3 / head;
        if (profile != null) {
            profile.close();
        }
        Long deadLetters = registry.jdbc().queryForObject("SELECT count(*) FROM deadletterentry", Long.class);
        if (deadLetters != null && deadLetters > 0) {
            throw new IllegalStateException(deadLetters + " events dead-lettered during the replay");
        }

        double overDefault = rate / defaultRate;
        boolean pass = rate >= TARGET_RATE && overDefault >= TARGET_OVER_DEFAULT && heapPeak <= TARGET_HEAP_BYTES;
        return new Result("replay")
                .figure("events", head)
                .figure("seconds", seconds)
                .figure("events_per_s", rate)
                .figure("axon_default_per_s", defaultRate)
                .figure("x_default", overDefault)
                .figure("raw_per_s", rawRate)
                .figure("processor_cpu_us_per_event", cpuMicrosPerEvent)
                .figure("heap_peak_mib", heapPeak >> 20)
                .figure("max_heap_mib", Runtime.getRuntime().maxMemory() >> 20)
                .ratio(rate / rawRate)
                .target("events_per_s>=20000,x_default>=20,heap_peak_mib<=512", pass);
    }

    /**
     * The CPU time the projections' processor threads have used (they are started afresh for the replay): the JVM's
     * share of the work, much less disturbed by other load on the machine than the elapsed time.
     */
    private static long processorCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (ThreadInfo info : threads.dumpAllThreads(false, false)) {
            String name = info.getThreadName();
            if (name.contains("EventProcessor") && PROJECTIONS.stream().anyMatch(p -> name.contains("[" + p + "]"))) {
                total += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return total;
    }

    private static String positions(List<StreamingEventProcessor> processors) {
        StringBuilder text = new StringBuilder();
        for (StreamingEventProcessor processor : processors) {
            text.append(processor.getName())
                    .append('=')
                    .append(BenchRegistry.position(processor))
                    .append(' ');
        }
        return text.toString().trim();
    }

    /** Every event row read in order and its payload and metadata deserialised, nothing else. */
    static double rawReadAndDeserialise(BenchRegistry registry, long head) throws SQLException {
        Serializer serializer = registry.context().getBean("eventSerializer", Serializer.class);
        long started = System.nanoTime();
        long read = 0;
        try (Connection connection = registry.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT globalindex, payloadtype, payloadrevision, payload, metadata FROM domainevententry
                    WHERE globalindex <= ? ORDER BY globalindex""")) {
                select.setFetchSize(1000);
                select.setLong(1, head);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        Object payload = serializer.deserialize(new SimpleSerializedObject<>(
                                rows.getBytes(4), byte[].class, rows.getString(2), rows.getString(3)));
                        Object metadata =
                                serializer.deserialize(new SerializedMetaData<>(rows.getBytes(5), byte[].class));
                        if (payload != null && metadata != null) {
                            read++;
                        }
                    }
                }
            }
            connection.commit();
        }
        return read / ((System.nanoTime() - started) / 1e9);
    }

    /**
     * A tracking processor per projection as Axon configures one by default (one thread, one segment, one event per
     * transaction and token update), with the registry's own handlers, token store and transactions, run for a bounded
     * time from the start of the store. Answers the rate at which every projection advanced (the slowest one's).
     */
    private double axonDefaults(long head) {
        Configuration axon = registry.bean(Configuration.class);
        TokenStore tokenStore = registry.bean(TokenStore.class);
        TransactionManager transactions = registry.bean(TransactionManager.class);
        EventStore eventStore = registry.bean(EventStore.class);
        List<TrackingEventProcessor> processors = new ArrayList<>();
        for (Map.Entry<String, Object> bean :
                registry.context().getBeansWithAnnotation(ProcessingGroup.class).entrySet()) {
            Object handler = bean.getValue();
            ProcessingGroup group = AnnotationUtils.findAnnotation(handler.getClass(), ProcessingGroup.class);
            if (group == null || !PROJECTIONS.contains(group.value())) {
                continue;
            }
            AnnotationEventHandlerAdapter adapter = new AnnotationEventHandlerAdapter(
                    handler, axon.parameterResolverFactory(), axon.handlerDefinition(handler.getClass()));
            processors.add(TrackingEventProcessor.builder()
                    .name("bench-default-" + group.value())
                    .eventHandlerInvoker(SimpleEventHandlerInvoker.builder()
                            .eventHandlers(adapter)
                            .build())
                    .messageSource(eventStore)
                    .tokenStore(tokenStore)
                    .transactionManager(transactions)
                    .trackingEventProcessorConfiguration(
                            TrackingEventProcessorConfiguration.forSingleThreadedProcessing())
                    .build());
        }
        long started = System.nanoTime();
        processors.forEach(TrackingEventProcessor::start);
        long deadline = started + DEFAULT_BUDGET_MILLIS * 1_000_000;
        while (System.nanoTime() < deadline && !processors.stream().allMatch(p -> BenchRegistry.position(p) >= head)) {
            Bench.sleep(50);
        }
        long reached =
                processors.stream().mapToLong(BenchRegistry::position).min().orElse(0);
        double seconds = (System.nanoTime() - started) / 1e9;
        processors.forEach(TrackingEventProcessor::shutDown);
        registry.jdbc().update("DELETE FROM tokenentry WHERE processorname LIKE 'bench-default-%'");
        return Math.max(1, reached) / seconds;
    }
}
