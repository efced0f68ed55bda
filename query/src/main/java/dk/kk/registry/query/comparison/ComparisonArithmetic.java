package dk.kk.registry.query.comparison;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The evaluators' arithmetic, exact: differences are exact decimals; the two ratios (relative change, share of the
 * gap closed) are rounded half-up to four decimals. A gap is area minus comparison, so with "lower is better" a
 * shrinking positive gap is progress; the difference-in-differences is the change in the area minus the change in
 * the comparison, which equals the change in the gap.
 */
final class ComparisonArithmetic {

    static final int RATIO_SCALE = 4;

    private ComparisonArithmetic() {
    }

    static BigDecimal change(BigDecimal from, BigDecimal to) {
        return from == null || to == null ? null : to.subtract(from);
    }

    static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        if (numerator == null || denominator == null || denominator.signum() == 0) {
            return null;
        }
        return numerator.divide(denominator, MathContext.DECIMAL64).setScale(RATIO_SCALE, RoundingMode.HALF_UP);
    }

    static BigDecimal gap(BigDecimal area, BigDecimal comparison) {
        return change(comparison, area);
    }

    /** The share of the baseline gap closed by the status year: 0.5 is half the gap closed. */
    static BigDecimal gapClosedShare(BigDecimal gapAtBaseline, BigDecimal gapAtStatus) {
        return ratio(change(gapAtStatus, gapAtBaseline), gapAtBaseline);
    }

    static BigDecimal perYear(BigDecimal change, int years) {
        if (change == null || years <= 0) {
            return null;
        }
        return change.divide(BigDecimal.valueOf(years), MathContext.DECIMAL64)
                .setScale(RATIO_SCALE, RoundingMode.HALF_UP);
    }
}
