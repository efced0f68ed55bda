package dk.kk.registry.infra.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.monitoring.MessageMonitor.MonitorCallback;
import org.junit.jupiter.api.Test;

class PreparedMetersTest {

    private final AtomicLong nanos = new AtomicLong();
    private final AtomicLong wall =
            new AtomicLong(Instant.parse("2026-11-22T12:00:00Z").toEpochMilli());
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ProcessorMonitors.PreparedMeters meters =
            new ProcessorMonitors.PreparedMeters("interventions", registry, nanos::get, wall::get);

    private static EventMessage<?> recordedAt(String instant) {
        return new GenericEventMessage<>(
                java.util.UUID.randomUUID().toString(), "event", MetaData.emptyInstance(), Instant.parse(instant));
    }

    private double count(String name) {
        return registry.get("interventions." + name).counter().count();
    }

    private long timed(String name) {
        return registry.get("interventions." + name).timer().count();
    }

    @Test
    void countsAndTimesEveryOutcomeUnderAxonsNames() {
        MonitorCallback handled = meters.onMessageIngested(recordedAt("2026-11-22T11:59:59Z"));
        nanos.addAndGet(2_000_000);
        handled.reportSuccess();
        meters.onMessageIngested(recordedAt("2026-11-22T11:59:59Z")).reportIgnored();
        meters.onMessageIngested(recordedAt("2026-11-22T11:59:58Z")).reportFailure(new IllegalStateException("x"));

        assertThat(count("ingestedCounter")).isEqualTo(3);
        assertThat(count("processedCounter")).isEqualTo(2);
        assertThat(count("successCounter")).isEqualTo(1);
        assertThat(count("failureCounter")).isEqualTo(1);
        assertThat(count("ignoredCounter")).isEqualTo(1);
        assertThat(timed("allTimer")).isEqualTo(3);
        assertThat(timed("successTimer")).isEqualTo(1);
        assertThat(timed("failureTimer")).isEqualTo(1);
        assertThat(timed("ignoredTimer")).isEqualTo(1);
        assertThat(registry.get("interventions.successTimer").timer().totalTime(TimeUnit.MILLISECONDS))
                .isEqualTo(2.0);
    }

    @Test
    void latencyIsTheAgeOfTheLastEventIngested() {
        meters.onMessageIngested(recordedAt("2026-11-22T11:59:57Z"));

        assertThat(registry.get("interventions.latency").gauge().value()).isEqualTo(3.0);
    }

    @Test
    void registersItsMetersOnceHoweverManyMessagesPass() {
        int before = registry.getMeters().size();
        for (int i = 0; i < 1_000; i++) {
            meters.onMessageIngested(recordedAt("2026-11-22T11:59:59Z")).reportIgnored();
        }

        assertThat(registry.getMeters()).hasSize(before);
        assertThat(count("ignoredCounter")).isEqualTo(1_000);
    }
}
