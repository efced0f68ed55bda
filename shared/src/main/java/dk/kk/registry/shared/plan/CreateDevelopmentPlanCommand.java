package dk.kk.registry.shared.plan;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Starts a development plan for an area under a policy. {@code wave} and {@code budgetYear} are as the source gives
 * them (either may be unknown); {@code timing} holds the source's statements about when the plan is made, each as
 * stated, where the source gives more than one.
 */
public record CreateDevelopmentPlanCommand(
        @TargetAggregateIdentifier String planId,
        String area,
        String policy,
        String title,
        String purpose,
        Integer wave,
        Integer budgetYear,
        List<String> timing) {}
