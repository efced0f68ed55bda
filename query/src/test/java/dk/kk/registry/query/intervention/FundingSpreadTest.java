package dk.kk.registry.query.intervention;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A funding line spread over its years: even shares to the øre, the leftover øre first, the sum exact. */
class FundingSpreadTest {

    @Test
    void theLeftoverOreGoToTheEarliestYears() {
        assertThat(FundingSummaryQueries.spread(new BigDecimal("100.00"), 3))
                .containsExactly(new BigDecimal("33.34"), new BigDecimal("33.33"), new BigDecimal("33.33"));
        assertThat(FundingSummaryQueries.spread(new BigDecimal("0.05"), 4))
                .containsExactly(
                        new BigDecimal("0.02"), new BigDecimal("0.01"), new BigDecimal("0.01"), new BigDecimal("0.01"));
    }

    @Test
    void aNegativeAmountSpreadsTheSameWayAndStillSumsExactly() {
        List<BigDecimal> shares = FundingSummaryQueries.spread(new BigDecimal("-50000.00"), 3);
        assertThat(shares)
                .containsExactly(new BigDecimal("-16666.67"), new BigDecimal("-16666.67"), new BigDecimal("-16666.66"));
        assertThat(shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("-50000.00");
    }

    @Test
    void oneYearTakesItAll() {
        assertThat(FundingSummaryQueries.spread(new BigDecimal("1250000.50"), 1))
                .containsExactly(new BigDecimal("1250000.50"));
    }
}
