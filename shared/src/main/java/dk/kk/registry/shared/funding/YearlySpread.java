package dk.kk.registry.shared.funding;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * How a funding line's money falls on its years: the funding summary by year and the IATI export's yearly budgets
 * both spread a line this way, so that the two always agree.
 */
public final class YearlySpread {

    private YearlySpread() {}

    /**
     * Splits an amount into n shares differing by at most one øre, the leftover øre one each to the first shares
     * (for a negative amount, the first shares are the more negative); the shares sum exactly to the amount.
     */
    public static List<BigDecimal> spread(BigDecimal amount, int n) {
        BigInteger ore = amount.movePointRight(2).toBigIntegerExact();
        BigInteger[] division = ore.divideAndRemainder(BigInteger.valueOf(n));
        int rest = division[1].intValue();
        List<BigDecimal> shares = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            BigInteger share = division[0].add(BigInteger.valueOf(i < Math.abs(rest) ? Integer.signum(rest) : 0));
            shares.add(new BigDecimal(share, 2));
        }
        return shares;
    }
}
