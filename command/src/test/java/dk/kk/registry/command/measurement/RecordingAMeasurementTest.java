package dk.kk.registry.command.measurement;

import static dk.kk.registry.command.common.Refusals.expectRefusal;
import static dk.kk.registry.command.common.Refusals.violationOf;
import static dk.kk.registry.command.measurement.MeasurementFixtures.measurementFixture;
import static dk.kk.registry.command.measurement.Measurements.evictionWarnings;

import dk.kk.registry.command.measurement.MeasurementFixtures.KnownIndicators;
import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.common.UncertainValue;
import dk.kk.registry.shared.measurement.MeasurementRecordedEvent;
import dk.kk.registry.shared.measurement.RecordMeasurementCommand;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/** A measurement is an indicator's exact value in a known area over a period, recorded once. */
class RecordingAMeasurementTest {

    private final AggregateTestFixture<Measurement> fixture = measurementFixture();

    @Test
    void aMeasurementIsRecordedForAYear() {
        fixture.givenNoPriorActivity()
                .when(evictionWarnings().command())
                .expectSuccessfulHandlerExecution()
                .expectEvents(evictionWarnings().recorded())
                .expectResultMessagePayload(Measurements.ID);
    }

    @Test
    void aMeasurementNamesTheIndicatorVersionCurrentWhenItIsRecorded() {
        measurementFixture(new KnownIndicators().version(Measurements.INDICATOR, 3))
                .givenNoPriorActivity()
                .when(evictionWarnings().command())
                .expectEvents(evictionWarnings().recorded(3));
    }

    @Test
    void aShareKeepsItsCountsAndTheDecimalsAsWritten() {
        Measurements minors =
                evictionWarnings().value("56.00").counts("28", "50").note("2016: 28 of 50");
        fixture.givenNoPriorActivity().when(minors.command()).expectEvents(minors.recorded());
    }

    @Test
    void theComparisonAreasAreMeasuredToo() {
        fixture.givenNoPriorActivity()
                .when(evictionWarnings().in("rest-of-copenhagen").value("0.6").command())
                .expectEvents(
                        evictionWarnings().in("rest-of-copenhagen").value("0.6").recorded());
    }

    @Test
    void aPeriodNeedNotBeACalendarYear() {
        Measurements schoolYear = evictionWarnings().period("2023-08-01", "2024-07-31");
        fixture.givenNoPriorActivity().when(schoolYear.command()).expectEvents(schoolYear.recorded());
    }

    @Test
    void blankTextIsRecordedAsNoneAndTextIsStripped() {
        fixture.givenNoPriorActivity()
                .when(evictionWarnings().source("  DOMUS ").note("   ").command())
                .expectEvents(evictionWarnings().source("DOMUS").note(null).recorded());
    }

