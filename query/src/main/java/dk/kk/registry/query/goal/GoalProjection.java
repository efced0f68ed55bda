package dk.kk.registry.query.goal;

import dk.kk.registry.query.common.DocumentProjection;
import dk.kk.registry.query.common.DocumentTable;
import dk.kk.registry.query.common.RecordedBy;
import dk.kk.registry.shared.goal.GoalConcludedEvent;
import dk.kk.registry.shared.goal.GoalSetEvent;
import dk.kk.registry.shared.goal.GoalStatusReportCorrectedEvent;
import dk.kk.registry.shared.goal.GoalStatusReportedEvent;
import dk.kk.registry.shared.goal.GoalTargetRevisedEvent;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Projects goal events into {@code goal_version}: one row per version of a goal, with the transaction-time interval
 * in which the registry showed it.
 */
@Component
@ProcessingGroup(GoalProjection.GROUP)
class GoalProjection extends DocumentProjection<GoalDocument> {

    static final String GROUP = "goals";

    private static final DocumentTable<GoalDocument> TABLE = DocumentTable.<GoalDocument>keyedBy(
                    "goal_version", "goal_id")
            .column("title", doc -> doc.title)
            .column("policy", doc -> doc.policy)
            .column("owner_administration", doc -> doc.ownerAdministration)
            .column("indicator", doc -> doc.indicator)
            .column("area_ids", doc -> doc.areas)
            .json("doc", GoalDocument.class);

    GoalProjection(JdbcTemplate jdbc) {
        super(jdbc, GROUP, TABLE, GoalSetEvent.class);
    }

    @EventHandler
    void on(GoalSetEvent event, DomainEventMessage<?> message) {
        documents.start(
                message,
                message.getAggregateIdentifier(),
                () -> changed(new GoalDocument(), message, doc -> doc.apply(event, RecordedBy.of(message))));
    }

    @EventHandler
    void on(GoalStatusReportedEvent event, DomainEventMessage<?> message) {
        revise(message, doc -> doc.apply(event, RecordedBy.of(message)));
    }

    @EventHandler
    void on(GoalStatusReportCorrectedEvent event, DomainEventMessage<?> message) {
        revise(message, doc -> doc.apply(event, RecordedBy.of(message)));
    }

    @EventHandler
    void on(GoalTargetRevisedEvent event, DomainEventMessage<?> message) {
        revise(message, doc -> doc.apply(event, RecordedBy.of(message)));
    }

    @EventHandler
    void on(GoalConcludedEvent event, DomainEventMessage<?> message) {
        revise(message, doc -> doc.apply(event, RecordedBy.of(message)));
    }

    private void revise(DomainEventMessage<?> message, Consumer<GoalDocument> change) {
        documents.revise(message, message.getAggregateIdentifier(), doc -> changed(doc, message, change));
    }

    private static GoalDocument changed(
            GoalDocument doc, DomainEventMessage<?> message, Consumer<GoalDocument> change) {
        change.accept(doc);
        doc.lastChangedAt = message.getTimestamp();
        return doc;
    }
}
