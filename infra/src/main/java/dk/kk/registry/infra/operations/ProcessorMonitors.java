package dk.kk.registry.infra.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.Nonnull;
import java.util.List;
import java.util.function.LongSupplier;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.EventProcessorLatencyMonitor;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MessageCountingMonitor;
import org.axonframework.micrometer.MessageTimerMonitor;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;
import org.springframework.stereotype.Component;

/**
 * Axon's message monitors for every component, as {@code axon-micrometer} registers them, except one: an event
 * processor's capacity. Axon's capacity monitor keeps one entry per handled or ignored event for ten minutes, so a
 * replay of a million events through six processors held millions of entries and ran the registry out of memory
 * (docs/benchmarks.md, "The heap"). This one keeps the busy time of the last minute in sixty one-second buckets: the
 * same gauge, {@code <processor>.capacity} (busy seconds per second, above 1 with several threads), in constant memory.
 * Spring Boot's auto-configuration steps back for this bean, which must not be named {@code processorMetrics} (a
 * bean of Spring's own carries that name).
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
                MessageTimerMonitor.buildMonitor(eventProcessorName, registry),
                EventProcessorLatencyMonitor.builder().meterNamePrefix(eventProcessorName).meterRegistry(registry)
                        .build(),
                new BusyTime(eventProcessorName, registry, System::nanoTime),
                MessageCountingMonitor.buildMonitor(eventProcessorName, registry)));
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
