package dk.kk.registry.shared.screening;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Sets the rule a policy's screenings use; the thresholds are the municipality's configuration, not figures from the policy texts. */
public record SetScreeningRuleCommand(
        @TargetAggregateIdentifier String policyId,
        @TargetAggregateVersion Long expectedVersion,
        ScreeningRule rule) {}
