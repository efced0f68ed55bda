package dk.kk.registry.query.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ComparisonArithmeticTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void evictionWarningsHalvedTheGapToCopenhagen() {
        BigDecimal gapAtBaseline = ComparisonArithmetic.gap(d("1.4"), d("0.6"));
        BigDecimal gapAtStatus = ComparisonArithmetic.gap(d("0.6"), d("0.2"));
        assertThat(gapAtBaseline).isEqualByComparingTo("0.8");
        assertThat(gapAtStatus).isEqualByComparingTo("0.4");
        assertThat(ComparisonArithmetic.change(gapAtBaseline, gapAtStatus)).isEqualByComparingTo("-0.4");
        assertThat(ComparisonArithmetic.gapClosedShare(gapAtBaseline, gapAtStatus)).isEqualByComparingTo("0.5");
        assertThat(ComparisonArithmetic.ratio(ComparisonArithmetic.change(d("1.4"), d("0.6")), d("1.4")))
                .isEqualByComparingTo("-0.5714");
    }

    @Test
    void missingValuesGiveNoFiguresRatherThanZero() {
        assertThat(ComparisonArithmetic.change(null, d("0.6"))).isNull();
        assertThat(ComparisonArithmetic.gap(d("0.6"), null)).isNull();
        assertThat(ComparisonArithmetic.gapClosedShare(null, d("0.4"))).isNull();
    }

    @Test
    void noGapAtBaselineHasNoShareClosed() {
        assertThat(ComparisonArithmetic.gapClosedShare(BigDecimal.ZERO, d("0.1"))).isNull();
    }

    @Test
    void aWideningGapClosesANegativeShare() {
        assertThat(ComparisonArithmetic.gapClosedShare(d("0.8"), d("1.0"))).isEqualByComparingTo("-0.25");
    }
}
