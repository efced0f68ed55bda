package dk.kk.registry.infra.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.kk.registry.shared.common.UncertainValue;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ValueNotationTest {

    @Test
    void caAndATildeStateAnApproximateValue() {
        UncertainValue about = UncertainValue.about(new BigDecimal("20"));
        assertThat(ValueNotation.parse("ca. 20")).isEqualTo(about);
        assertThat(ValueNotation.parse("Ca 20")).isEqualTo(about);
        assertThat(ValueNotation.parse("~20")).isEqualTo(about);
        assertThat(ValueNotation.parse("cirka 1000")).isEqualTo(UncertainValue.about(new BigDecimal("1000")));
        assertThat(ValueNotation.parse("ca. 0,6")).isEqualTo(UncertainValue.about(new BigDecimal("0.6")));
    }

    @Test
    void theOtherFormsReadAsBefore() {
        assertThat(ValueNotation.parse("20")).isEqualTo(UncertainValue.exact(new BigDecimal("20")));
        assertThat(ValueNotation.parse("<60")).isEqualTo(UncertainValue.below(new BigDecimal("60")));
        assertThatThrownBy(() -> ValueNotation.parse("ca.")).hasMessageContaining("ca. 20");
    }
}
