package dk.kk.registry.command.intervention;

import static dk.kk.registry.command.common.Refusals.expectRefusal;
import static dk.kk.registry.command.common.Refusals.violationOf;
import static dk.kk.registry.command.intervention.Evaluations.estimate;
import static dk.kk.registry.command.intervention.Evaluations.evaluated;
import static dk.kk.registry.command.intervention.Evaluations.evaluation;
import static dk.kk.registry.command.intervention.InterventionEvents.embedded;
import static dk.kk.registry.command.intervention.InterventionEvents.terminated;
import static dk.kk.registry.command.intervention.InterventionFixtures.interventionFixture;
import static dk.kk.registry.command.intervention.Registrations.registered;

import dk.kk.registry.shared.intervention.EffectEstimate;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An evaluation covers a period inside the intervention's, by a known evaluator, on the Maryland scale. */
class RecordingEvaluationsTest {

    private final AggregateTestFixture<Intervention> fixture = interventionFixture();

    @Test
    void anEvaluationIsRecorded() {
        fixture.given(registered())
                .when(evaluation().command())
                .expectSuccessfulHandlerExecution()
                .expectEvents(evaluation().event())
                .expectResultMessagePayload(1L);
    }

    @Test
    void anEvaluationWithEstimatesInsideTheirIntervalsIsRecorded() {
        Evaluations withEstimates = evaluation()
                .estimates(estimate("4.5", "1.2", "7.8"), estimate("-2", null, "0"), estimate("3", "3", "3"));
        fixture.given(registered()).when(withEstimates.command()).expectEvents(withEstimates.event());
    }

    @Test
    void anEvaluationMayRunPastThePlannedEnd() {
        fixture.given(registered())
                .when(evaluation()
                        .period(LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31))
                        .command())
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void anEvaluationWithoutEvidenceLevelOrEstimatesIsRecorded() {
        Evaluations qualitative = evaluation().evidenceLevel(null);
        fixture.given(registered()).when(qualitative.command()).expectEvents(qualitative.event());
    }

