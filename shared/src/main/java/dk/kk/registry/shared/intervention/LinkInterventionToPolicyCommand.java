package dk.kk.registry.shared.intervention;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Links an intervention to the policy it belongs to, after its registration (one registered without a policy, or
 * linked to another by mistake); recorded as {@link InterventionPolicyLinkedEvent}, as a registration naming its
 * policy is.
 */
public record LinkInterventionToPolicyCommand(
        @TargetAggregateIdentifier String interventionId,
        @TargetAggregateVersion Long expectedVersion,
        String policy) {}
