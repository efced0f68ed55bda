package dk.kk.registry.shared.goal;

import java.math.BigDecimal;
import java.time.Instant;

/** A target a goal had: set with the goal or by a revision, with who recorded it, when and why. */
public record GoalTargetView(
        GoalTargetType type, BigDecimal value, Instant recordedAt, String recordedBy, String reason) {}
