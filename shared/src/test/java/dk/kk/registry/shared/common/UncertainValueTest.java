package dk.kk.registry.shared.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class UncertainValueTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void exactArithmeticStaysExact() {
        UncertainValue change = UncertainValue.exact(d("9")).minus(UncertainValue.exact(d("14")));
        assertThat(change.isExact()).isTrue();
        assertThat(change.exactValue()).isEqualByComparingTo("-5");
    }

    @Test
    void aRangeMinusAPointIsARange() {
        UncertainValue gap = UncertainValue.range(d("67"), d("72")).minus(UncertainValue.exact(d("80")));
        assertThat(gap.low()).isEqualByComparingTo("-13");
        assertThat(gap.high()).isEqualByComparingTo("-8");
        assertThat(gap.isExact()).isFalse();
    }

    @Test
    void aBoundLeavesTheOtherSideOpen() {
        UncertainValue change = UncertainValue.below(d("60")).minus(UncertainValue.exact(d("50")));
        assertThat(change.low()).isNull();
        assertThat(change.high()).isEqualByComparingTo("10");
        assertThat(change.certainlyAtMost(d("10"))).isTrue();
        assertThat(change.possiblyAtMost(d("-100"))).isTrue();
    }

    @Test
    void divisionByARangeThatMayBeZeroHasNoAnswer() {
        assertThat(UncertainValue.exact(d("1")).dividedBy(UncertainValue.range(d("-1"), d("1"))))
                .isNull();
        UncertainValue share = UncertainValue.range(d("2"), d("4")).dividedBy(UncertainValue.exact(d("8")));
        assertThat(share.low()).isEqualByComparingTo("0.25");
        assertThat(share.high()).isEqualByComparingTo("0.5");
    }

    @Test
    void aRangeMustRunUpwards() {
        assertThatThrownBy(() -> UncertainValue.range(d("72"), d("67"))).hasMessageContaining("must not exceed");
        assertThat(UncertainValue.range(d("5"), d("5.0")).isExact()).isTrue();
    }

    @Test
    void anApproximateValueIsItsPointButNeverExact() {
        UncertainValue about = UncertainValue.about(d("20"));
        assertThat(about.form()).isEqualTo(UncertainValue.Form.ABOUT);
        assertThat(about.isExact()).isFalse();
        assertThat(about.pointOrNull()).isNull();
        assertThat(about.low()).isEqualByComparingTo("20");
        assertThat(about.high()).isEqualByComparingTo("20");
        assertThat(about).isNotEqualTo(UncertainValue.exact(d("20")));
        assertThat(about).hasToString("~20");
    }

    @Test
    void whatIsDerivedFromAnApproximateValueIsApproximate() {
        UncertainValue point = UncertainValue.exact(d("30")).minus(UncertainValue.about(d("20")));
        assertThat(point).isEqualTo(UncertainValue.about(d("10")));
        UncertainValue range = UncertainValue.range(d("67"), d("72")).minus(UncertainValue.about(d("20")));
        assertThat(range.form()).isEqualTo(UncertainValue.Form.RANGE);
        assertThat(range.isApproximate()).isTrue();
        assertThat(range.low()).isEqualByComparingTo("47");
        assertThat(range.high()).isEqualByComparingTo("52");
        assertThat(UncertainValue.about(d("20")).dividedBy(UncertainValue.exact(d("4"))))
                .isEqualTo(UncertainValue.about(d("5")));
        assertThat(UncertainValue.exact(d("9"))
                        .minus(UncertainValue.exact(d("14")))
                        .isApproximate())
                .isFalse();
    }
}
