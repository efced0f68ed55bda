package dk.kk.registry.shared.intervention;

import org.axonframework.serialization.Revision;

/**
 * An intervention was linked to the policy it belongs to (the seeds' "policy" of each intervention; a registration
 * naming its policy). A separate event, so every registration recorded before stays as it is.
 */
@Revision("1")
public record InterventionPolicyLinkedEvent(String interventionId, String policyId) {}
