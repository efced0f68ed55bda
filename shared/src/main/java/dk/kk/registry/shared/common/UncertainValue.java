package dk.kk.registry.shared.common;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * A measured value as its source states it: exact ({@code 0.6}), a range ("mellem 67 - 72 %": from 67 to 72), a
 * bound ("knap 60 %": below 60; above a number), or approximate ("ca. 20 %": about 20). Arithmetic on values gives the
 * range every combination of the operands allows, never a made-up point; a side without a bound stays open
 * ({@code null}).
 *
 * <p>Bounds are treated as closed in arithmetic: "below 60" may come as close to 60 as the source allows.
 *
 * <p>An approximate value keeps the point its source gives as both bounds (as an approximate date keeps the bounds of
 * what it qualifies, ADR 0015): the registry invents no margin for "ca.". What is derived from it is approximate too
 * ({@link #isApproximate()}), so nothing computed from "ca. 20" is ever called exact or certain.
 */
public final class UncertainValue {

    /** What the source said. */
    public enum Form {
        EXACT,
        RANGE,
        BELOW,
        ABOVE,
        /** "ca. 20": about a point the source gives, no margin stated. */
        ABOUT
    }

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    private final Form form;
    private final BigDecimal low;
    private final BigDecimal high;
    private final boolean approximate;

    private UncertainValue(Form form, BigDecimal low, BigDecimal high) {
        this(form, low, high, form == Form.ABOUT);
    }

    private UncertainValue(Form form, BigDecimal low, BigDecimal high, boolean approximate) {
        this.form = form;
        this.low = low;
        this.high = high;
        this.approximate = approximate;
    }

    public static UncertainValue exact(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        return new UncertainValue(Form.EXACT, value, value);
    }

    /** {@code null} for {@code null}: an optional exact value. */
    public static UncertainValue ofNullable(BigDecimal value) {
        return value == null ? null : exact(value);
    }

    /** A range; either bound may be {@code null} (open), not both. */
    public static UncertainValue range(BigDecimal from, BigDecimal to) {
        if (from == null && to == null) {
            throw new IllegalArgumentException("a range needs at least one bound");
        }
        if (from != null && to != null && from.compareTo(to) > 0) {
            throw new IllegalArgumentException(
                    "a range's 'from' must not exceed its 'to': " + from.toPlainString() + " > " + to.toPlainString());
        }
        if (from != null && to != null && from.compareTo(to) == 0) {
            return exact(from);
        }
        return new UncertainValue(Form.RANGE, from, to);
    }

    public static UncertainValue below(BigDecimal bound) {
        Objects.requireNonNull(bound, "below");
        return new UncertainValue(Form.BELOW, null, bound);
    }

    public static UncertainValue above(BigDecimal bound) {
        Objects.requireNonNull(bound, "above");
        return new UncertainValue(Form.ABOVE, bound, null);
    }

    /** "ca. {@code value}": about the point the source gives. */
    public static UncertainValue about(BigDecimal value) {
        Objects.requireNonNull(value, "about");
        return new UncertainValue(Form.ABOUT, value, value);
    }

    public Form form() {
        return form;
    }

    /** The least value allowed; {@code null} when open. */
    public BigDecimal low() {
        return low;
    }

    /** The greatest value allowed; {@code null} when open. */
    public BigDecimal high() {
        return high;
    }

    public boolean isExact() {
        return form == Form.EXACT;
    }

    /**
     * Whether the source said "about" this value, or it is derived from such a value: its bounds are the points the
     * source gives, not a margin it states.
     */
    public boolean isApproximate() {
        return approximate;
    }

    /**
     * The same bounds as a value derived from an approximate one: a point becomes "about" it, a range is flagged
     * approximate.
     */
    public UncertainValue approximately() {
        return bounded(low, high, true);
    }

    /** The value, when exact. */
    public BigDecimal exactValue() {
        if (!isExact()) {
            throw new IllegalStateException("not an exact value: " + this);
        }
        return low;
    }

    /** The exact value, or {@code null} when the source gave a range or a bound. */
    public BigDecimal pointOrNull() {
        return isExact() ? low : null;
    }

    public UncertainValue plus(UncertainValue other) {
        return bounded(add(low, other.low), add(high, other.high), approximate || other.approximate);
    }

    public UncertainValue minus(UncertainValue other) {
        return bounded(subtract(low, other.high), subtract(high, other.low), approximate || other.approximate);
    }

    public UncertainValue negate() {
        return bounded(high == null ? null : high.negate(), low == null ? null : low.negate(), approximate);
    }

    /**
     * This divided by {@code divisor}; {@code null} when the divisor may be zero (no bound can be given then).
     */
    public UncertainValue dividedBy(UncertainValue divisor) {
        if (divisor.low == null || divisor.high == null || divisor.low.signum() * divisor.high.signum() <= 0) {
            return null;
        }
        BigDecimal reciprocalLow = BigDecimal.ONE.divide(divisor.high, PRECISION);
        BigDecimal reciprocalHigh = BigDecimal.ONE.divide(divisor.low, PRECISION);
        return times(bounded(reciprocalLow, reciprocalHigh, divisor.approximate));
    }

    /** The product of two ranges: the least and greatest of the bounds' products, open where a factor is open. */
    public UncertainValue times(UncertainValue other) {
        boolean approximately = approximate || other.approximate;
        if (low == null || high == null || other.low == null || other.high == null) {
            if (isExact() && low.signum() == 0 || other.isExact() && other.low.signum() == 0) {
                return bounded(BigDecimal.ZERO, BigDecimal.ZERO, approximately);
            }
            return openProduct(other);
        }
        BigDecimal[] products = {
            low.multiply(other.low), low.multiply(other.high), high.multiply(other.low), high.multiply(other.high)
        };
        BigDecimal least = products[0];
        BigDecimal greatest = products[0];
        for (BigDecimal product : products) {
            least = least.min(product);
            greatest = greatest.max(product);
        }
        return bounded(least.round(PRECISION), greatest.round(PRECISION), approximately);
    }

    /** A product with an open factor: bounded only where the signs settle it. */
    private UncertainValue openProduct(UncertainValue other) {
        boolean thisNonNegative = low != null && low.signum() >= 0;
        boolean otherNonNegative = other.low != null && other.low.signum() >= 0;
        boolean approximately = approximate || other.approximate;
        if (thisNonNegative && otherNonNegative) {
            return bounded(low.multiply(other.low).round(PRECISION), null, approximately);
        }
        return new UncertainValue(Form.RANGE, null, null, approximately);
    }

    private static UncertainValue bounded(BigDecimal low, BigDecimal high, boolean approximate) {
        if (low != null && high != null && low.compareTo(high) == 0) {
            return approximate ? about(low) : exact(low);
        }
        return new UncertainValue(Form.RANGE, low, high, approximate);
    }

    private static BigDecimal add(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.add(b);
    }

    private static BigDecimal subtract(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.subtract(b);
    }

    /** Every value allowed is at least {@code bound}. */
    public boolean certainlyAtLeast(BigDecimal bound) {
        return low != null && low.compareTo(bound) >= 0;
    }

    /** Every value allowed is at most {@code bound}. */
    public boolean certainlyAtMost(BigDecimal bound) {
        return high != null && high.compareTo(bound) <= 0;
    }

    /** Some value allowed is at most {@code bound}. */
    public boolean possiblyAtMost(BigDecimal bound) {
        return low == null || low.compareTo(bound) <= 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UncertainValue value
                && form == value.form
                && approximate == value.approximate
                && same(low, value.low)
                && same(high, value.high);
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                form,
                approximate,
                low == null ? null : low.stripTrailingZeros(),
                high == null ? null : high.stripTrailingZeros());
    }

    /**
     * {@code 0.6}, {@code 67..72}, {@code <60}, {@code >60}, {@code ..72}, {@code 67..}, {@code ~20}; a range derived
     * from an approximate value {@code ~47..52}.
     */
    @Override
    public String toString() {
        return switch (form) {
            case EXACT -> low.toPlainString();
            case ABOUT -> "~" + low.toPlainString();
            case BELOW -> "<" + high.toPlainString();
            case ABOVE -> ">" + low.toPlainString();
            case RANGE ->
                (approximate ? "~" : "")
                        + (low == null ? "" : low.toPlainString())
                        + ".."
                        + (high == null ? "" : high.toPlainString());
        };
    }
}
