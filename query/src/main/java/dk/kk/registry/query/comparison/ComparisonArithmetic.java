package dk.kk.registry.query.comparison;

import dk.kk.registry.shared.common.UncertainValue;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The evaluators' arithmetic, exact: differences are exact decimals; the two ratios (relative change, share of the
 * gap closed) are rounded half-up to four decimals. A gap is area minus comparison, so with "lower is better" a
 * shrinking positive gap is progress; the difference-in-differences is the change in the area minus the change in
 * the comparison, which equals the change in the gap.
 *
 * <p>A value stated as a range or a bound gives a range: every figure the inputs allow lies within it, never a made-up
 * point. A rounded ratio's range is rounded outwards (its low bound down, its high bound up) so that it still holds
 * every figure allowed. A result that no input bounds on either side says nothing and is {@code null}, as a missing
 * value is.
 */
final class ComparisonArithmetic {

    static final int RATIO_SCALE = 4;

    private ComparisonArithmetic() {}

    static UncertainValue change(UncertainValue from, UncertainValue to) {
        return from == null || to == null ? null : known(to.minus(from));
    }

    static UncertainValue ratio(UncertainValue numerator, UncertainValue denominator) {
        if (numerator == null || denominator == null) {
            return null;
        }
        if (point(numerator) && point(denominator)) {
            BigDecimal divisor = denominator.low();
            if (divisor.signum() == 0) {
                return null;
            }
            UncertainValue quotient = UncertainValue.exact(
                    numerator.low().divide(divisor, MathContext.DECIMAL64).setScale(RATIO_SCALE, RoundingMode.HALF_UP));
            // A ratio of approximate figures ("ca. 20") is as approximate as they are.
            return numerator.isApproximate() || denominator.isApproximate() ? quotient.approximately() : quotient;
        }
        UncertainValue quotient = numerator.dividedBy(denominator);
        return quotient == null ? null : outwards(known(quotient));
    }

    static UncertainValue gap(UncertainValue area, UncertainValue comparison) {
        return change(comparison, area);
    }

    /** The share of the baseline gap closed by the status year: 0.5 is half the gap closed. */
    static UncertainValue gapClosedShare(UncertainValue gapAtBaseline, UncertainValue gapAtStatus) {
        return ratio(change(gapAtStatus, gapAtBaseline), gapAtBaseline);
    }

    static UncertainValue perYear(UncertainValue change, int years) {
        if (change == null || years <= 0) {
            return null;
        }
        return ratio(change, UncertainValue.exact(BigDecimal.valueOf(years)));
    }

    /** The mean of values: their sum divided by how many there are. */
    static UncertainValue mean(Iterable<UncertainValue> values) {
        UncertainValue sum = null;
        int count = 0;
        for (UncertainValue value : values) {
            sum = sum == null ? value : known(sum.plus(value));
            count++;
            if (sum == null) {
                return null;
            }
        }
        return count == 0 ? null : ratio(sum, UncertainValue.exact(BigDecimal.valueOf(count)));
    }

    /** An exact or an approximate value: one point. */
    private static boolean point(UncertainValue value) {
        return value.low() != null && value.high() != null && value.low().compareTo(value.high()) == 0;
    }

    private static UncertainValue known(UncertainValue value) {
        return value == null || value.low() == null && value.high() == null ? null : value;
    }

    private static UncertainValue outwards(UncertainValue value) {
        if (value == null) {
            return null;
        }
        BigDecimal low = value.low() == null ? null : value.low().setScale(RATIO_SCALE, RoundingMode.FLOOR);
        BigDecimal high = value.high() == null ? null : value.high().setScale(RATIO_SCALE, RoundingMode.CEILING);
        UncertainValue rounded = UncertainValue.range(low, high);
        return value.isApproximate() ? rounded.approximately() : rounded;
    }
}
