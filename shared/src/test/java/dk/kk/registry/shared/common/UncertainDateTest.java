package dk.kk.registry.shared.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UncertainDateTest {

    @Test
    void anExactDayReadsAsTheIsoDateItWasBefore() {
        UncertainDate day = UncertainDate.parse("2018-05-14");
        assertThat(day.isExactDay()).isTrue();
        assertThat(day.earliest()).isEqualTo(LocalDate.of(2018, 5, 14));
        assertThat(day.latest()).isEqualTo(LocalDate.of(2018, 5, 14));
        assertThat(day.notation()).isEqualTo("2018-05-14");
        assertThat(UncertainDate.of(LocalDate.of(2018, 5, 14))).isEqualTo(day);
    }

    @Test
    void aMonthAndAYearSpanTheirDays() {
        assertThat(UncertainDate.parse("2011-09").earliest()).isEqualTo(LocalDate.of(2011, 9, 1));
        assertThat(UncertainDate.parse("2011-09").latest()).isEqualTo(LocalDate.of(2011, 9, 30));
        assertThat(UncertainDate.parse("2024-02").latest()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(UncertainDate.parse("2018").earliest()).isEqualTo(LocalDate.of(2018, 1, 1));
        assertThat(UncertainDate.parse("2018").latest()).isEqualTo(LocalDate.of(2018, 12, 31));
        assertThat(UncertainDate.parse("2018").precision()).isEqualTo(UncertainDate.Precision.YEAR);
    }

    @Test
    void intervalsAndOpenBoundsGiveTheirOuterDays() {
        UncertainDate somewhere = UncertainDate.parse("2011/2014");
        assertThat(somewhere.earliest()).isEqualTo(LocalDate.of(2011, 1, 1));
        assertThat(somewhere.latest()).isEqualTo(LocalDate.of(2014, 12, 31));
        UncertainDate byDraft = UncertainDate.parse("../2011-09");
        assertThat(byDraft.earliest()).isNull();
        assertThat(byDraft.latest()).isEqualTo(LocalDate.of(2011, 9, 30));
        assertThat(byDraft.precision()).isEqualTo(UncertainDate.Precision.ON_OR_BEFORE);
        UncertainDate since = UncertainDate.parse("2018/..");
        assertThat(since.earliest()).isEqualTo(LocalDate.of(2018, 1, 1));
        assertThat(since.latest()).isNull();
    }

    @Test
    void unknownHasNoBoundsAndBlankIsUnknown() {
        assertThat(UncertainDate.parse("unknown").isUnknown()).isTrue();
        assertThat(UncertainDate.parse(null)).isSameAs(UncertainDate.UNKNOWN);
        assertThat(UncertainDate.parse("../..")).isSameAs(UncertainDate.UNKNOWN);
        assertThat(UncertainDate.UNKNOWN.earliest()).isNull();
        assertThat(UncertainDate.UNKNOWN.latest()).isNull();
    }

    @Test
    void qualifiedDatesKeepTheirBoundsButAreNeverCertain() {
        UncertainDate about = UncertainDate.parse("2018~");
        assertThat(about.approximate()).isTrue();
        assertThat(about.earliest()).isEqualTo(LocalDate.of(2018, 1, 1));
        assertThat(about.certainlyOnOrBefore(LocalDate.of(2030, 1, 1))).isFalse();
        assertThat(about.possiblyOnOrBefore(LocalDate.of(2000, 1, 1))).isTrue();
        assertThat(UncertainDate.parse("2018?").uncertain()).isTrue();
        assertThat(UncertainDate.parse("2018%").uncertain()).isTrue();
    }

    @Test
    void nonsenseIsRefusedWithWhatIsWrong() {
        assertThatThrownBy(() -> UncertainDate.parse("2018-13")).hasMessageContaining("no such");
        assertThatThrownBy(() -> UncertainDate.parse("2018-02-30")).hasMessageContaining("no such");
        assertThatThrownBy(() -> UncertainDate.parse("14/5/2018")).hasMessageContaining("at most one");
        assertThatThrownBy(() -> UncertainDate.parse("2014/2011")).hasMessageContaining("ends before");
        assertThatThrownBy(() -> UncertainDate.parse("0000")).hasMessageContaining("between");
        assertThatThrownBy(() -> UncertainDate.parse("soon")).hasMessageContaining("not a date");
        assertThatThrownBy(() -> UncertainDate.parse("2018\u0000")).hasMessageContaining("not a date");
    }

    @Test
    void sortingGoesByTheEarliestPossibleDay() {
        assertThat(UncertainDate.parse("../2011").compareTo(UncertainDate.parse("2010")))
                .isNegative();
        assertThat(UncertainDate.parse("2011/2014").compareTo(UncertainDate.parse("2011-06")))
                .isNegative();
        assertThat(UncertainDate.parse("2018/..").compareTo(UncertainDate.parse("2018")))
                .isPositive();
    }

    @Test
    void ranWithinIsCertainOnlyWhenEveryAllowedDateSaysSo() {
        LocalDate from = LocalDate.of(2019, 1, 1);
        LocalDate to = LocalDate.of(2019, 12, 31);
        assertThat(Certainty.ranWithin(UncertainDate.parse("2011"), null, from, to))
                .isEqualTo(Certainty.CERTAIN);
        assertThat(Certainty.ranWithin(UncertainDate.parse("../2024-09"), null, from, to))
                .isEqualTo(Certainty.POSSIBLE);
        assertThat(Certainty.ranWithin(UncertainDate.UNKNOWN, null, from, to)).isEqualTo(Certainty.POSSIBLE);
        assertThat(Certainty.ranWithin(UncertainDate.parse("2011"), UncertainDate.parse("2014"), from, to))
                .isNull();
        assertThat(Certainty.ranWithin(UncertainDate.parse("2011"), UncertainDate.parse("2018/2020"), from, to))
                .isEqualTo(Certainty.POSSIBLE);
        assertThat(Certainty.ranWithin(UncertainDate.parse("2020"), null, from, to))
                .isNull();
        assertThat(Certainty.ranWithin(UncertainDate.parse("2018~"), null, from, to))
                .isEqualTo(Certainty.POSSIBLE);
    }
}
