package dk.kk.registry.infra.operations;

import dk.kk.registry.shared.operations.ProjectionStatusView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code processorsCaughtUp} component of the readiness group: DOWN after a start while a processor of this
 * instance is more than {@code registry.health.readiness.max-lag} events behind the head (a fresh instance replaying,
 * one taking over after a restore), so that an orchestrator sends it no reads its projections cannot answer yet. Once
 * every processor has come within the limit it stays UP: a bulk of measurements puts every instance equally far
 * behind for a while, and taking them all out of service together would help nobody; a processor that stops or stalls
 * is the {@code eventProcessors} component's to report. A processor whose segments another instance holds has no lag
 * here.
 */
@Component("processorsCaughtUp")
class ProcessorsCaughtUpHealthIndicator implements HealthIndicator {

    private final Supplier<List<ProjectionStatusView>> statuses;
    private final long maxLag;
    private volatile boolean caughtUp;

    @Autowired
    ProcessorsCaughtUpHealthIndicator(
            Projections projections, @Value("${registry.health.readiness.max-lag:10000}") long maxLag) {
        this(projections::statuses, maxLag);
    }

    ProcessorsCaughtUpHealthIndicator(Supplier<List<ProjectionStatusView>> statuses, long maxLag) {
        this.statuses = statuses;
        this.maxLag = maxLag;
    }

    @Override
    public Health health() {
        if (caughtUp) {
            return Health.up().withDetail("maxLag", maxLag).build();
        }
        Map<String, Object> behind = new LinkedHashMap<>();
        for (ProjectionStatusView status : statuses.get()) {
            if (status.lag() != null && status.lag() > maxLag) {
                behind.put(status.name(), status.lag());
            }
        }
        if (behind.isEmpty()) {
            caughtUp = true;
            return Health.up().withDetail("maxLag", maxLag).build();
        }
        return Health.down()
                .withDetail("maxLag", maxLag)
                .withDetail("behind", behind)
                .build();
    }
}
