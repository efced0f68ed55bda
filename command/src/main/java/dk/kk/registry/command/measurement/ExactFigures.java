package dk.kk.registry.command.measurement;

import dk.kk.registry.command.common.RuleViolation;
import dk.kk.registry.shared.common.UncertainValue;
import java.math.BigDecimal;

/**
 * Figures are exact decimals of a sensible size: at most 15 digits before the decimal point and 10 after, so that
 * they fit the read models' NUMERIC columns and no value is silently rounded on the way.
 */
final class ExactFigures {

    static final int MAX_INTEGER_DIGITS = 15;
    static final int MAX_FRACTION_DIGITS = 10;

    private ExactFigures() {}

    static void requireValue(UncertainValue value, String field) {
        if (value == null) {
            throw new RuleViolation("RequiredFields", field, field + " is required");
        }
        if (value.low() != null) {
            requireSize(value.low(), field);
        }
        if (value.high() != null) {
            requireSize(value.high(), field);
        }
    }

    static void check(BigDecimal numerator, BigDecimal denominator) {
        if (numerator != null) {
            requireSize(numerator, "numerator");
            if (numerator.signum() < 0) {
                throw new RuleViolation("CountsAreNotNegative", "numerator", "numerator may not be negative");
            }
        }
        if (denominator != null) {
            requireSize(denominator, "denominator");
            if (denominator.signum() <= 0) {
                throw new RuleViolation(
                        "DenominatorsArePositive", "denominator", "denominator must be greater than zero");
            }
        }
    }

    private static void requireSize(BigDecimal figure, String field) {
        BigDecimal stripped = figure.stripTrailingZeros();
        if (stripped.scale() > MAX_FRACTION_DIGITS) {
            throw new RuleViolation(
                    "ExactFigures", field, field + " has more than " + MAX_FRACTION_DIGITS + " decimals");
        }
        if (stripped.precision() - stripped.scale() > MAX_INTEGER_DIGITS) {
            throw new RuleViolation(
                    "ExactFigures",
                    field,
                    field + " has more than " + MAX_INTEGER_DIGITS + " digits before the decimal point");
        }
    }
}
