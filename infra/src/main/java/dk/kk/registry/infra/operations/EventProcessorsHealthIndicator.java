package dk.kk.registry.infra.operations;

import dk.kk.registry.shared.operations.ProjectionStatusView;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code eventProcessors} component of {@code /actuator/health}: down when any processor is in error, stopped or
 * stalled (see {@link ProcessorHealth}), because then the read models silently fall behind the writes. The
 * per-processor details are shown only to administrators ({@code management.endpoint.health.show-details}).
 */
@Component
class EventProcessorsHealthIndicator implements HealthIndicator {

    private final Projections projections;
    private final ProcessorHealth judge;

    EventProcessorsHealthIndicator(
            Projections projections, @Value("${registry.health.stall-limit:PT2M}") Duration stallLimit) {
        this.projections = projections;
        this.judge = new ProcessorHealth(stallLimit, Clock.systemUTC());
    }

    @Override
    public Health health() {
        boolean up = true;
        Map<String, Object> details = new LinkedHashMap<>();
        for (ProjectionStatusView status : projections.statuses()) {
            ProcessorHealth.Verdict verdict = judge.judge(status);
            up &= verdict.up();
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("status", verdict.up() ? "UP" : "DOWN");
            detail.put("reason", verdict.reason());
            detail.put("position", status.position());
            detail.put("head", status.head());
            detail.put("lag", status.lag());
            detail.put("replaying", status.replaying());
            detail.put("running", status.running());
            if (verdict.behindSince() != null) {
                detail.put("behindSince", verdict.behindSince().toString());
            }
            details.put(status.name(), detail);
        }
        return (up ? Health.up() : Health.down()).withDetails(details).build();
    }
}
