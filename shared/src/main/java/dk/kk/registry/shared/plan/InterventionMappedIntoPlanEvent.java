package dk.kk.registry.shared.plan;

import org.axonframework.serialization.Revision;

/** An existing intervention was mapped into the plan with an assessment. */
@Revision("1")
public record InterventionMappedIntoPlanEvent(String planId, String interventionId, String assessment) {}
