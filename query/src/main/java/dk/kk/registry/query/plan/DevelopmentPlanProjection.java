package dk.kk.registry.query.plan;

import dk.kk.registry.query.common.DocumentProjection;
import dk.kk.registry.query.common.DocumentTable;
import dk.kk.registry.query.common.RecordedBy;
import dk.kk.registry.query.common.VersionedDocuments;
import dk.kk.registry.shared.plan.DevelopmentPlanCreatedEvent;
import dk.kk.registry.shared.plan.InterventionMappedIntoPlanEvent;
import dk.kk.registry.shared.plan.MappedInterventionRemovedEvent;
import dk.kk.registry.shared.plan.PlanAnalysisItemRecordedEvent;
import dk.kk.registry.shared.plan.PlanFollowUpCorrectedEvent;
import dk.kk.registry.shared.plan.PlanFollowUpRecordedEvent;
import dk.kk.registry.shared.plan.PlanGoalAddedEvent;
import dk.kk.registry.shared.plan.PlanGoalRemovedEvent;
import dk.kk.registry.shared.plan.PlanMeasureChosenEvent;
import dk.kk.registry.shared.plan.PlanMeasureRemovedEvent;
import dk.kk.registry.shared.plan.PlanStatusChangedEvent;
import java.util.function.BiConsumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Projects development-plan events into {@code development_plan_version}: one row per version of a plan, valid in
 * transaction time from {@code recorded_from} to {@code recorded_to} (ADR 0004), written through the shared
 * {@link VersionedDocuments} store (keyed by the aggregate's sequence number, so an event seen twice changes nothing).
 */
@Component
@ProcessingGroup(DevelopmentPlanProjection.GROUP)
class DevelopmentPlanProjection extends DocumentProjection<PlanDocument> {

    static final String GROUP = "development-plans";

    private static final DocumentTable<PlanDocument> TABLE = DocumentTable.<PlanDocument>keyedBy(
                    "development_plan_version", "plan_id")
            .column("area", doc -> doc.area)
            .column("policy", doc -> doc.policy)
            .column("status", doc -> doc.status.name())
            .column("title", doc -> doc.title)
            .json("doc", PlanDocument.class);

    DevelopmentPlanProjection(JdbcTemplate jdbc) {
        super(jdbc, GROUP, TABLE, DevelopmentPlanCreatedEvent.class);
    }

    @EventHandler
    void on(DevelopmentPlanCreatedEvent event, DomainEventMessage<?> message) {
        documents.start(
                message,
                message.getAggregateIdentifier(),
                () -> changed(new PlanDocument(), message, (doc, by) -> doc.apply(event, by)));
    }

    @EventHandler
    void on(PlanStatusChangedEvent event, DomainEventMessage<?> message) {
        revise(message, (doc, by) -> doc.apply(event, by));
    }

    @EventHandler
    void on(PlanAnalysisItemRecordedEvent event, DomainEventMessage<?> message) {
        revise(message, (doc, by) -> doc.apply(event, by));
    }

    @EventHandler
    void on(InterventionMappedIntoPlanEvent event, DomainEventMessage<?> message) {
        revise(message, (doc, by) -> doc.apply(event, by));
    }

    @EventHandler
    void on(MappedInterventionRemovedEvent event, DomainEventMessage<?> message) {
        revise(message, (doc, by) -> doc.apply(event));
    }

    @EventHandler
    void on(PlanGoalAddedEvent event, DomainEventMessage<?> message) {
        revise(message, (doc, by) -> doc.apply(event, by));
    }

    @EventHandler
    void on(PlanGoalRemovedEvent event, DomainEventMessage<?> message) {
        revise(message, (doc, by) -> doc.apply(event));
    }

    @EventHandler
    void on(PlanMeasureChosenEvent event, DomainEventMessage<?> message) {
        revise(message, (doc, by) -> doc.apply(event, by));
    }

    @EventHandler
    void on(PlanMeasureRemovedEvent event, DomainEventMessage<?> message) {
        revise(message, (doc, by) -> doc.apply(event));
    }

    @EventHandler
    void on(PlanFollowUpRecordedEvent event, DomainEventMessage<?> message) {
        revise(message, (doc, by) -> doc.apply(event, by));
    }

    @EventHandler
    void on(PlanFollowUpCorrectedEvent event, DomainEventMessage<?> message) {
        revise(message, (doc, by) -> doc.apply(event, by));
    }

    private void revise(DomainEventMessage<?> message, BiConsumer<PlanDocument, RecordedBy> change) {
        documents.revise(message, message.getAggregateIdentifier(), doc -> changed(doc, message, change));
    }

    private static PlanDocument changed(
            PlanDocument doc, DomainEventMessage<?> message, BiConsumer<PlanDocument, RecordedBy> change) {
        change.accept(doc, RecordedBy.of(message));
        doc.lastChangedAt = message.getTimestamp();
        return doc;
    }
}
