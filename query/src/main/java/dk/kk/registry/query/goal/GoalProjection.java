package dk.kk.registry.query.goal;

import dk.kk.registry.query.common.ReadModelJson;
import dk.kk.registry.query.common.RecordedBy;
import dk.kk.registry.shared.goal.GoalConcludedEvent;
import dk.kk.registry.shared.goal.GoalSetEvent;
import dk.kk.registry.shared.goal.GoalStatusReportCorrectedEvent;
import dk.kk.registry.shared.goal.GoalStatusReportedEvent;
import dk.kk.registry.shared.goal.GoalTargetRevisedEvent;
import java.sql.Array;
import java.sql.Timestamp;
import java.util.List;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Projects goal events into {@code goal_version}: one row per version of a goal, with the transaction-time interval
 * in which the registry showed it. Versions are keyed by the aggregate's sequence number, so seeing an event twice
 * changes nothing.
 */
@Component
@ProcessingGroup(GoalProjection.GROUP)
class GoalProjection {

    static final String GROUP = "goals";

    private final JdbcTemplate jdbc;

    GoalProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(GoalSetEvent event, DomainEventMessage<?> message) {
        record(message, doc -> doc.apply(event, RecordedBy.of(message)));
    }

    @EventHandler
    void on(GoalStatusReportedEvent event, DomainEventMessage<?> message) {
        record(message, doc -> doc.apply(event, RecordedBy.of(message)));
    }

    @EventHandler
    void on(GoalStatusReportCorrectedEvent event, DomainEventMessage<?> message) {
        record(message, doc -> doc.apply(event, RecordedBy.of(message)));
    }

    @EventHandler
    void on(GoalTargetRevisedEvent event, DomainEventMessage<?> message) {
        record(message, doc -> doc.apply(event, RecordedBy.of(message)));
    }

    @EventHandler
    void on(GoalConcludedEvent event, DomainEventMessage<?> message) {
        record(message, doc -> doc.apply(event, RecordedBy.of(message)));
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE goal_version");
    }

    private void record(DomainEventMessage<?> message, Consumer<GoalDocument> change) {
        String id = message.getAggregateIdentifier();
        long version = message.getSequenceNumber();
        List<StoredVersion> current = jdbc.query(
                "SELECT version, doc::text FROM goal_version WHERE goal_id = ? AND recorded_to IS NULL",
                (rs, n) -> new StoredVersion(rs.getLong(1), rs.getString(2)), id);
        if (!current.isEmpty() && current.get(0).version() >= version) {
            return;
        }
        GoalDocument doc = current.isEmpty()
                ? new GoalDocument()
                : ReadModelJson.read(current.get(0).doc(), GoalDocument.class);
        change.accept(doc);
        doc.lastChangedAt = message.getTimestamp();
        Timestamp at = Timestamp.from(message.getTimestamp());
        jdbc.update("UPDATE goal_version SET recorded_to = ? WHERE goal_id = ? AND recorded_to IS NULL", at, id);
        jdbc.update(con -> {
            var statement = con.prepareStatement("""
                    INSERT INTO goal_version (goal_id, version, recorded_from, title, policy, owner_administration,
                        indicator, area_ids, doc)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
                    ON CONFLICT DO NOTHING""");
            Array areas = con.createArrayOf("text", doc.areas.toArray());
            int i = 1;
            statement.setString(i++, id);
            statement.setLong(i++, version);
            statement.setTimestamp(i++, at);
            statement.setString(i++, doc.title);
            statement.setString(i++, doc.policy);
            statement.setString(i++, doc.ownerAdministration);
            statement.setString(i++, doc.indicator);
            statement.setArray(i++, areas);
            statement.setString(i, ReadModelJson.write(doc));
            return statement;
        });
    }

    private record StoredVersion(long version, String doc) {
    }
}
