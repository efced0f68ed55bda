package dk.kk.registry.shared.plan;

import org.axonframework.serialization.Revision;

/** A goal about the plan's area became one of the plan's goals. */
@Revision("1")
public record PlanGoalAddedEvent(String planId, String goalId) {}
