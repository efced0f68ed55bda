package dk.kk.registry.infra.operations;

import dk.kk.registry.shared.intervention.CountInterventionsQuery;
import dk.kk.registry.shared.intervention.InterventionCountsView;
import dk.kk.registry.shared.operations.ProjectionStatusView;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * The registry's own gauges for {@code /actuator/prometheus}: each event processor's lag and replay progress (the
 * figures of {@code GET /api/admin/projections}), the interventions under way, the overdue evaluations and the
 * dead letters per processing group. A scrape reads dozens of gauges one by one; they all answer from one snapshot,
 * taken at most every {@code registry.metrics.cache} (default 5 s), so a scrape costs three small queries.
 */
@Component
class RegistryMetrics implements MeterBinder {

    /** What one look at the registry found; the gauges read their figure from it. */
    record Snapshot(
            Map<String, ProjectionStatusView> processors,
            long activeInterventions,
            long overdueEvaluations,
            Map<String, Long> deadLetters) {}

    private final Projections projections;
    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final QueryGateway queries;
    private final Duration cacheFor;
    private final Clock clock = Clock.systemUTC();
    private Snapshot snapshot;
    private Instant takenAt = Instant.MIN;

    RegistryMetrics(
            Projections projections,
            EventProcessingConfiguration processing,
            JdbcTemplate jdbc,
            QueryGateway queries,
            @Value("${registry.metrics.cache:PT5S}") Duration cacheFor) {
        this.projections = projections;
        this.processing = processing;
        this.jdbc = jdbc;
        this.queries = queries;
        this.cacheFor = cacheFor;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        // The processors are fixed by the configuration, so their gauges can be registered once, up front.
        for (String name : processing.eventProcessors().keySet()) {
            gauge(
                    registry,
                    "registry.processor.lag.events",
                    "Events between the head of the event store and the " + "processor's slowest segment",
                    name,
                    snapshot -> lag(snapshot, name));
            gauge(
                    registry,
                    "registry.processor.replay.progress.ratio",
                    "How far the processor has come, 0 to 1: " + "of its replay while replaying, otherwise to the head",
                    name,
                    snapshot -> progress(snapshot, name));
            Gauge.builder("registry.dead.letters", this, metrics -> metrics.current()
                            .deadLetters()
                            .getOrDefault(name, 0L))
                    .description("Events parked in the dead-letter queue")
                    .tag("processing_group", name)
                    .strongReference(true)
                    .register(registry);
        }
        Gauge.builder("registry.interventions.active", this, metrics -> metrics.current()
                        .activeInterventions())
                .description("Current interventions neither embedded nor terminated")
                .strongReference(true)
                .register(registry);
        Gauge.builder("registry.evaluations.overdue", this, metrics -> metrics.current()
                        .overdueEvaluations())
                .description("Current interventions whose evaluation the registry recorded as overdue")
                .strongReference(true)
                .register(registry);
    }

    private void gauge(
            MeterRegistry registry,
            String name,
            String description,
            String processor,
            ToDoubleFunction<Snapshot> figure) {
        Gauge.builder(name, this, metrics -> figure.applyAsDouble(metrics.current()))
                .description(description)
                .tag("processor", processor)
                .strongReference(true)
                .register(registry);
    }

    /** NaN (shown as such by Prometheus) while no segment of the processor is claimed in this instance. */
    private static double lag(Snapshot snapshot, String name) {
        ProjectionStatusView status = snapshot.processors().get(name);
        return status == null || status.lag() == null ? Double.NaN : status.lag();
    }

    private static double progress(Snapshot snapshot, String name) {
        ProjectionStatusView status = snapshot.processors().get(name);
        return status == null || status.position() == null ? Double.NaN : status.progress() / 100.0;
    }

    synchronized Snapshot current() {
        Instant now = clock.instant();
        if (snapshot == null || now.isAfter(takenAt.plus(cacheFor))) {
            snapshot = take();
            takenAt = now;
        }
        return snapshot;
    }

    private Snapshot take() {
        Map<String, ProjectionStatusView> processors = new HashMap<>();
        for (ProjectionStatusView status : projections.statuses()) {
            processors.put(status.name(), status);
        }
        // "Overdue" as the overdue-evaluations endpoint counts it: the read side answers both.
        InterventionCountsView counts = queries.query(
                        new CountInterventionsQuery(), ResponseTypes.instanceOf(InterventionCountsView.class))
                .join();
        Map<String, Long> deadLetters = new HashMap<>();
        jdbc.query(
                "SELECT processinggroup, count(*) FROM deadletterentry GROUP BY processinggroup",
                (RowCallbackHandler) rs -> deadLetters.put(rs.getString(1), rs.getLong(2)));
        return new Snapshot(processors, counts.active(), counts.overdueEvaluations(), deadLetters);
    }
}
