package dk.kk.registry.command.measurement;

import static dk.kk.registry.command.common.Refusals.expectRefusal;
import static dk.kk.registry.command.common.Refusals.violationOf;
import static dk.kk.registry.command.measurement.MeasurementFixtures.evaluator;
import static dk.kk.registry.command.measurement.MeasurementFixtures.measurementFixture;
import static dk.kk.registry.command.measurement.Measurements.ID;
import static dk.kk.registry.command.measurement.Measurements.evictionWarnings;

import dk.kk.registry.shared.common.UncertainValue;
import dk.kk.registry.shared.measurement.MeasurementCorrectedEvent;
import dk.kk.registry.shared.measurement.MeasurementRetractedEvent;
import dk.kk.registry.shared.measurement.RetractMeasurementCommand;
import java.math.BigDecimal;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/** A figure that should not have been recorded is retracted with a reason; it leaves the series, not the log. */
class RetractingAMeasurementTest {

    private static final RetractMeasurementCommand RETRACT = new RetractMeasurementCommand(ID, null);

    private final AggregateTestFixture<Measurement> fixture = measurementFixture();

    @Test
    void aMeasurementIsRetractedWithAReason() {
        fixture.given(evictionWarnings().recorded())
                .when(RETRACT, evaluator("recorded under the wrong area"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new MeasurementRetractedEvent(ID))
                .expectResultMessagePayload(1L);
    }

    @Test
    void aRetractionSaysWhy() {
        expectRefusal(
                fixture.given(evictionWarnings().recorded()).when(RETRACT, evaluator("  ")),
                violationOf("ReasonRequired", "reason"),
                "a retraction requires a reason");
    }

    @Test
    void aMeasurementIsRetractedOnce() {
        expectRefusal(
                fixture.given(evictionWarnings().recorded(), new MeasurementRetractedEvent(ID))
                        .when(RETRACT, evaluator("again")),
                violationOf("RetractOnce"),
                "the measurement is already retracted");
    }

    @Test
    void aReinstatedMeasurementMayBeRetractedAgain() {
        fixture.given(
                        evictionWarnings().recorded(),
                        new MeasurementRetractedEvent(ID),
                        new MeasurementCorrectedEvent(ID, exact("1.4"), null))
                .when(RETRACT, evaluator("withdrawn by SOF"))
                .expectEvents(new MeasurementRetractedEvent(ID));
    }

    private static UncertainValue exact(String value) {
        return UncertainValue.exact(new BigDecimal(value));
    }
}
