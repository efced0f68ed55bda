package dk.kk.registry.command.screening;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.kk.registry.command.common.NewIds;
import dk.kk.registry.command.common.ReferenceCatalog;
import dk.kk.registry.command.common.RuleViolation;
import dk.kk.registry.shared.common.ReferenceKind;
import dk.kk.registry.shared.screening.ConfirmProposalCommand;
import dk.kk.registry.shared.screening.ProposalConfirmedEvent;
import dk.kk.registry.shared.screening.ProposalRejectedEvent;
import dk.kk.registry.shared.screening.ProposalReopenedEvent;
import dk.kk.registry.shared.screening.ProposalStatus;
import dk.kk.registry.shared.screening.RejectProposalCommand;
import dk.kk.registry.shared.screening.ReopenProposalCommand;
import dk.kk.registry.shared.screening.RunScreeningCommand;
import dk.kk.registry.shared.screening.ScreeningInput;
import dk.kk.registry.shared.screening.ScreeningProposal;
import dk.kk.registry.shared.screening.ScreeningRunEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A screening run (screening) over a year's measurements under a policy's rule. It records its inputs and the areas
 * it proposes; each proposal is then confirmed (becoming a designation) or rejected, once.
 */
@Aggregate(cache = "screeningCache")
class Screening {

    @AggregateIdentifier
    private String screeningId;

    private final Map<String, ProposalStatus> proposals = new HashMap<>();

    Screening() {}

    @CommandHandler
    Screening(RunScreeningCommand command, ReferenceCatalog catalog) {
        NewIds.requireText(command.screeningId(), "screeningId", 64);
        catalog.require(ReferenceKind.POLICY, command.policy(), "policy");
        if (command.year() < 1990 || command.year() > 2100) {
            throw new RuleViolation("YearsInRange", "year", "year must lie between 1990 and 2100");
        }
        if (command.rule() == null
                || command.rule().criteria() == null
                || command.rule().criteria().isEmpty()) {
            throw new RuleViolation(
                    "ScreeningsNeedARule",
                    "policy",
                    "policy " + command.policy() + " has no screening rule; set one first");
        }
        List<ScreeningInput> inputs =
                ScreeningEvaluation.judged(command.rule(), command.inputs() == null ? List.of() : command.inputs());
        List<ScreeningProposal> proposed = ScreeningEvaluation.proposals(command.rule(), inputs);
        apply(new ScreeningRunEvent(
                command.screeningId(), command.policy(), command.year(), command.rule(), inputs, proposed));
    }

    @CommandHandler
    long handle(ConfirmProposalCommand command) {
        undecided(command.area());
        NewIds.requireText(command.designationId(), "designationId", 64);
        apply(new ProposalConfirmedEvent(screeningId, command.area(), command.designationId()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RejectProposalCommand command) {
        undecided(command.area());
        apply(new ProposalRejectedEvent(screeningId, command.area()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(ReopenProposalCommand command) {
        ProposalStatus status = proposals.get(command.area());
        if (status == null || status == ProposalStatus.PROPOSED) {
            throw new RuleViolation(
                    "ReopenOnlyDecidedProposals",
                    "area",
                    "the proposal for " + command.area() + " has no decision to take back");
        }
        apply(new ProposalReopenedEvent(screeningId, command.area()));
        return AggregateLifecycle.getVersion();
    }

    private void undecided(String area) {
        ProposalStatus status = proposals.get(area);
        if (status == null) {
            throw new RuleViolation("ProposalsMustExist", "area", "the screening did not propose area '" + area + "'");
        }
        if (status != ProposalStatus.PROPOSED) {
            throw new RuleViolation(
                    "ProposalsAreDecidedOnce", "area", "the proposal for " + area + " is already " + status);
        }
    }

    @EventSourcingHandler
    void on(ScreeningRunEvent event) {
        screeningId = event.screeningId();
        event.proposals().forEach(proposal -> proposals.put(proposal.area(), ProposalStatus.PROPOSED));
    }

    @EventSourcingHandler
    void on(ProposalConfirmedEvent event) {
        proposals.put(event.area(), ProposalStatus.CONFIRMED);
    }

    @EventSourcingHandler
    void on(ProposalRejectedEvent event) {
        proposals.put(event.area(), ProposalStatus.REJECTED);
    }

    @EventSourcingHandler
    void on(ProposalReopenedEvent event) {
        proposals.put(event.area(), ProposalStatus.PROPOSED);
    }
}
