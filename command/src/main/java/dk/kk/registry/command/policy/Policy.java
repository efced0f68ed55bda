package dk.kk.registry.command.policy;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.kk.registry.command.common.NewIds;
import dk.kk.registry.command.common.NothingChanged;
import dk.kk.registry.command.common.ReferenceCatalog;
import dk.kk.registry.command.common.RuleViolation;
import dk.kk.registry.shared.common.ReferenceKind;
import dk.kk.registry.shared.common.Slugs;
import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.policy.AdoptPolicyCommand;
import dk.kk.registry.shared.policy.DesignationCriteriaRevisedEvent;
import dk.kk.registry.shared.policy.PolicyAdoptedEvent;
import dk.kk.registry.shared.policy.ReviseDesignationCriteriaCommand;
import dk.kk.registry.shared.screening.ScreeningRule;
import dk.kk.registry.shared.screening.ScreeningRuleSetEvent;
import dk.kk.registry.shared.screening.SetScreeningRuleCommand;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A policy for the vulnerable urban areas (2011, 2017, 2025-2035) with its period, objectives, focus areas and
 * designation criteria. The criteria are versioned: each revision is an event, and earlier versions stay readable.
 */
@Aggregate(cache = "policyCache")
class Policy {

    static final int TEXT_LIMIT = 1_000;

    @AggregateIdentifier
    private String policyId;

    private UncertainDate periodFrom;
    private int criteriaVersion;
    private String criteriaLabel;
    private UncertainDate criteriaFrom;
    private List<String> criteria;
    private ScreeningRule screeningRule;

    Policy() {}

    @CommandHandler
    Policy(AdoptPolicyCommand command, ReferenceCatalog catalog) {
        if (!Slugs.isValid(command.policyId())) {
            throw new RuleViolation(
                    "IdsAreSlugs",
                    "id",
                    "a policy id is lower-case letters and digits joined by " + "hyphens (e.g. 'policy-2011')");
        }
        NewIds.requireText(command.title(), "title", 200);
        NewIds.requirePresent(command.periodFrom(), "periodFrom");
        if (command.periodTo() != null && command.periodTo().certainlyBefore(command.periodFrom())) {
            throw new RuleViolation("DatesAreConsistent", "periodTo", "periodTo is certainly before periodFrom");
        }
        List<String> objectives = texts(command.objectives(), "objectives");
        List<String> focusAreas = texts(command.focusAreas(), "focusAreas");
        List<String> criteria = texts(command.criteria(), "criteria");
        if (command.criteriaLabel() != null) {
            NewIds.requireText(command.criteriaLabel(), "criteriaLabel", 200);
        }
        NewIds.requireUnused(catalog, command.policyId(), ReferenceKind.POLICY);
        apply(new PolicyAdoptedEvent(
                command.policyId(),
                command.title().strip(),
                command.periodFrom(),
                command.periodTo(),
                objectives,
                focusAreas,
                command.criteriaLabel(),
                criteria));
    }

    @CommandHandler
    long handle(ReviseDesignationCriteriaCommand command) {
        NewIds.requireText(command.label(), "label", 200);
        NewIds.requirePresent(command.effectiveFrom(), "effectiveFrom");
        if (command.effectiveFrom().certainlyBefore(periodFrom)) {
            throw new RuleViolation(
                    "DatesAreConsistent",
                    "effectiveFrom",
                    "a revision of the criteria cannot take effect before the policy's period starts (" + periodFrom
                            + ")");
        }
        List<String> criteria = texts(command.criteria(), "criteria");
        if (criteria.isEmpty()) {
            throw new RuleViolation("CriteriaAreListed", "criteria", "a revision lists the criteria");
        }
        // The same criteria from the same or a later day change nothing; from a day that may be earlier they may change
        // what applied before.
        if (command.label().strip().equals(criteriaLabel)
                && criteria.equals(this.criteria)
                && notBefore(command.effectiveFrom(), criteriaFrom)) {
            throw new NothingChanged(
                    "criteria",
                    "the criteria already read so under the label '" + criteriaLabel + "' (version " + criteriaVersion
                            + ")");
        }
        apply(new DesignationCriteriaRevisedEvent(
                policyId, criteriaVersion + 1, command.label().strip(), command.effectiveFrom(), criteria));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(SetScreeningRuleCommand command, ReferenceCatalog catalog) {
        ScreeningRuleRequirements.check(command.rule(), catalog);
        if (ScreeningRuleRequirements.same(command.rule(), screeningRule)) {
            throw new NothingChanged("rule", "the policy's screening rule is already this rule");
        }
        apply(new ScreeningRuleSetEvent(policyId, command.rule()));
        return AggregateLifecycle.getVersion();
    }

    @EventSourcingHandler
    void on(PolicyAdoptedEvent event) {
        policyId = event.policyId();
        periodFrom = event.periodFrom();
        criteriaVersion = 1;
        criteriaLabel = event.criteriaLabel();
        criteriaFrom = event.periodFrom();
        criteria = event.criteria() == null ? List.of() : event.criteria();
    }

    @EventSourcingHandler
    void on(DesignationCriteriaRevisedEvent event) {
        criteriaVersion = event.criteriaVersion();
        criteriaLabel = event.label();
        criteriaFrom = event.effectiveFrom();
        criteria = event.criteria();
    }

    @EventSourcingHandler
    void on(ScreeningRuleSetEvent event) {
        screeningRule = event.rule();
    }

    private static boolean notBefore(UncertainDate day, UncertainDate other) {
        return day.equals(other) || other.certainlyBefore(day);
    }

    private static List<String> texts(List<String> values, String field) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > 50) {
            throw new RuleViolation("TextLimits", field, field + " lists more than 50 entries");
        }
        for (int i = 0; i < values.size(); i++) {
            NewIds.requireText(values.get(i), field + "[" + i + "]", TEXT_LIMIT);
        }
        return values.stream().map(String::strip).toList();
    }
}
