package dk.kk.registry.command.reference;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.kk.registry.command.common.NewIds;
import dk.kk.registry.command.common.ReferenceCatalog;
import dk.kk.registry.command.common.RuleViolation;
import dk.kk.registry.shared.common.ReferenceKind;
import dk.kk.registry.shared.goal.GoalSetEvent;
import dk.kk.registry.shared.goal.SetGoalCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A measurable goal (målsætning) under a policy, owned by an administration and measured by an indicator. */
@Aggregate
class Goal {

    @AggregateIdentifier
    private String goalId;

    Goal() {
    }

    @CommandHandler
    Goal(SetGoalCommand command, ReferenceCatalog catalog) {
        NewIds.requireText(command.goalId(), "id", 64);
        NewIds.requireText(command.title(), "title", 300);
        catalog.require(ReferenceKind.POLICY, command.policy(), "policy");
        catalog.require(ReferenceKind.ADMINISTRATION, command.ownerAdministration(), "ownerAdministration");
        catalog.require(ReferenceKind.INDICATOR, command.indicator(), "indicator");
        NewIds.requirePresent(command.baseline(), "baseline");
        NewIds.requirePresent(command.target(), "target");
        NewIds.requirePresent(command.target().type(), "target.type");
        NewIds.requirePresent(command.target().value(), "target.value");
        if (command.deadlineYear() != null && command.deadlineYear() < command.baseline().year()) {
            throw new RuleViolation("DatesAreConsistent", "deadlineYear", "the deadline is before the baseline year");
        }
        NewIds.requireUnused(catalog, command.goalId(), ReferenceKind.GOAL);
        apply(new GoalSetEvent(command.goalId(), command.title().strip(), command.policy(),
                command.ownerAdministration(), command.indicator(), command.baseline(), command.target(),
                command.deadlineYear()));
    }

    @EventSourcingHandler
    void on(GoalSetEvent event) {
        goalId = event.goalId();
    }
}
