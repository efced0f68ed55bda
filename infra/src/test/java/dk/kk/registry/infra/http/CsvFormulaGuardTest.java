package dk.kk.registry.infra.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvFormulaGuardTest {

    @Test
    void formulasAreDefusedButNegativeNumbersStayNumbers() {
        assertThat(CsvPageConverter.startsAFormula("=HYPERLINK(\"x\")")).isTrue();
        assertThat(CsvPageConverter.startsAFormula("+45 1234")).isTrue();
        assertThat(CsvPageConverter.startsAFormula("@SUM(A1)")).isTrue();
        assertThat(CsvPageConverter.startsAFormula("-2+3")).isTrue();
        assertThat(CsvPageConverter.startsAFormula("-0.25")).isFalse();
        assertThat(CsvPageConverter.startsAFormula("-57,1")).isFalse();
        assertThat(CsvPageConverter.startsAFormula("1250000.00")).isFalse();
    }
}
