package dk.kk.registry.query.screening;

import dk.kk.registry.query.common.AsOf;
import dk.kk.registry.query.common.DocumentProjection;
import dk.kk.registry.query.common.DocumentTable;
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
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Projects screening runs and the decisions on their proposals into {@code screening_version}. */
@Component
@ProcessingGroup(ScreeningProjection.GROUP)
class ScreeningProjection extends DocumentProjection<ScreeningView> {

    static final String GROUP = "screenings";

    private static final DocumentTable<ScreeningView> TABLE = DocumentTable.<ScreeningView>keyedBy(
                    "screening_version", "screening_id")
            .column("policy", ScreeningView::policy)
            .column("year", ScreeningView::year)
            .json("doc", ScreeningView.class);

    private final JdbcTemplate jdbc;

    ScreeningProjection(JdbcTemplate jdbc) {
        super(jdbc, GROUP, TABLE, ScreeningRunEvent.class);
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ScreeningRunEvent event, DomainEventMessage<?> message) {
        RecordedBy by = RecordedBy.of(message);
        List<ProposalView> proposals = event.proposals().stream()
                .map(p -> new ProposalView(p.area(), p.criteriaMet(), ProposalStatus.PROPOSED, null, null, null))
                .toList();
        documents.start(
                message,
                event.screeningId(),
                () -> new ScreeningView(
                        event.screeningId(),
                        event.policy(),
                        event.year(),
                        event.rule(),
                        event.inputs(),
                        proposals,
                        by.at(),
                        by.user()));
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

    @QueryHandler
    Optional<ScreeningView> find(FindScreeningQuery query) {
        return AsOf.one(
                jdbc,
                "SELECT doc::text FROM screening_version WHERE screening_id = ?",
                query.screeningId(),
                query.asOf(),
                (rs, n) -> ReadModelJson.read(rs.getString(1), ScreeningView.class));
    }

    private void decide(DomainEventMessage<?> message, String area, ProposalStatus status, String designationId) {
        RecordedBy by = RecordedBy.of(message);
        documents.revise(message, message.getAggregateIdentifier(), view -> {
            List<ProposalView> proposals = view.proposals().stream()
                    .map(p -> p.area().equals(area)
                            ? new ProposalView(
                                    p.area(),
                                    p.criteriaMet(),
                                    status,
                                    designationId,
                                    status == ProposalStatus.PROPOSED ? null : by.user(),
                                    by.reason())
                            : p)
                    .toList();
            return new ScreeningView(
                    view.id(),
                    view.policy(),
                    view.year(),
                    view.rule(),
                    view.inputs(),
                    proposals,
                    view.recordedAt(),
                    view.recordedBy());
        });
    }
}
