package dk.kk.registry.shared.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void anAmountIsKeptWithTwoDecimals() {
        assertThat(Money.dkk("1250000").amount().toPlainString()).isEqualTo("1250000.00");
    }

    /** A client may send "1e999999999": refusing it must not spell out its billion digits. */
    @Test
    void anAbsurdExponentIsRefusedAtOnce() {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            assertThatThrownBy(() -> Money.dkk("1e999999999"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("out of range");
            assertThatThrownBy(() -> Money.dkk("1e-999999999"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("more than two decimals");
        });
    }
}
