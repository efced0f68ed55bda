package dk.kk.registry.query.screening;

import dk.kk.registry.query.common.AsOf;
import dk.kk.registry.query.common.ReadModelJson;
import dk.kk.registry.query.common.RecordedBy;
import dk.kk.registry.shared.screening.FindScreeningQuery;
import dk.kk.registry.shared.screening.ProposalConfirmedEvent;
import dk.kk.registry.shared.screening.ProposalRejectedEvent;
import dk.kk.registry.shared.screening.ProposalReopenedEvent;
import dk.kk.registry.shared.screening.ProposalStatus;
import dk.kk.registry.shared.screening.ProposalView;
import dk.kk.registry.shared.screening.ScreeningRunEvent;
import dk.kk.registry.shared.screening.ScreeningView;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Projects screening runs and the decisions on their proposals into {@code screening_version}. */
@Component
@ProcessingGroup(ScreeningProjection.GROUP)
class ScreeningProjection {

    static final String GROUP = "screenings";

    private final JdbcTemplate jdbc;

    ScreeningProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ScreeningRunEvent event, DomainEventMessage<?> message) {
        RecordedBy by = RecordedBy.of(message);
        List<ProposalView> proposals = event.proposals().stream()
                .map(p -> new ProposalView(p.area(), p.criteriaMet(), ProposalStatus.PROPOSED, null, null, null))
                .toList();
        ScreeningView view = new ScreeningView(event.screeningId(), event.policy(), event.year(), event.rule(),
                event.inputs(), proposals, by.at(), by.user());
        jdbc.update("""
                INSERT INTO screening_version (screening_id, version, recorded_from, policy, year, doc)
                VALUES (?, ?, ?, ?, ?, ?::jsonb) ON CONFLICT DO NOTHING""",
                event.screeningId(), message.getSequenceNumber(), Timestamp.from(by.at()), event.policy(),
                event.year(), ReadModelJson.write(view));
    }

    @EventHandler
    void on(ProposalConfirmedEvent event, DomainEventMessage<?> message) {
        decide(message, event.area(), ProposalStatus.CONFIRMED, event.designationId());
    }

    @EventHandler
    void on(ProposalRejectedEvent event, DomainEventMessage<?> message) {
        decide(message, event.area(), ProposalStatus.REJECTED, null);
    }

    @EventHandler
    void on(ProposalReopenedEvent event, DomainEventMessage<?> message) {
        decide(message, event.area(), ProposalStatus.PROPOSED, null);
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE screening_version");
    }

    @QueryHandler
    Optional<ScreeningView> find(FindScreeningQuery query) {
        List<Object> args = new ArrayList<>();
        args.add(query.screeningId());
        String asOf = AsOf.condition("", query.asOf(), args);
        return jdbc.query("SELECT doc::text FROM screening_version WHERE screening_id = ? AND " + asOf,
                (rs, n) -> ReadModelJson.read(rs.getString(1), ScreeningView.class), args.toArray()).stream()
                .findFirst();
    }

    private void decide(DomainEventMessage<?> message, String area, ProposalStatus status, String designationId) {
        RecordedBy by = RecordedBy.of(message);
        revise(message, view -> {
            List<ProposalView> proposals = view.proposals().stream()
                    .map(p -> p.area().equals(area)
                            ? new ProposalView(p.area(), p.criteriaMet(), status, designationId,
                                    status == ProposalStatus.PROPOSED ? null : by.user(), by.reason())
                            : p)
                    .toList();
            return new ScreeningView(view.id(), view.policy(), view.year(), view.rule(), view.inputs(), proposals,
                    view.recordedAt(), view.recordedBy());
        });
    }

    private void revise(DomainEventMessage<?> message, UnaryOperator<ScreeningView> change) {
        String id = message.getAggregateIdentifier();
        List<Object[]> current = jdbc.query("""
                SELECT version, doc::text, policy, year FROM screening_version
                WHERE screening_id = ? AND recorded_to IS NULL""",
                (rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)}, id);
        if (current.isEmpty() || (long) current.get(0)[0] >= message.getSequenceNumber()) {
            return;
        }
        ScreeningView next = change.apply(ReadModelJson.read((String) current.get(0)[1], ScreeningView.class));
        Timestamp at = Timestamp.from(message.getTimestamp());
        jdbc.update("UPDATE screening_version SET recorded_to = ? WHERE screening_id = ? AND recorded_to IS NULL",
                at, id);
        jdbc.update("""
                INSERT INTO screening_version (screening_id, version, recorded_from, policy, year, doc)
                VALUES (?, ?, ?, ?, ?, ?::jsonb) ON CONFLICT DO NOTHING""",
                id, message.getSequenceNumber(), at, current.get(0)[2], current.get(0)[3], ReadModelJson.write(next));
    }
}
