package dk.kk.registry.shared.goal;

import java.math.BigDecimal;

/** What a goal aims at: a type and a value (a fraction for relative changes, e.g. -0.25). */
public record Target(
        GoalTargetType type,
        BigDecimal value) {
}
