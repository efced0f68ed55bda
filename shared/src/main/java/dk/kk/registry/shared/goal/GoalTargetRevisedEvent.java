package dk.kk.registry.shared.goal;

import org.axonframework.serialization.Revision;

/** A goal's target was revised; the earlier target stays in the goal's target history. */
@Revision("1")
public record GoalTargetRevisedEvent(String goalId, Target target) {}
