package dk.kk.registry.command.reference;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.kk.registry.command.common.NewIds;
import dk.kk.registry.command.common.ReferenceCatalog;
import dk.kk.registry.command.common.RuleViolation;
import dk.kk.registry.shared.common.ReferenceKind;
import dk.kk.registry.shared.common.Slugs;
import dk.kk.registry.shared.policy.AdoptPolicyCommand;
import dk.kk.registry.shared.policy.PolicyAdoptedEvent;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A policy for the vulnerable urban areas (2011, 2017, 2025-2035) with its period and designation criteria. */
@Aggregate
class Policy {

    @AggregateIdentifier
    private String policyId;

    Policy() {
    }

    @CommandHandler
    Policy(AdoptPolicyCommand command, ReferenceCatalog catalog) {
        if (!Slugs.isValid(command.policyId())) {
            throw new RuleViolation("IdsAreSlugs", "id", "a policy id is lower-case letters and digits joined by "
                    + "hyphens (e.g. 'policy-2011')");
        }
        NewIds.requireText(command.title(), "title", 200);
        NewIds.requirePresent(command.periodFrom(), "periodFrom");
        if (command.periodTo() != null && command.periodTo().isBefore(command.periodFrom())) {
            throw new RuleViolation("DatesAreConsistent", "periodTo", "periodTo is before periodFrom");
        }
        List<String> criteria = command.criteria() == null ? List.of() : List.copyOf(command.criteria());
        for (int i = 0; i < criteria.size(); i++) {
            NewIds.requireText(criteria.get(i), "criteria[" + i + "]", 500);
        }
        NewIds.requireUnused(catalog, command.policyId(), ReferenceKind.POLICY);
        apply(new PolicyAdoptedEvent(command.policyId(), command.title().strip(), command.periodFrom(),
                command.periodTo(), criteria));
    }

    @EventSourcingHandler
    void on(PolicyAdoptedEvent event) {
        policyId = event.policyId();
    }
}
