package dk.kk.registry.query.intervention;

import dk.kk.registry.query.common.DocumentTable;
import dk.kk.registry.query.common.Projection;
import dk.kk.registry.query.common.RecordedBy;
import dk.kk.registry.query.common.StoredValues;
import dk.kk.registry.query.common.VersionedDocuments;
import dk.kk.registry.query.common.WriteAtCommit;
import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.intervention.*;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Projects intervention events into {@code intervention_version} (one row per version, with the transaction-time
 * interval in which it was current, keyed by the aggregate's sequence number, so an event seen twice changes nothing)
 * and their history ({@link InterventionHistory}); both are written when the batch commits ({@link VersionedDocuments}).
 */
@Component
@ProcessingGroup(InterventionProjection.GROUP)
class InterventionProjection implements Projection {

    static final String GROUP = "interventions";

    private static final DocumentTable<InterventionDocument> TABLE = DocumentTable.<InterventionDocument>keyedBy(
                    "intervention_version", "intervention_id")
            .column("title", doc -> doc.title)
            .column("kind", doc -> doc.kind)
            .column("category", doc -> doc.category)
            .column("lead_administration", doc -> doc.leadAdministration)
            .column("stage", InterventionDocument::stage)
            .column("planned_start", doc -> StoredValues.exactDay(doc.plannedStart))
            .column("planned_end", doc -> StoredValues.exactDay(doc.plannedEnd()))
            .column("ended_on", doc -> StoredValues.exactDay(doc.endedOn()))
            .column("planned_start_stated", doc -> StoredValues.notation(doc.plannedStart))
            .column("planned_end_stated", doc -> StoredValues.notation(doc.plannedEnd()))
            .column("ended_on_stated", doc -> StoredValues.notation(doc.endedOn()))
            .column("start_earliest", doc -> StoredValues.earliest(doc.plannedStart))
            .column("start_latest", doc -> StoredValues.latest(doc.plannedStart))
            .column("end_earliest", doc -> StoredValues.earliest(doc.end()))
            .column("end_latest", doc -> StoredValues.latest(doc.end()))
            .column("evaluated", InterventionDocument::evaluated)
            .column("area_ids", InterventionDocument::areaIds)
            .column("partner_ids", InterventionDocument::partnerIds)
            .column("funding_sources", InterventionDocument::fundingSources)
            .column(
                    "search",
                    "setweight(to_tsvector('danish', ?), 'A') || to_tsvector('danish', ?)",
                    doc -> doc.title,
                    doc -> Objects.toString(doc.description, "") + " " + Objects.toString(doc.caseReference, ""))
            .json("doc", InterventionDocument.class);

    private final VersionedDocuments<InterventionDocument> interventions;
    private final InterventionHistory history;

    InterventionProjection(JdbcTemplate jdbc) {
        WriteAtCommit writer = new WriteAtCommit(jdbc, GROUP);
        this.interventions = new VersionedDocuments<>(writer, TABLE, InterventionRegisteredEvent.class);
        this.history = new InterventionHistory(writer);
    }

    @Override
    public List<String> tables() {
        return List.of(interventions.tableName(), InterventionHistory.TABLE);
    }

    @EventHandler
    void on(InterventionRegisteredEvent event, DomainEventMessage<?> message) {
        record(message, event.plannedStart(), doc -> doc.apply(event, RecordedBy.of(message)));
    }

    @EventHandler
    void on(InterventionPolicyLinkedEvent event, DomainEventMessage<?> message) {
        record(message, null, doc -> doc.policy = event.policyId());
    }

    @EventHandler
    void on(InterventionDetailsRevisedEvent event, DomainEventMessage<?> message) {
        record(message, null, doc -> doc.apply(event));
    }

    @EventHandler
    void on(InterventionAreaAddedEvent event, DomainEventMessage<?> message) {
        record(message, event.effectiveFrom(), doc -> doc.apply(event, RecordedBy.of(message)));
    }

    @EventHandler
    void on(InterventionAreaRemovedEvent event, DomainEventMessage<?> message) {
        record(message, event.effectiveTo(), doc -> doc.apply(event, RecordedBy.of(message)));
    }

    @EventHandler
    void on(PartnerJoinedEvent event, DomainEventMessage<?> message) {
        record(message, event.effectiveFrom(), doc -> doc.apply(event, RecordedBy.of(message)));
    }

    @EventHandler
    void on(PartnerLeftEvent event, DomainEventMessage<?> message) {
        record(message, event.effectiveTo(), doc -> doc.apply(event, RecordedBy.of(message)));
    }

    @EventHandler
    void on(FundingGrantedEvent event, DomainEventMessage<?> message) {
        record(message, UncertainDate.year(event.fromYear()), doc -> doc.apply(event, RecordedBy.of(message)));
    }

    @EventHandler
    void on(FundingAdjustedEvent event, DomainEventMessage<?> message) {
        record(message, null, doc -> doc.apply(event, RecordedBy.of(message)));
    }

    @EventHandler
    void on(FundingWithdrawnEvent event, DomainEventMessage<?> message) {
        record(message, null, doc -> doc.apply(event, RecordedBy.of(message)));
    }

    @EventHandler
    void on(ExpenditureRecordedEvent event, DomainEventMessage<?> message) {
        record(message, UncertainDate.year(event.year()), doc -> doc.apply(event, RecordedBy.of(message)));
    }

    @EventHandler
    void on(StageChangedEvent event, DomainEventMessage<?> message) {
        record(message, event.effectiveFrom(), doc -> doc.apply(event, RecordedBy.of(message)));
    }

    @EventHandler
    void on(PlannedEndExtendedEvent event, DomainEventMessage<?> message) {
        record(message, event.plannedEnd(), doc -> doc.apply(event, RecordedBy.of(message)));
    }

    @EventHandler
    void on(EvaluationRecordedEvent event, DomainEventMessage<?> message) {
        record(message, event.periodTo(), doc -> doc.apply(event, RecordedBy.of(message)));
    }

    @EventHandler
    void on(EvaluationBecameOverdueEvent event, DomainEventMessage<?> message) {
        record(message, null, doc -> doc.apply(event));
    }

    @EventHandler
    void on(OverdueEvaluationClearedEvent event, DomainEventMessage<?> message) {
        record(message, null, doc -> doc.apply(event));
    }

    @EventHandler
    void on(InterventionEmbeddedEvent event, DomainEventMessage<?> message) {
        record(message, event.effectiveFrom(), doc -> doc.apply(event, RecordedBy.of(message)));
    }

    @EventHandler
    void on(InterventionScaledEvent event, DomainEventMessage<?> message) {
        record(message, event.effectiveFrom(), doc -> doc.apply(event, RecordedBy.of(message)));
    }

    @EventHandler
    void on(InterventionTerminatedEvent event, DomainEventMessage<?> message) {
        record(message, event.effectiveFrom(), doc -> doc.apply(event, RecordedBy.of(message)));
    }

    @EventHandler
    void on(InterventionEventCorrectedEvent event, DomainEventMessage<?> message) {
        record(message, null, doc -> doc.apply(event, RecordedBy.of(message)));
    }

    @ResetHandler
    void reset() {
        interventions.reset();
        history.reset();
    }

    /** Files the change in the document and the event in the history, with its effective date as stated. */
    private void record(
            DomainEventMessage<?> message, UncertainDate effectiveDate, Consumer<InterventionDocument> change) {
        RecordedBy by = RecordedBy.of(message);
        UnaryOperator<InterventionDocument> changed = doc -> {
            change.accept(doc);
            doc.lastChangedAt = by.at();
            return doc;
        };
        String id = message.getAggregateIdentifier();
        if (message.getPayload() instanceof InterventionRegisteredEvent) {
            interventions.start(message, id, () -> changed.apply(new InterventionDocument()));
        } else {
            interventions.revise(message, id, changed);
        }
        history.add(message, by, effectiveDate);
    }
}
