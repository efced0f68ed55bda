package dk.kk.registry.infra.audit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * What the registry knows about its own hash chain, for {@code /actuator/health} (component {@code auditChain}) and
 * the gauge {@code registry_audit_chain_intact}. The chain is verified every {@code registry.audit.chain-check.interval}
 * and whenever an auditor asks ({@code GET /api/audit/verify}). A broken verification is verified again after
 * {@code registry.audit.chain-check.recheck}; only if that finds it broken too is the chain reported broken: DOWN, with
 * the first broken position, and the gauge at 0. A single broken reading is an alarm worth a second look, not yet a
 * page, since one fault of the verifier's own (a read cut off) should not wake an operator; a tampered log stays
 * broken, so the second look costs it nothing.
 */
@Component("auditChain")
public class ChainWatch implements HealthIndicator, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ChainWatch.class);

    /** The state a verification leaves; {@code confirmedBroken} once two verifications in a row found it broken. */
    public record State(ChainVerification last, Instant checkedAt, boolean confirmedBroken, Instant recheckAt) {}

    private final EventLog events;
    private final Duration interval;
    private final Duration recheck;
    private final Clock clock = Clock.systemUTC();
    private volatile State state;
    private ScheduledExecutorService scheduler;

    ChainWatch(
            EventLog events,
            MeterRegistry meters,
            @Value("${registry.audit.chain-check.interval:PT15M}") Duration interval,
            @Value("${registry.audit.chain-check.recheck:PT30S}") Duration recheck) {
        this.events = events;
        this.interval = interval;
        this.recheck = recheck;
        Gauge.builder("registry.audit.chain.intact", this, ChainWatch::intactFigure)
                .description("1 while the hash chain over the event log verifies, 0 once two verifications in a row "
                        + "found it broken; NaN before the first verification")
                .strongReference(true)
                .register(meters);
    }

    /** Verifies the chain now and records what it found. */
    public ChainVerification verify() {
        ChainVerification found = events.verify();
        record(found);
        return found;
    }

    synchronized void record(ChainVerification found) {
        Instant now = clock.instant();
        State before = state;
        if (found.intact()) {
            if (before != null && before.confirmedBroken()) {
                log.info("the hash chain verifies again events={}", found.eventsChecked());
            }
            state = new State(found, now, false, null);
            return;
        }
        boolean seenBefore = before != null && !before.last().intact();
        if (seenBefore) {
            if (!before.confirmedBroken()) {
                log.error(
                        "the hash chain is broken firstBrokenPosition={} (found by two verifications {} apart)",
                        found.firstBrokenPosition(),
                        Duration.between(before.checkedAt(), now));
            }
            state = new State(found, now, true, null);
            return;
        }
        log.warn(
                "a verification found the hash chain broken firstBrokenPosition={}; verifying again in {}",
                found.firstBrokenPosition(),
                recheck);
        state = new State(found, now, false, now.plus(recheck));
        if (scheduler != null) {
            scheduler.schedule(this::scheduledCheck, recheck.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** What the last verification found, or null before the first. */
    public State state() {
        return state;
    }

    private double intactFigure() {
        State current = state;
        if (current == null) {
            return Double.NaN;
        }
        return current.confirmedBroken() ? 0 : 1;
    }

    @Override
    public Health health() {
        State current = state;
        if (current == null) {
            return Health.unknown().withDetail("reason", "not verified yet").build();
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("checkedAt", current.checkedAt().toString());
        details.put("eventsChecked", current.last().eventsChecked());
        details.put("eventsPending", current.last().eventsPending());
        if (current.last().firstBrokenPosition() != null) {
            details.put("firstBrokenPosition", current.last().firstBrokenPosition());
        }
        if (current.recheckAt() != null) {
            details.put("recheckAt", current.recheckAt().toString());
        }
        return (current.confirmedBroken() ? Health.down() : Health.up())
                .withDetails(details)
                .build();
    }

    private void scheduledCheck() {
        try {
            verify();
        } catch (RuntimeException e) {
            // The database may be away for a moment; the next check tries again, and the state stays as it was.
            log.warn("the scheduled verification of the hash chain failed: {}", e.toString());
        }
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "audit-chain-check");
            thread.setDaemon(true);
            return thread;
        });
        // The first check waits for the start's own writes (reference data, the demo history) to be linked.
        scheduler.scheduleWithFixedDelay(
                this::scheduledCheck,
                Math.min(interval.toMillis(), 60_000),
                interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
