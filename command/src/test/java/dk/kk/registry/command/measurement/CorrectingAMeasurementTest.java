package dk.kk.registry.command.measurement;

import static dk.kk.registry.command.common.Refusals.expectRefusal;
import static dk.kk.registry.command.common.Refusals.violationOf;
import static dk.kk.registry.command.measurement.MeasurementFixtures.evaluator;
import static dk.kk.registry.command.measurement.MeasurementFixtures.measurementFixture;
import static dk.kk.registry.command.measurement.Measurements.ID;
import static dk.kk.registry.command.measurement.Measurements.evictionWarnings;

import dk.kk.registry.shared.common.UncertainValue;
import dk.kk.registry.shared.measurement.CorrectMeasurementCommand;
import dk.kk.registry.shared.measurement.MeasurementCorrectedEvent;
import dk.kk.registry.shared.measurement.MeasurementRetractedEvent;
import java.math.BigDecimal;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/**
 * A recorded figure is corrected by a new event with a reason; the original stays in the log. The given events are
 * appended as the bulk import appends them, without the aggregate's command handler.
 */
class CorrectingAMeasurementTest {

    private static final String REASON = "the 2024 status report's figure after the journal system change";

    private final AggregateTestFixture<Measurement> fixture = measurementFixture();

    private static CorrectMeasurementCommand correct(String value, String note) {
        return new CorrectMeasurementCommand(ID, null, value == null ? null : new BigDecimal(value), note);
    }

    @Test
    void aCorrectionRecordsTheNewValue() {
        fixture.given(evictionWarnings().recorded())
                .when(correct("1.3", "110 cases could not be located"), evaluator(REASON))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new MeasurementCorrectedEvent(ID, exact("1.3"), "110 cases could not be located"))
                .expectResultMessagePayload(1L);
    }

    @Test
    void aCorrectionWithoutANoteKeepsTheNote() {
        fixture.given(evictionWarnings().note("uncertain").recorded())
                .when(correct("1.3", "  "), evaluator(REASON))
                .expectEvents(new MeasurementCorrectedEvent(ID, exact("1.3"), null));
    }

    @Test
    void aCorrectionMayChangeOnlyTheNote() {
        fixture.given(evictionWarnings().recorded())
                .when(correct("1.4", "journal system changed"), evaluator(REASON))
                .expectEvents(new MeasurementCorrectedEvent(ID, exact("1.4"), "journal system changed"));
    }

    @Test
    void aCorrectionSaysWhy() {
        expectRefusal(
                fixture.given(evictionWarnings().recorded()).when(correct("1.3", null), evaluator(null)),
                violationOf("ReasonRequired", "reason"),
                "a correction requires a reason");
    }

    @Test
    void correctingAMeasurementToItsValueRecordsNothing() {
        expectRefusal(
                fixture.given(evictionWarnings().recorded()).when(correct("1.40", null), evaluator(REASON)),
                violationOf("NothingChanged", "value"));
    }

    @Test
    void aCorrectionHasAValue() {
        expectRefusal(
                fixture.given(evictionWarnings().recorded()).when(correct(null, "note"), evaluator(REASON)),
                violationOf("RequiredFields", "value"));
    }

    @Test
    void aCorrectedValueIsExact() {
        expectRefusal(
                fixture.given(evictionWarnings().recorded()).when(correct("1.00000000001", null), evaluator(REASON)),
                violationOf("ExactFigures", "value"));
    }

    @Test
    void aCorrectedNoteHoldsNoCprNumber() {
        expectRefusal(
                fixture.given(evictionWarnings().recorded()).when(correct("1.3", "see 3112991234"), evaluator(REASON)),
                violationOf("NoPersonalData", "qualityNote"));
    }

    @Test
    void correctingARetractedMeasurementReinstatesIt() {
        fixture.given(evictionWarnings().recorded(), new MeasurementRetractedEvent(ID))
                .when(correct("1.4", null), evaluator("the figure was right after all"))
                .expectEvents(new MeasurementCorrectedEvent(ID, exact("1.4"), null))
                .expectResultMessagePayload(2L);
    }

    @Test
    void correctingAMeasurementToItsCorrectedValueRecordsNothing() {
        expectRefusal(
                fixture.given(evictionWarnings().recorded(), new MeasurementCorrectedEvent(ID, exact("1.3"), null))
                        .when(correct("1.3", null), evaluator(REASON)),
                violationOf("NothingChanged"));
    }

    @Test
    void anUnknownMeasurementCannotBeCorrected() {
        fixture.givenNoPriorActivity()
                .when(correct("1.3", null), evaluator(REASON))
                .expectNoEvents()
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void aCorrectionMayStateARangeWhereTheSourceGivesOne() {
        UncertainValue range = UncertainValue.range(new BigDecimal("67"), new BigDecimal("72"));
        fixture.given(evictionWarnings().value("67").recorded())
                .when(new CorrectMeasurementCommand(ID, null, range, null), evaluator(REASON))
                .expectEvents(new MeasurementCorrectedEvent(ID, range, null));
    }

    @Test
    void theSameRangeAgainChangesNothing() {
        UncertainValue range = UncertainValue.range(new BigDecimal("67"), new BigDecimal("72"));
        expectRefusal(
                fixture.given(evictionWarnings().value(range).recorded())
                        .when(new CorrectMeasurementCommand(ID, null, range, null), evaluator(REASON)),
                violationOf("NothingChanged", "value"));
    }

    private static UncertainValue exact(String value) {
        return UncertainValue.exact(new BigDecimal(value));
    }
}
