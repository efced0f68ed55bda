package dk.kk.registry.command.goal;

import dk.kk.registry.command.common.NewIds;
import dk.kk.registry.command.common.RuleViolation;
import dk.kk.registry.shared.common.UncertainValue;
import dk.kk.registry.shared.goal.Baseline;
import dk.kk.registry.shared.goal.GoalTargetType;
import dk.kk.registry.shared.goal.Target;
import java.math.BigDecimal;

/**
 * A target the board can measure against the goal's baseline: a relative change needs a baseline other than zero
 * and cannot fall below -100 %; parity and gap reduction need the comparison area's baseline value; a gap reduction
 * needs a gap and closes a share of it between 0 (exclusive) and 1; a parity tolerance is not negative.
 */
final class TargetsAreMeasurable {

    private TargetsAreMeasurable() {}

    static void check(Target target, Baseline baseline) {
        NewIds.requirePresent(target, "target");
        NewIds.requirePresent(target.type(), "target.type");
        NewIds.requirePresent(target.value(), "target.value");
        Values.requireBounded(target.value(), "target.value");
        BigDecimal value = target.value();
        switch (target.type()) {
            case RELATIVE_CHANGE -> {
                if (value.compareTo(BigDecimal.ONE.negate()) < 0) {
                    refuse("a relative change is a fraction of the baseline and cannot be below -1 (-100 %)");
                }
                if (mayBeZero(baseline.areaValue())) {
                    refuse(
                            baseline.areaValue().isExact()
                                    ? "a relative change needs a baseline area value other than 0"
                                    : "a relative change needs a baseline area value other than 0, and the range "
                                            + baseline.areaValue() + " allows 0");
                }
            }
            case ABSOLUTE_LEVEL -> {
                // any level in the indicator's unit can be aimed at
            }
            case PARITY_WITH_COMPARISON -> {
                requireComparison(baseline, target.type());
                if (value.signum() < 0) {
                    refuse("a parity target is how far the areas may still be behind the comparison area; "
                            + "it cannot be negative");
                }
            }
            case GAP_REDUCTION -> {
                requireComparison(baseline, target.type());
                if (value.signum() <= 0 || value.compareTo(BigDecimal.ONE) > 0) {
                    refuse("a gap reduction is the share of the gap to close: more than 0 and at most 1");
                }
                if (baseline.areaValue().isExact() && baseline.areaValue().equals(baseline.comparisonValue())) {
                    refuse("there is no gap to the comparison area at the baseline to reduce");
                }
            }
        }
    }

    private static boolean mayBeZero(UncertainValue value) {
        return (value.low() == null || value.low().signum() <= 0)
                && (value.high() == null || value.high().signum() >= 0);
    }

    static boolean same(Target a, Target b) {
        return a.type() == b.type() && a.value().compareTo(b.value()) == 0;
    }

    static boolean needsComparison(Target target) {
        return target.type() == GoalTargetType.PARITY_WITH_COMPARISON || target.type() == GoalTargetType.GAP_REDUCTION;
    }

    private static void requireComparison(Baseline baseline, GoalTargetType type) {
        if (baseline.comparisonValue() == null) {
            refuse(type + " needs the baseline's comparisonValue");
        }
    }

    private static void refuse(String message) {
        throw new RuleViolation("TargetsAreMeasurable", "target", message);
    }
}