    @Test
    void theIndicatorMustExist() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(evictionWarnings().of("unknown-indicator").command()),
                violationOf("ReferencesMustExist", "indicator"),
                "unknown indicator 'unknown-indicator'");
    }

    @Test
    void theAreaMustExist() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(evictionWarnings().in("atlantis").command()),
                violationOf("ReferencesMustExist", "area"),
                "unknown area 'atlantis'");
    }

    @Test
    void aPeriodDoesNotEndBeforeItStarts() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(evictionWarnings()
                                .period("2024-12-31", "2024-01-01")
                                .command()),
                violationOf("PeriodsRunForward", "period"));
    }

    @Test
    void aPeriodLiesWithinTheRegistrysCenturies() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(evictionWarnings()
                                .period("1850-01-01", "1850-12-31")
                                .command()),
                violationOf("PeriodsWithinRange", "period"));
    }

    @Test
    void aMeasurementHasAValue() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(evictionWarnings().value((String) null).command()),
                violationOf("RequiredFields", "value"));
    }

    @Test
    void aValueHasAtMostTenDecimals() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(evictionWarnings().value("0.12345678901").command()),
                violationOf("ExactFigures", "value"),
                "value has more than 10 decimals");
    }

    @Test
    void aValueHasAtMostFifteenDigitsBeforeTheDecimalPoint() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(evictionWarnings().value("1000000000000000").command()),
                violationOf("ExactFigures", "value"));
    }

    @Test
    void aDenominatorIsGreaterThanZero() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(evictionWarnings().counts("0", "0").command()),
                violationOf("DenominatorsArePositive", "denominator"));
    }

    @Test
    void aNumeratorIsNotNegative() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(evictionWarnings().counts("-1", "50").command()),
                violationOf("CountsAreNotNegative", "numerator"));
    }

    @Test
    void aQualityNoteHoldsNoCprNumber() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(evictionWarnings()
                                .note("case of 010203-1234 could not be located")
                                .command()),
                violationOf("NoPersonalData", "qualityNote"));
    }

    @Test
    void aQualityNoteMayHoldOtherNumbers() {
        Measurements note = evictionWarnings().note("journal system changed 2023-10; 110 cases not located");
        fixture.givenNoPriorActivity().when(note.command()).expectEvents(note.recorded());
    }

    @Test
    void theIdFollowsFromIndicatorAreaAndPeriod() {
        RecordMeasurementCommand chosenId = new RecordMeasurementCommand(
                "m-chosen-by-the-client",
                Measurements.INDICATOR,
                Measurements.AREA,
                LocalDate.of(2017, 1, 1),
                LocalDate.of(2017, 12, 31),
                null,
                UncertainValue.exact(BigDecimal.ONE),
                null,
                null,
                null,
                null);
        expectRefusal(
                fixture.givenNoPriorActivity().when(chosenId),
                violationOf("IdFollowsFromIndicatorAreaAndPeriod", "measurementId"));
    }

    @Test
    void theSameFigureHasTheSameIdWhicheverWayItArrives() {
        MeasurementRecordedEvent event = evictionWarnings().recorded();
        org.assertj.core.api.Assertions.assertThat(event.measurementId())
                .isEqualTo(Measurements.ID)
                .matches("m-[0-9a-f]{32}");
    }

    @Test
    void aRangeIsRecordedAsItsSourceStatesIt() {
        Measurements range = evictionWarnings().value(UncertainValue.range(new BigDecimal("67"), new BigDecimal("72")));
        fixture.givenNoPriorActivity().when(range.command()).expectEvents(range.recorded());
    }

    @Test
    void aBoundIsRecordedAsItsSourceStatesIt() {
        Measurements below = evictionWarnings().value(UncertainValue.below(new BigDecimal("60")));
        fixture.givenNoPriorActivity().when(below.command()).expectEvents(below.recorded());
    }

    @Test
    void aRangesBoundsAreExactFiguresToo() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(evictionWarnings()
                                .value(UncertainValue.range(new BigDecimal("1"), new BigDecimal("1.00000000001")))
                                .command()),
                violationOf("ExactFigures", "value"));
    }

    @Test
    void anUncertainYearKeepsItsNotationBetweenItsFirstAndLastDay() {
        Measurements uncertain = evictionWarnings().stated("2023?");
        MeasurementRecordedEvent event = uncertain.recorded();
        org.assertj.core.api.Assertions.assertThat(event.period().notation()).isEqualTo("2023?");
        org.assertj.core.api.Assertions.assertThat(event.periodFrom()).isEqualTo(LocalDate.of(2023, 1, 1));
        org.assertj.core.api.Assertions.assertThat(event.periodTo()).isEqualTo(LocalDate.of(2023, 12, 31));
        fixture.givenNoPriorActivity().when(uncertain.command()).expectEvents(event);
    }

    @Test
    void anUncertainYearIsAnotherMeasurementThanTheSureOne() {
        org.assertj.core.api.Assertions.assertThat(
                        evictionWarnings().stated("2017?").id())
                .isNotEqualTo(evictionWarnings().stated("2017").id())
                .isNotEqualTo(evictionWarnings().stated("2016/2017").id());
        org.assertj.core.api.Assertions.assertThat(
                        evictionWarnings().stated("2017").id())
                .isEqualTo(Measurements.ID);
    }

    @Test
    void aFigureDatedOnlyByTheDocumentReportingItIsRecordedWithoutAFirstDay() {
        Measurements noLaterThanTheDraft = evictionWarnings().stated("../2024-11");
        MeasurementRecordedEvent event = noLaterThanTheDraft.recorded();
        org.assertj.core.api.Assertions.assertThat(event.period().notation()).isEqualTo("../2024-11");
        org.assertj.core.api.Assertions.assertThat(event.periodFrom()).isNull();
        org.assertj.core.api.Assertions.assertThat(event.periodTo()).isEqualTo(LocalDate.of(2024, 11, 30));
        org.assertj.core.api.Assertions.assertThat(noLaterThanTheDraft.id())
                .isNotEqualTo(evictionWarnings().stated("2024-09/2024-11").id());
        fixture.givenNoPriorActivity().when(noLaterThanTheDraft.command()).expectEvents(event);
    }

    @Test
    void anUnknownPeriodIsRefused() {
        fixture.givenNoPriorActivity()
                .when(evictionWarnings().stated("unknown").command())
                .expectNoEvents()
                .expectException(violationOf("PeriodsAreBounded", "period"));
    }

    @Test
    void aPeriodWithoutAnEndIsRefused() {
        UncertainDate open = UncertainDate.parse("2017/..");
        RecordMeasurementCommand command = new RecordMeasurementCommand(
                evictionWarnings().stated("2017?").id(),
                Measurements.INDICATOR,
                Measurements.AREA,
                open.earliest(),
                LocalDate.of(2017, 12, 31),
                open,
                UncertainValue.exact(BigDecimal.ONE),
                null,
                null,
                null,
                null);
        expectRefusal(fixture.givenNoPriorActivity().when(command), violationOf("PeriodsAreBounded", "period"));
    }
}
