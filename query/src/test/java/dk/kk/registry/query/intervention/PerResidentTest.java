package dk.kk.registry.query.intervention;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Money per resident per year: committed over the population summed across the funded years, to the øre. */
class PerResidentTest {

    @Test
    void committedIsDividedByThePopulationSummedOverTheFundedYearsHalfUpToTheOre() {
        FundingSummaryQueries.PerResident perResident = FundingSummaryQueries.PerResident.of(
                new BigDecimal("100000.00"),
                new TreeSet<>(Set.of(2020, 2021, 2022)),
                Map.of(2020, new BigDecimal("1000"), 2021, new BigDecimal("1000"), 2022, new BigDecimal("1000")));
        assertThat(perResident.status()).isEqualTo("OK");
        assertThat(perResident.residentYears()).isEqualByComparingTo("3000");
        // 33.3333… rounds down; 0.005 rounds up.
        assertThat(perResident.amount()).isEqualTo(new BigDecimal("33.33"));
        assertThat(FundingSummaryQueries.PerResident.of(
                                new BigDecimal("10.00"), Set.of(2020), Map.of(2020, new BigDecimal("2000")))
                        .amount())
                .isEqualTo(new BigDecimal("0.01"));
    }

    @Test
    void aYearWithoutPopulationGivesNoFigureNotAPartialOne() {
        FundingSummaryQueries.PerResident perResident = FundingSummaryQueries.PerResident.of(
                new BigDecimal("100000.00"), new TreeSet<>(Set.of(2020, 2021)), Map.of(2020, new BigDecimal("1000")));
        assertThat(perResident.status()).isEqualTo("NO_DATA");
        assertThat(perResident.amount()).isNull();
        assertThat(perResident.missingYears()).containsExactly(2021);
    }

    @Test
    void noFundedYearsIsSaidAsSuch() {
        FundingSummaryQueries.PerResident perResident =
                FundingSummaryQueries.PerResident.of(BigDecimal.ZERO, Set.of(), Map.of());
        assertThat(perResident.status()).isEqualTo("NO_FUNDING");
        assertThat(perResident.amount()).isNull();
    }
}
