package dk.kk.registry.query.intervention;

import dk.kk.registry.query.common.DocumentTable;
import dk.kk.registry.query.common.Projection;
import dk.kk.registry.query.common.ReadModelJson;
import dk.kk.registry.query.common.RecordedBy;
import dk.kk.registry.query.common.VersionedDocuments;
import dk.kk.registry.query.common.WriteAtCommit;
import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.intervention.*;
import java.time.LocalDate;
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
 * interval in which it was current) and {@code intervention_event} (the history). Seeing an event twice changes
 * nothing: versions are keyed by the aggregate's sequence number, history rows by the event's global position. Both
 * are written when the processor's batch commits ({@link VersionedDocuments}).
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
            .column("planned_start", doc -> exactDay(doc.plannedStart))
            .column("planned_end", doc -> exactDay(doc.plannedEnd()))
            .column("ended_on", doc -> exactDay(doc.endedOn()))
            .column("planned_start_stated", doc -> notation(doc.plannedStart))
            .column("planned_end_stated", doc -> notation(doc.plannedEnd()))
            .column("ended_on_stated", doc -> notation(doc.endedOn()))
            .column("start_earliest", doc -> doc.plannedStart == null ? null : doc.plannedStart.earliest())
            .column("start_latest", doc -> doc.plannedStart == null ? null : doc.plannedStart.latest())
            .column("end_earliest", doc -> doc.end() == null ? null : doc.end().earliest())
            .column("end_latest", doc -> doc.end() == null ? null : doc.end().latest())
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

    private final WriteAtCommit writer;
    private final VersionedDocuments<InterventionDocument> interventions;

    InterventionProjection(JdbcTemplate jdbc) {
        this.writer = new WriteAtCommit(jdbc, GROUP);
        this.interventions = new VersionedDocuments<>(writer, TABLE, InterventionRegisteredEvent.class);
    }

    @Override
    public List<String> tables() {
        return List.of(interventions.tableName(), "intervention_event");
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
        writer.jdbc().update("TRUNCATE intervention_event");
    }

    private static String notation(UncertainDate date) {
        return date == null ? null : date.notation();
    }

    /** The day, for the columns the previous release reads as dates (ADR 0014); none for any other statement. */
    private static LocalDate exactDay(UncertainDate date) {
        return date == null || !date.isExactDay() ? null : date.exactDay();
    }

    /** Files the change; the history row keeps the effective date as stated and its earliest day, to sort by. */
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
        writer.add(HISTORY, new Object[] {
            by.eventId(),
            id,
            message.getSequenceNumber(),
            message.getPayloadType().getSimpleName(),
            by.at(),
            by.user(),
            by.role(),
            by.administration(),
            by.reason(),
            by.source(),
            by.correlationId(),
            effectiveDate == null ? null : effectiveDate.earliest(),
            notation(effectiveDate),
            ReadModelJson.write(message.getPayload()),
            message.getIdentifier()
        });
    }

    /**
     * A history row is filed under the event's own position in the event store, looked up by its identifier. Not the
     * tracking token's position: an event that commits after a later one (a gap, ADR 0003) arrives with a token whose
     * position is the highest seen so far, which would file it under the later event's position, where the insert
     * finds that event's row and the history loses this one.
     */
    private static final WriteAtCommit.Statement<Object[]> HISTORY = WriteAtCommit.Statement.ofValues("""
            INSERT INTO intervention_event (global_index, event_id, intervention_id, sequence_number, type,
                recorded_at, recorded_by, role, administration, reason, source, correlation_id, effective_date, effective_notation,
                payload)
            SELECT e.globalindex, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb
            FROM public.domainevententry e WHERE e.eventidentifier = ?
            ON CONFLICT DO NOTHING""");
}
