package dk.kk.registry.infra.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.Nonnull;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;
import org.springframework.stereotype.Component;

/**
 * Axon's message monitors, as {@code axon-micrometer} registers them for every component, except for the event
 * processors, which every event passes through, handled or ignored: seven processors, so a replay of a million events
 * is seven million messages.
 * <ul>
 * <li>Axon's capacity monitor keeps one entry per message for ten minutes: a replay held millions of entries and ran
 * the registry out of memory (docs/benchmarks.md, "The heap"). {@link BusyTime} keeps the last minute in sixty
 * one-second buckets: the same gauge, {@code <processor>.capacity}, in constant memory.</li>
 * <li>Axon's counting, timer and latency monitors look up or register ten meters per message (a meter id built, its
 * tags sorted, a map consulted): the largest item of the processors' own CPU in the import's profile.
 * {@link PreparedMeters} registers the same meters, with the same names and percentiles, once per processor.</li>
 * </ul>
 * Spring Boot's auto-configuration steps back for this bean, which must not be named {@code processorMetrics} (a bean
 * of Spring's own carries that name).
 */
@Component("axonMessageMonitors")
class ProcessorMonitors extends GlobalMetricRegistry {

    private final MeterRegistry registry;

    ProcessorMonitors(MeterRegistry registry) {
        super(registry);
        this.registry = registry;
    }

    @Override
    public MessageMonitor<? super EventMessage<?>> registerEventProcessor(String eventProcessorName) {
        return new MultiMessageMonitor<>(List.of(
                new PreparedMeters(eventProcessorName, registry, System::nanoTime, System::currentTimeMillis),
                new BusyTime(eventProcessorName, registry, System::nanoTime)));
    }

    /**
     * The counters ({@code <processor>.ingestedCounter}, {@code .successCounter}, {@code .failureCounter},
     * {@code .processedCounter}, {@code .ignoredCounter}), timers ({@code .allTimer}, {@code .successTimer},
     * {@code .failureTimer}, {@code .ignoredTimer}) and latency gauge ({@code .latency}: seconds from an event's
     * timestamp to its processing) of Axon's monitors, registered once.
     */
    static final class PreparedMeters implements MessageMonitor<EventMessage<?>> {

        private final Counter ingested;
        private final Counter succeeded;
        private final Counter failed;
        private final Counter processed;
        private final Counter ignored;
        private final Timer all;
        private final Timer successTimer;
        private final Timer failureTimer;
        private final Timer ignoredTimer;
        private final AtomicLong latency = new AtomicLong();
        private final LongSupplier nanoTime;
        private final LongSupplier wallMillis;

        PreparedMeters(String processor, MeterRegistry registry, LongSupplier nanoTime, LongSupplier wallMillis) {
            this.nanoTime = nanoTime;
            this.wallMillis = wallMillis;
            ingested = registry.counter(processor + ".ingestedCounter");
            succeeded = registry.counter(processor + ".successCounter");
            failed = registry.counter(processor + ".failureCounter");
            processed = registry.counter(processor + ".processedCounter");
            ignored = registry.counter(processor + ".ignoredCounter");
            all = timer(processor + ".allTimer", registry);
            successTimer = timer(processor + ".successTimer", registry);
            failureTimer = timer(processor + ".failureTimer", registry);
            ignoredTimer = timer(processor + ".ignoredTimer", registry);
            Gauge.builder(processor + ".latency", latency, millis -> millis.get() / 1000.0)
                    .baseUnit("seconds")
                    .register(registry);
        }

        private static Timer timer(String name, MeterRegistry registry) {
            return Timer.builder(name)
                    .distributionStatisticExpiry(Duration.ofMinutes(10))
                    .publishPercentiles(0.5, 0.75, 0.95, 0.98, 0.99, 0.999)
                    .register(registry);
        }

        @Override
        public MonitorCallback onMessageIngested(@Nonnull EventMessage<?> message) {
            ingested.increment();
            latency.set(wallMillis.getAsLong() - message.getTimestamp().toEpochMilli());
            long start = nanoTime.getAsLong();
            return new MonitorCallback() {
                @Override
                public void reportSuccess() {
                    record(successTimer);
                    processed.increment();
                    succeeded.increment();
                }

                @Override
                public void reportFailure(Throwable cause) {
                    record(failureTimer);
                    processed.increment();
                    failed.increment();
                }

                @Override
                public void reportIgnored() {
                    record(ignoredTimer);
                    ignored.increment();
                }

                private void record(Timer outcome) {
                    long elapsed = nanoTime.getAsLong() - start;
                    all.record(elapsed, TimeUnit.NANOSECONDS);
                    outcome.record(elapsed, TimeUnit.NANOSECONDS);
                }
            };
        }
    }

    /** The share of the last minute a processor spent handling messages, from sixty one-second buckets. */
    static final class BusyTime implements MessageMonitor<Message<?>> {

        static final int SECONDS = 60;
        private static final long SECOND = 1_000_000_000L;

        private final LongSupplier nanoTime;
        private final long[] busy = new long[SECONDS];
        private final long[] secondOf = new long[SECONDS];

        BusyTime(String processor, MeterRegistry registry, LongSupplier nanoTime) {
            this.nanoTime = nanoTime;
            java.util.Arrays.fill(secondOf, Long.MIN_VALUE);
            Gauge.builder(processor + ".capacity", this, BusyTime::capacity).register(registry);
        }

        @Override
        public MonitorCallback onMessageIngested(@Nonnull Message<?> message) {
            long start = nanoTime.getAsLong();
            return new MonitorCallback() {
                @Override
                public void reportSuccess() {
                    add(start, nanoTime.getAsLong());
                }

                @Override
                public void reportFailure(Throwable cause) {
                    add(start, nanoTime.getAsLong());
                }

                @Override
                public void reportIgnored() {
                    add(start, nanoTime.getAsLong());
                }
            };
        }

        /** Busy time is filed under the second it ended in. */
        synchronized void add(long start, long end) {
            long second = Math.floorDiv(end, SECOND);
            int bucket = (int) Math.floorMod(second, (long) SECONDS);
            if (secondOf[bucket] != second) {
                secondOf[bucket] = second;
                busy[bucket] = 0;
            }
            busy[bucket] += Math.max(0, end - start);
        }

        /** Busy seconds per second over the last minute, this second included. */
        synchronized double capacity() {
            long now = Math.floorDiv(nanoTime.getAsLong(), SECOND);
            long total = 0;
            for (int i = 0; i < SECONDS; i++) {
                if (now - secondOf[i] < SECONDS && secondOf[i] <= now) {
                    total += busy[i];
                }
            }
            return total / (double) (SECONDS * SECOND);
        }
    }
}
