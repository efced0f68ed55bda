package dk.kk.registry.shared.goal;

import java.time.Instant;

/** How and when a goal was concluded, by whom and why. */
public record GoalConclusionView(GoalOutcome outcome, int year, Instant recordedAt, String recordedBy, String reason) {}
