package dk.kk.registry.query.goal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact quotient of two decimals. The board compares quotients (a relative change with its target, a year's share
 * of the way to the deadline) by cross-multiplying, so no verdict depends on where a division was rounded; only the
 * figures it shows are rounded.
 */
record Ratio(BigDecimal numerator, BigDecimal denominator) implements Comparable<Ratio> {

    static final Ratio ZERO = of(BigDecimal.ZERO);

    Ratio {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
    }

    static Ratio of(BigDecimal value) {
        return new Ratio(value, BigDecimal.ONE);
    }

    static Ratio of(BigDecimal numerator, BigDecimal denominator) {
        return new Ratio(numerator, denominator);
    }

    static Ratio of(long numerator, long denominator) {
        return new Ratio(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }

    Ratio plus(Ratio other) {
        return new Ratio(
                numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    Ratio minus(Ratio other) {
        return plus(other.negate());
    }

    Ratio times(Ratio other) {
        return new Ratio(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    Ratio dividedBy(Ratio other) {
        return new Ratio(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
    }

    Ratio negate() {
        return new Ratio(numerator.negate(), denominator);
    }

    int signum() {
        return numerator.signum();
    }

    /** Rounded half-up to the scale given, with trailing zeros removed (but never in exponent notation). */
    BigDecimal rounded(int scale) {
        BigDecimal value =
                numerator.divide(denominator, scale, RoundingMode.HALF_UP).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0, RoundingMode.UNNECESSARY) : value;
    }

    /** Rounded in the direction given to the scale given, trailing zeros removed (never in exponent notation). */
    BigDecimal roundedTowards(int scale, RoundingMode direction) {
        BigDecimal value = numerator.divide(denominator, scale, direction).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0, RoundingMode.UNNECESSARY) : value;
    }

    @Override
    public int compareTo(Ratio other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }
}
