package dk.kk.registry.query.plan;

import dk.kk.registry.query.common.Projection;
import dk.kk.registry.query.common.ReadModelJson;
import dk.kk.registry.query.common.RecordedBy;
import dk.kk.registry.shared.plan.DevelopmentPlanCreatedEvent;
import dk.kk.registry.shared.plan.InterventionMappedIntoPlanEvent;
import dk.kk.registry.shared.plan.MappedInterventionRemovedEvent;
import dk.kk.registry.shared.plan.PlanAnalysisItemRecordedEvent;
import dk.kk.registry.shared.plan.PlanFollowUpCorrectedEvent;
import dk.kk.registry.shared.plan.PlanFollowUpRecordedEvent;
import dk.kk.registry.shared.plan.PlanGoalAddedEvent;
import dk.kk.registry.shared.plan.PlanGoalRemovedEvent;
import dk.kk.registry.shared.plan.PlanMeasureChosenEvent;
import dk.kk.registry.shared.plan.PlanStatusChangedEvent;
import java.sql.Timestamp;
import java.util.List;
import java.util.function.BiConsumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Projects development-plan events into {@code development_plan_version}: one row per version of a plan, valid in
 * transaction time from {@code recorded_from} to {@code recorded_to} (ADR 0004). Keyed by the aggregate's sequence
 * number, so an event seen twice changes nothing. Self-contained, so that it can move onto a shared document store.
 */
@Component
@ProcessingGroup(DevelopmentPlanProjection.GROUP)
class DevelopmentPlanProjection implements Projection {

    static final String GROUP = "development-plans";

    private final JdbcTemplate jdbc;

    DevelopmentPlanProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> tables() {
        return List.of("development_plan_version");
    }

    @EventHandler
    void on(DevelopmentPlanCreatedEvent event, DomainEventMessage<?> message) {
        next(message, (doc, by) -> doc.apply(event, by));
    }

    @EventHandler
    void on(PlanStatusChangedEvent event, DomainEventMessage<?> message) {
        next(message, (doc, by) -> doc.apply(event, by));
    }

    @EventHandler
    void on(PlanAnalysisItemRecordedEvent event, DomainEventMessage<?> message) {
        next(message, (doc, by) -> doc.apply(event, by));
    }

    @EventHandler
    void on(InterventionMappedIntoPlanEvent event, DomainEventMessage<?> message) {
        next(message, (doc, by) -> doc.apply(event, by));
    }

    @EventHandler
    void on(MappedInterventionRemovedEvent event, DomainEventMessage<?> message) {
        next(message, (doc, by) -> doc.apply(event));
    }

    @EventHandler
    void on(PlanGoalAddedEvent event, DomainEventMessage<?> message) {
        next(message, (doc, by) -> doc.apply(event, by));
    }

    @EventHandler
    void on(PlanGoalRemovedEvent event, DomainEventMessage<?> message) {
        next(message, (doc, by) -> doc.apply(event));
    }

    @EventHandler
    void on(PlanMeasureChosenEvent event, DomainEventMessage<?> message) {
        next(message, (doc, by) -> doc.apply(event, by));
    }

    @EventHandler
    void on(PlanFollowUpRecordedEvent event, DomainEventMessage<?> message) {
        next(message, (doc, by) -> doc.apply(event, by));
    }

    @EventHandler
    void on(PlanFollowUpCorrectedEvent event, DomainEventMessage<?> message) {
        next(message, (doc, by) -> doc.apply(event, by));
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE development_plan_version");
    }

    /** Closes the current version at the event's time and opens the next, unless this event was seen before. */
    private void next(DomainEventMessage<?> message, BiConsumer<PlanDocument, RecordedBy> change) {
        String planId = message.getAggregateIdentifier();
        long sequence = message.getSequenceNumber();
        List<String> latest = jdbc.queryForList("SELECT doc::text FROM development_plan_version "
                + "WHERE plan_id = ? AND recorded_to IS NULL AND version < ?", String.class, planId, sequence);
        Long seen = jdbc.queryForObject("SELECT max(version) FROM development_plan_version WHERE plan_id = ?",
                Long.class, planId);
        if (seen != null && seen >= sequence) {
            return;
        }
        PlanDocument doc = latest.isEmpty() ? new PlanDocument() : ReadModelJson.read(latest.get(0), PlanDocument.class);
        change.accept(doc, RecordedBy.of(message));
        doc.lastChangedAt = message.getTimestamp();
        Timestamp at = Timestamp.from(message.getTimestamp());
        jdbc.update("UPDATE development_plan_version SET recorded_to = ? WHERE plan_id = ? AND recorded_to IS NULL",
                at, planId);
        jdbc.update("""
                INSERT INTO development_plan_version (plan_id, version, recorded_from, area, policy, status, title, doc)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb)""",
                planId, sequence, at, doc.area, doc.policy, doc.status.name(), doc.title, ReadModelJson.write(doc));
    }
}
