package dk.kk.registry.infra.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.monitoring.MessageMonitor.MonitorCallback;
import org.junit.jupiter.api.Test;

class BusyTimeTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong(1_000 * SECOND);
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ProcessorMonitors.BusyTime busy = new ProcessorMonitors.BusyTime("interventions", registry, now::get);

    private void handle(long nanos) {
        MonitorCallback callback = busy.onMessageIngested(GenericEventMessage.asEventMessage("event"));
        now.addAndGet(nanos);
        callback.reportSuccess();
    }

    private double gauge() {
        return registry.get("interventions.capacity").gauge().value();
    }

    @Test
    void isTheShareOfTheLastMinuteSpentHandling() {
        for (int second = 0; second < 30; second++) {
            handle(SECOND / 2);
            now.addAndGet(SECOND / 2);
        }

        assertThat(gauge()).isCloseTo(15.0 / 60, within(1e-9));
    }

    @Test
    void forgetsWhatIsOlderThanAMinute() {
        handle(10 * SECOND);
        assertThat(gauge()).isCloseTo(10.0 / 60, within(1e-9));

        now.addAndGet(61 * SECOND);

        assertThat(gauge()).isZero();
    }

    @Test
    void ignoredAndFailedMessagesCountAsBusyToo() {
        busy.onMessageIngested(GenericEventMessage.asEventMessage("a"));
        MonitorCallback ignored = busy.onMessageIngested(GenericEventMessage.asEventMessage("b"));
        now.addAndGet(SECOND);
        ignored.reportIgnored();
        MonitorCallback failed = busy.onMessageIngested(GenericEventMessage.asEventMessage("c"));
        now.addAndGet(2 * SECOND);
        failed.reportFailure(new IllegalStateException("poison"));

        assertThat(gauge()).isCloseTo(3.0 / 60, within(1e-9));
    }

    @Test
    void aMillionShortMessagesAddUp() {
        for (int i = 0; i < 1_000_000; i++) {
            handle(1_000);
        }

        assertThat(gauge()).isCloseTo(1.0 / 60, within(1e-9));
    }
}
