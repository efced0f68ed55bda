package dk.kk.registry.command.goal;

import dk.kk.registry.command.common.RuleViolation;
import dk.kk.registry.shared.common.UncertainValue;
import java.math.BigDecimal;

/**
 * Indicator values and target values are decimals of a bounded size: six decimals are finer than any published
 * share, and the bound keeps the board's exact arithmetic small. A baseline's or a status's value may be a range or a
 * bound as its source states it (ADR 0016); each bound it gives is held to the same size.
 */
final class Values {

    static final int MAX_DECIMALS = 6;
    private static final BigDecimal LIMIT = new BigDecimal("1000000000000");

    private Values() {}

    static void requireBounded(BigDecimal value, String field) {
        if (value == null) {
            return;
        }
        if (value.stripTrailingZeros().scale() > MAX_DECIMALS) {
            throw new RuleViolation("ValuesAreBounded", field, field + " has more than " + MAX_DECIMALS + " decimals");
        }
        if (value.abs().compareTo(LIMIT) >= 0) {
            throw new RuleViolation("ValuesAreBounded", field, field + " is out of range");
        }
    }

    static void requireBounded(UncertainValue value, String field) {
        if (value == null) {
            return;
        }
        requireBounded(value.low(), field);
        requireBounded(value.high(), field);
    }

    static void maxLength(String value, int max, String field) {
        if (value != null && value.length() > max) {
            throw new RuleViolation("TextLimits", field, field + " is longer than " + max + " characters");
        }
    }
}
