package dk.kk.registry.shared.goal;

import java.math.BigDecimal;

/**
 * What a goal aims at by its deadline. The value is read by type: {@code RELATIVE_CHANGE} the change of the area
 * value relative to the baseline, as a fraction ({@code -0.25} = down by a quarter); {@code ABSOLUTE_LEVEL} the level
 * to reach, in the indicator's unit; {@code PARITY_WITH_COMPARISON} how far the areas may still be behind the
 * comparison area, in the indicator's unit ({@code 0} = level with it); {@code GAP_REDUCTION} the share of the
 * baseline gap to the comparison area to close, as a fraction ({@code 0.5} = half the gap).
 */
public record Target(GoalTargetType type, BigDecimal value) {}
