package dk.kk.registry.query.goal;

import dk.kk.registry.shared.common.UncertainValue;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The exact quotients a figure stated as a range or a bound allows: from {@code low} to {@code high}, either
 * {@code null} where the source leaves that side open. An exact figure is a span of one quotient. Arithmetic gives
 * the span every combination of the operands allows (interval arithmetic, ADR 0016), so the board can ask whether a
 * verdict holds for every value allowed or only for some.
 */
record Span(Ratio low, Ratio high) {

    static Span of(UncertainValue value) {
        return new Span(
                value.low() == null ? null : Ratio.of(value.low()),
                value.high() == null ? null : Ratio.of(value.high()));
    }

    static Span of(Ratio value) {
        return new Span(value, value);
    }

    boolean isExact() {
        return low != null && high != null && low.compareTo(high) == 0;
    }

    /** The one quotient of an exact span. */
    Ratio point() {
        if (!isExact()) {
            throw new IllegalStateException("not an exact figure");
        }
        return low;
    }

    Span minus(Span other) {
        return new Span(
                low == null || other.high == null ? null : low.minus(other.high),
                high == null || other.low == null ? null : high.minus(other.low));
    }

    Span negate() {
        return new Span(high == null ? null : high.negate(), low == null ? null : low.negate());
    }

    Span plus(Ratio value) {
        return new Span(low == null ? null : low.plus(value), high == null ? null : high.plus(value));
    }

    /** This times a factor that is not negative. */
    Span scaled(Ratio factor) {
        return new Span(low == null ? null : low.times(factor), high == null ? null : high.times(factor));
    }

    /** Whether some value allowed is zero or less (a divisor that may be zero divides nothing). */
    boolean mayBeAtMostZero() {
        return low == null || low.signum() <= 0;
    }

    boolean mayBeZero() {
        return (low == null || low.signum() <= 0) && (high == null || high.signum() >= 0);
    }

    /** This divided by a span of positive quotients, bounded on both sides. */
    Span dividedByPositive(Span divisor) {
        if (divisor.low == null || divisor.high == null || divisor.low.signum() <= 0) {
            throw new IllegalArgumentException("a divisor must be positive and bounded");
        }
        Ratio least = low == null ? null : low.dividedBy(low.signum() >= 0 ? divisor.high : divisor.low);
        Ratio greatest = high == null ? null : high.dividedBy(high.signum() >= 0 ? divisor.low : divisor.high);
        return new Span(least, greatest);
    }

    /** This divided by a span that does not contain zero and is bounded on both sides. */
    Span dividedBy(Span divisor) {
        if (divisor.low != null && divisor.low.signum() > 0) {
            return dividedByPositive(divisor);
        }
        return dividedByPositive(divisor.negate()).negate();
    }

    /**
     * As a value to show: exact quotients rounded half-up to {@code scale} decimals, the bounds of a range outwards
     * (low down, high up) so the span shown still holds every value allowed.
     */
    UncertainValue shown(int scale) {
        if (isExact()) {
            return UncertainValue.exact(low.rounded(scale));
        }
        BigDecimal from = low == null ? null : low.roundedTowards(scale, RoundingMode.FLOOR);
        BigDecimal to = high == null ? null : high.roundedTowards(scale, RoundingMode.CEILING);
        return from == null && to == null ? null : UncertainValue.range(from, to);
    }
}
