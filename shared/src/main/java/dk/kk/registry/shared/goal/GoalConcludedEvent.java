package dk.kk.registry.shared.goal;

import org.axonframework.serialization.Revision;

/** A goal was concluded: no status reports or target revisions follow; corrections of past reports still may. */
@Revision("1")
public record GoalConcludedEvent(String goalId, GoalOutcome outcome, int year) {}
