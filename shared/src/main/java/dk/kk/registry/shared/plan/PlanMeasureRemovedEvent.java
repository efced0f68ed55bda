package dk.kk.registry.shared.plan;

import org.axonframework.serialization.Revision;

/** A chosen measure, with the resources set aside for it, was taken out of the plan. */
@Revision("1")
public record PlanMeasureRemovedEvent(String planId, String measureId) {}
