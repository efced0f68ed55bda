package dk.kk.registry.shared.plan;

import org.axonframework.serialization.Revision;

/** A goal was taken out of the plan. */
@Revision("1")
public record PlanGoalRemovedEvent(String planId, String goalId) {}
