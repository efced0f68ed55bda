package dk.kk.registry.shared.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact amount of money in Danish kroner with two decimals. Never a floating-point number.
 */
public record Money(BigDecimal amount, String currency) {

    public static final String DKK = "DKK";
    /** Twelve digits before the decimal point: far above any budget the municipality decides on. */
    private static final BigDecimal LIMIT = new BigDecimal("1000000000000");

    public Money {
        Objects.requireNonNull(amount, "amount is required");
        if (currency == null || currency.isBlank()) {
            currency = DKK;
        }
        if (!DKK.equals(currency)) {
            throw new IllegalArgumentException("currency must be DKK");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("amount has more than two decimals: " + shown(amount));
        }
        if (amount.abs().compareTo(LIMIT) >= 0) {
            throw new IllegalArgumentException("amount is out of range: " + shown(amount));
        }
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Plain digits for a sensible amount; a client's 1e999999999 stays short rather than a billion digits. */
    private static String shown(BigDecimal amount) {
        boolean sensible = Math.abs(amount.scale()) <= 30 && amount.precision() <= 40;
        return sensible ? amount.toPlainString() : amount.toString();
    }

    public static Money dkk(String amount) {
        return new Money(new BigDecimal(amount), DKK);
    }

    public static Money zero() {
        return new Money(BigDecimal.ZERO, DKK);
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount), currency);
    }

    public boolean lessThanZero() {
        return amount.signum() < 0;
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
