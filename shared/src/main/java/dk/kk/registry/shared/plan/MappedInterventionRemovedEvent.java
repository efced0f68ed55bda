package dk.kk.registry.shared.plan;

import org.axonframework.serialization.Revision;

/** A mapped intervention was taken out of the plan. */
@Revision("1")
public record MappedInterventionRemovedEvent(String planId, String interventionId) {}
