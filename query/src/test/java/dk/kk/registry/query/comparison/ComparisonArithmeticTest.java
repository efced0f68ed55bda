package dk.kk.registry.query.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kk.registry.shared.common.UncertainValue;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonArithmeticTest {

    private static UncertainValue d(String value) {
        return UncertainValue.exact(new BigDecimal(value));
    }

    private static UncertainValue range(String from, String to) {
        return UncertainValue.range(new BigDecimal(from), new BigDecimal(to));
    }

    private static UncertainValue below(String bound) {
        return UncertainValue.below(new BigDecimal(bound));
    }

    @Test
    void evictionWarningsHalvedTheGapToCopenhagen() {
        UncertainValue gapAtBaseline = ComparisonArithmetic.gap(d("1.4"), d("0.6"));
        UncertainValue gapAtStatus = ComparisonArithmetic.gap(d("0.6"), d("0.2"));
        assertThat(gapAtBaseline).isEqualTo(d("0.8"));
        assertThat(gapAtStatus).isEqualTo(d("0.4"));
        assertThat(ComparisonArithmetic.change(gapAtBaseline, gapAtStatus)).isEqualTo(d("-0.4"));
        assertThat(ComparisonArithmetic.gapClosedShare(gapAtBaseline, gapAtStatus))
                .isEqualTo(d("0.5"));
        assertThat(ComparisonArithmetic.ratio(ComparisonArithmetic.change(d("1.4"), d("0.6")), d("1.4")))
                .isEqualTo(d("-0.5714"));
    }

    @Test
    void missingValuesGiveNoFiguresRatherThanZero() {
        assertThat(ComparisonArithmetic.change(null, d("0.6"))).isNull();
        assertThat(ComparisonArithmetic.gap(d("0.6"), null)).isNull();
        assertThat(ComparisonArithmetic.gapClosedShare(null, d("0.4"))).isNull();
    }

    @Test
    void noGapAtBaselineHasNoShareClosed() {
        assertThat(ComparisonArithmetic.gapClosedShare(d("0"), d("0.1"))).isNull();
    }

    @Test
    void aWideningGapClosesANegativeShare() {
        assertThat(ComparisonArithmetic.gapClosedShare(d("0.8"), d("1.0"))).isEqualTo(d("-0.25"));
    }

    @Test
    void aRangeCarriesThroughTheDifferenceInDifferences() {
        // "mellem 67 - 72 %" in the area at baseline, 80 at status; the comparison 75 and 82.
        UncertainValue gapAtBaseline = ComparisonArithmetic.gap(range("67", "72"), d("75"));
        UncertainValue gapAtStatus = ComparisonArithmetic.gap(d("80"), d("82"));
        assertThat(gapAtBaseline).isEqualTo(range("-8", "-3"));
        assertThat(ComparisonArithmetic.change(gapAtBaseline, gapAtStatus)).isEqualTo(range("1", "6"));
        assertThat(ComparisonArithmetic.change(range("67", "72"), d("80"))).isEqualTo(range("8", "13"));
    }

    @Test
    void aRatioOverARangeIsRoundedOutwardsSoItHoldsEveryFigure() {
        UncertainValue relative = ComparisonArithmetic.ratio(range("8", "13"), range("67", "72"));
        // 8/72 = 0.11111.., 13/67 = 0.19402..
        assertThat(relative).isEqualTo(range("0.1111", "0.1941"));
    }

    @Test
    void aRatioWhoseDivisorMayBeZeroIsUnknown() {
        assertThat(ComparisonArithmetic.gapClosedShare(range("-1", "2"), d("0.5")))
                .isNull();
        assertThat(ComparisonArithmetic.ratio(d("1"), below("60"))).isNull();
    }

    @Test
    void aBoundKeepsTheSideItBounds() {
        // "knap 60 %" at baseline, 55 at status: the change is at least -5, with no lower limit.
        UncertainValue change = ComparisonArithmetic.change(below("60"), d("55"));
        assertThat(change.low()).isEqualByComparingTo("-5");
        assertThat(change.high()).isNull();
    }

    @Test
    void twoOpposedBoundsSayNothingAndAreNoFigure() {
        assertThat(ComparisonArithmetic.change(below("60"), below("50"))).isNull();
    }

    @Test
    void theMeanOfRangesIsARange() {
        assertThat(ComparisonArithmetic.mean(List.of(range("1", "6"), d("2")))).isEqualTo(range("1.5", "4"));
        assertThat(ComparisonArithmetic.mean(List.of())).isNull();
    }

    @Test
    void aPreTrendOverARangeIsARangePerYear() {
        assertThat(ComparisonArithmetic.perYear(range("1", "6"), 4)).isEqualTo(range("0.25", "1.5"));
        assertThat(ComparisonArithmetic.perYear(d("-0.4"), 2)).isEqualTo(d("-0.2"));
    }
}