    @Test
    void aSecondEvaluationIsRecorded() {
        fixture.given(registered(), evaluated())
                .when(evaluation()
                        .period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31))
                        .command())
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(2L);
    }

    @Test
    void cannotEvaluateAPeriodBeforeTheStart() {
        expectRefusal(
                fixture.given(registered())
                        .when(evaluation()
                                .period(LocalDate.of(2020, 1, 1), LocalDate.of(2022, 12, 31))
                                .command()),
                violationOf("EvaluationInsideIntervention", "periodFrom"),
                "the evaluated period starts (2020-01-01) before the intervention " + "(2021-01-01)");
    }

    @Test
    void cannotEvaluateAPeriodThatEndsBeforeItStarts() {
        expectRefusal(
                fixture.given(registered())
                        .when(evaluation()
                                .period(LocalDate.of(2022, 12, 31), LocalDate.of(2022, 1, 1))
                                .command()),
                violationOf("DatesAreConsistent", "periodTo"),
                "the evaluated period ends (2022-01-01) before it starts (2022-12-31)");
    }

    @Test
    void cannotEvaluateWithoutAPeriod() {
        expectRefusal(
                fixture.given(registered())
                        .when(evaluation()
                                .period(null, LocalDate.of(2022, 1, 1))
                                .command()),
                violationOf("RequiredFields", "periodFrom"),
                "periodFrom is required");
    }

    @Test
    void cannotEvaluateWithoutAMethod() {
        expectRefusal(
                fixture.given(registered()).when(evaluation().method(null).command()),
                violationOf("RequiredFields", "method"),
                "method is required");
    }

    @Test
    void cannotEvaluateWithoutAResult() {
        expectRefusal(
                fixture.given(registered()).when(evaluation().result(null).command()),
                violationOf("RequiredFields", "result"),
                "result is required");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6})
    void theEvidenceLevelIsOnTheMarylandScale(int level) {
        expectRefusal(
                fixture.given(registered())
                        .when(evaluation().evidenceLevel(level).command()),
                violationOf("EvidenceOnTheMarylandScale", "evidenceLevel"),
                "evidenceLevel is a level of the Maryland Scientific Methods Scale, 1 to 5");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 5})
    void theEndsOfTheMarylandScaleAreLevels(int level) {
        fixture.given(registered())
                .when(evaluation().evidenceLevel(level).command())
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotEvaluateByAnUnknownEvaluator() {
        expectRefusal(
                fixture.given(registered())
                        .when(evaluation().evaluator("unknown-consultancy").command()),
                violationOf("ReferencesMustExist", "evaluator"),
                "unknown organisation 'unknown-consultancy'");
    }

    @Test
    void cannotEvaluateWithoutAnEvaluator() {
        expectRefusal(
                fixture.given(registered()).when(evaluation().evaluator(null).command()),
                violationOf("ReferencesMustExist", "evaluator"),
                "evaluator is required");
    }

    @Test
    void anEstimateIntervalMustContainTheEffect() {
        expectRefusal(
                fixture.given(registered())
                        .when(evaluation()
                                .estimates(estimate("4.5", "1.2", "3.9"))
                                .command()),
                violationOf("IntervalsContainTheEstimate", "estimates[0]"),
                "the interval [low, high] must contain the effect");
    }

    @Test
    void anEstimateIntervalMustNotStartAboveTheEffect() {
        expectRefusal(
                fixture.given(registered())
                        .when(evaluation()
                                .estimates(estimate("1", "0", "2"), estimate("-3", "-2.5", null))
                                .command()),
                violationOf("IntervalsContainTheEstimate", "estimates[1]"));
    }

    @Test
    void anEstimateNamesAKnownIndicator() {
        expectRefusal(
                fixture.given(registered())
                        .when(evaluation()
                                .estimates(
                                        new EffectEstimate("happiness", Registrations.AREA, BigDecimal.ONE, null, null))
                                .command()),
                violationOf("ReferencesMustExist", "estimates[0].indicator"),
                "unknown indicator 'happiness'");
    }

    @Test
    void anEstimateNamesAKnownArea() {
        expectRefusal(
                fixture.given(registered())
                        .when(evaluation()
                                .estimates(
                                        new EffectEstimate("perceived-safety", "atlantis", BigDecimal.ONE, null, null))
                                .command()),
                violationOf("ReferencesMustExist", "estimates[0].area"),
                "unknown area 'atlantis'");
    }

    @Test
    void anEstimateHasAnEffect() {
        expectRefusal(
                fixture.given(registered())
                        .when(evaluation()
                                .estimates(new EffectEstimate("perceived-safety", Registrations.AREA, null, null, null))
                                .command()),
                violationOf("RequiredFields", "estimates[0].effect"),
                "estimates[0].effect is required");
    }

    @Test
    void aTerminatedInterventionIsStillEvaluated() {
        fixture.given(registered(), terminated(LocalDate.of(2023, 6, 30)))
                .when(evaluation()
                        .period(LocalDate.of(2021, 1, 1), LocalDate.of(2023, 6, 30))
                        .command())
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(2L);
    }

    @Test
    void anEvaluationCannotRunPastTheDayTheInterventionEnded() {
        expectRefusal(
                fixture.given(registered(), terminated(LocalDate.of(2023, 6, 30)))
                        .when(evaluation()
                                .period(LocalDate.of(2021, 1, 1), LocalDate.of(2023, 7, 1))
                                .command()),
                violationOf("EvaluationInsideIntervention", "periodTo"),
                "the evaluated period ends (2023-07-01) after the intervention ended " + "(2023-06-30)");
    }

    @Test
    void anEmbeddedInterventionIsEvaluatedUpToTheDayItWasEmbedded() {
        expectRefusal(
                fixture.given(registered(), evaluated(), embedded("SOF", LocalDate.of(2024, 1, 1)))
                        .when(evaluation()
                                .period(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 2, 1))
                                .command()),
                violationOf("EvaluationInsideIntervention", "periodTo"));
    }
}
