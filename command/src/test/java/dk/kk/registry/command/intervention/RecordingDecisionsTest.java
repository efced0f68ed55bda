package dk.kk.registry.command.intervention;

import static dk.kk.registry.command.common.Refusals.expectRefusal;
import static dk.kk.registry.command.common.Refusals.violationOf;
import static dk.kk.registry.command.intervention.Evaluations.evaluated;
import static dk.kk.registry.command.intervention.Evaluations.evaluation;
import static dk.kk.registry.command.intervention.FundingLines.FUNDING_ID;
import static dk.kk.registry.command.intervention.FundingLines.fundingLine;
import static dk.kk.registry.command.intervention.FundingLines.granted;
import static dk.kk.registry.command.intervention.InterventionCommands.*;
import static dk.kk.registry.command.intervention.InterventionEvents.areaAdded;
import static dk.kk.registry.command.intervention.InterventionEvents.embedded;
import static dk.kk.registry.command.intervention.InterventionEvents.partnerJoined;
import static dk.kk.registry.command.intervention.InterventionEvents.scaled;
import static dk.kk.registry.command.intervention.InterventionEvents.terminated;
import static dk.kk.registry.command.intervention.InterventionFixtures.interventionFixture;
import static dk.kk.registry.command.intervention.Registrations.AREA;
import static dk.kk.registry.command.intervention.Registrations.ID;
import static dk.kk.registry.command.intervention.Registrations.registered;

import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.intervention.DecisionType;
import dk.kk.registry.shared.intervention.InterventionEmbeddedEvent;
import dk.kk.registry.shared.intervention.InterventionScaledEvent;
import dk.kk.registry.shared.intervention.InterventionTerminatedEvent;
import dk.kk.registry.shared.intervention.PartnerRole;
import dk.kk.registry.shared.intervention.RecordDecisionCommand;
import dk.kk.registry.shared.intervention.Stage;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 2011 policy: a time-limited project is evaluated, then either ended or embedded in core operations (or spread
 * to more areas). Embedding and scaling need a recorded evaluation; ending does not.
 */
class RecordingDecisionsTest {

    private static final LocalDate DECIDED = LocalDate.of(2024, 1, 1);

    private final AggregateTestFixture<Intervention> fixture = interventionFixture();

    @Test
    void cannotEmbedWithoutEvaluation() {
        expectRefusal(
                fixture.given(registered()).when(embedIn("SOF", DECIDED)),
                violationOf("EmbeddingRequiresEvaluation", "decision"),
                "an intervention can only be embedded in core operations once an " + "evaluation is recorded");
    }

    @Test
    void anEvaluatedInterventionIsEmbeddedInAnAdministrationsCoreOperations() {
        fixture.given(registered(), evaluated())
                .when(embedIn("SOF", DECIDED))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new InterventionEmbeddedEvent(ID, "SOF", UncertainDate.ofNullable(DECIDED)))
                .expectResultMessagePayload(2L);
    }

    @Test
    void anEvaluationRecordedJustBeforeMakesEmbeddingPossible() {
        fixture.givenCommands(
                        Registrations.registration().command(), evaluation().command())
                .when(embedIn("TMF", DECIDED))
                .expectEvents(new InterventionEmbeddedEvent(ID, "TMF", UncertainDate.ofNullable(DECIDED)));
    }

    @Test
    void cannotEmbedInAnUnknownAdministration() {
        expectRefusal(
                fixture.given(registered(), evaluated()).when(embedIn("copenhagen-police", DECIDED)),
                violationOf("ReferencesMustExist", "administration"),
                "unknown administration 'copenhagen-police'");
    }

    @Test
    void cannotEmbedWithoutNamingTheAdministration() {
        expectRefusal(
                fixture.given(registered(), evaluated()).when(embedIn(null, DECIDED)),
                violationOf("ReferencesMustExist", "administration"),
                "administration is required");
    }

    @Test
    void cannotScaleWithoutEvaluation() {
        expectRefusal(
                fixture.given(registered()).when(scaleTo(DECIDED, "amager-sundby")),
                violationOf("ScalingRequiresEvaluation", "decision"),
                "an intervention can only be scaled to more areas once an evaluation is " + "recorded");
    }

    @Test
    void anEvaluatedInterventionIsScaledToMoreAreas() {
        fixture.given(registered(), evaluated())
                .when(scaleTo(DECIDED, "amager-sundby", "norrebro"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new InterventionScaledEvent(
                        ID, List.of("amager-sundby", "norrebro"), UncertainDate.ofNullable(DECIDED)))
                .expectResultMessagePayload(2L);
    }

    @Test
    void anAreaNamedTwiceInAScalingIsAddedOnce() {
        fixture.given(registered(), evaluated())
                .when(scaleTo(DECIDED, "norrebro", "amager-sundby", "norrebro"))
                .expectEvents(new InterventionScaledEvent(
                        ID, List.of("norrebro", "amager-sundby"), UncertainDate.ofNullable(DECIDED)));
    }

    @Test
    void scalingNamesTheAreas() {
        expectRefusal(
                fixture.given(registered(), evaluated()).when(scaleTo(DECIDED)),
                violationOf("ScalingAddsAreas", "areas"),
                "name the areas the intervention is scaled to");
    }

    @Test
    void scalingNeedsAreasAtAll() {
        expectRefusal(
                fixture.given(registered(), evaluated())
                        .when(new RecordDecisionCommand(
                                ID, null, DecisionType.SCALE, UncertainDate.ofNullable(DECIDED), null, null)),
                violationOf("ScalingAddsAreas", "areas"));
    }

    @Test
    void cannotScaleToAnAreaTheInterventionRunsIn() {
        expectRefusal(
                fixture.given(registered(), evaluated()).when(scaleTo(DECIDED, "amager-sundby", AREA)),
                violationOf("ScalingAddsAreas", "areas[1]"),
                "the intervention already runs in area 'tingbjerg-husum'");
    }

    @Test
    void cannotScaleToAnUnknownArea() {
        expectRefusal(
                fixture.given(registered(), evaluated()).when(scaleTo(DECIDED, "atlantis")),
                violationOf("ReferencesMustExist", "areas[0]"),
                "unknown area 'atlantis'");
    }

    @Test
    void aScaledInterventionTakesMoreChanges() {
        fixture.given(registered(), evaluated(), scaled(DECIDED, "amager-sundby"))
                .when(addArea("norrebro", LocalDate.of(2024, 6, 1)))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(3L);
    }

    @Test
    void aScaledAreaRunsFromTheDecision() {
        expectRefusal(
                fixture.given(registered(), evaluated(), scaled(DECIDED, "amager-sundby"))
                        .when(addArea("amager-sundby", LocalDate.of(2024, 6, 1))),
                violationOf("AreaAddedOnce"));
    }

    @Test
    void terminatingWithoutEvaluationIsAllowed() {
        fixture.given(registered())
                .when(terminate(LocalDate.of(2022, 6, 30)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new InterventionTerminatedEvent(ID, UncertainDate.of(LocalDate.of(2022, 6, 30))))
                .expectResultMessagePayload(1L);
    }

    @Test
    void anEvaluatedInterventionIsTerminated() {
        fixture.given(registered(), evaluated())
                .when(terminate(DECIDED))
                .expectEvents(new InterventionTerminatedEvent(ID, UncertainDate.ofNullable(DECIDED)));
    }

    @Test
    void aScaledInterventionIsLaterEmbedded() {
        fixture.given(registered(), evaluated(), scaled(LocalDate.of(2023, 1, 1), "amager-sundby"))
                .when(embedIn("SOF", DECIDED))
                .expectEvents(new InterventionEmbeddedEvent(ID, "SOF", UncertainDate.ofNullable(DECIDED)));
    }

    @Test
    void aDecisionCannotTakeEffectBeforeThePlannedStart() {
        expectRefusal(
                fixture.given(registered()).when(terminate(LocalDate.of(2020, 12, 31))),
                violationOf("DatesAreConsistent", "effectiveFrom"),
                "effectiveFrom 2020-12-31 is before the intervention's planned start " + "2021-01-01");
    }

    @Test
    void aDecisionNamesWhatIsDecided() {
        expectRefusal(
                fixture.given(registered())
                        .when(new RecordDecisionCommand(ID, null, null, UncertainDate.ofNullable(DECIDED), null, null)),
                violationOf("RequiredFields", "decision"),
                "decision is required");
    }

    @Test
    void aDecisionHasADate() {
        expectRefusal(
                fixture.given(registered()).when(terminate(null)),
                violationOf("RequiredFields", "effectiveFrom"),
                "effectiveFrom is required");
    }

    static Stream<Arguments> changesAClosedInterventionRefuses() {
        LocalDate after = LocalDate.of(2024, 3, 1);
        return Stream.of(
                Arguments.of("a new area", addArea("amager-sundby", after)),
                Arguments.of("a new partner", joinPartner("copenhagen-police", PartnerRole.PARTICIPANT, after)),
                Arguments.of("new funding", fundingLine().id("late-money").command()),
                Arguments.of("a stage change", changeStage(Stage.ACTIVE, after)),
                Arguments.of("an extension", extendTo(LocalDate.of(2026, 12, 31))),
                Arguments.of("termination", terminate(after)),
                Arguments.of("embedding", embedIn("SOF", after)),
                Arguments.of("scaling", scaleTo(after, "norrebro")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changesAClosedInterventionRefuses")
    void aTerminatedInterventionTakesNoNewChanges(String change, Object command) {
        fixture.given(registered(), evaluated(), terminated(DECIDED))
                .when(command)
                .expectNoEvents()
                .expectException(violationOf("ClosedInterventionsStayClosed"))
                .expectExceptionMessage("the intervention is TERMINATED; only evaluations, expenditures, funding "
                        + "adjustments and corrections can still be recorded");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changesAClosedInterventionRefuses")
    void anEmbeddedInterventionTakesNoNewChanges(String change, Object command) {
        fixture.given(registered(), evaluated(), embedded("SOF", DECIDED))
                .when(command)
                .expectNoEvents()
                .expectException(violationOf("ClosedInterventionsStayClosed"))
                .expectExceptionMessage("the intervention is EMBEDDED; only evaluations, expenditures, funding "
                        + "adjustments and corrections can still be recorded");
    }

    @Test
    void aTerminatedInterventionStillTakesAnEvaluation() {
        fixture.given(registered(), terminated(DECIDED))
                .when(evaluation().command())
                .expectSuccessfulHandlerExecution()
                .expectEvents(evaluation().event())
                .expectResultMessagePayload(2L);
    }

    @Test
    void anEvaluationAfterTerminationDoesNotReopenIt() {
        expectRefusal(
                fixture.given(registered(), terminated(DECIDED), evaluated())
                        .when(embedIn("SOF", LocalDate.of(2024, 6, 1))),
                violationOf("ClosedInterventionsStayClosed"));
    }

    @Test
    void aClosedInterventionStillLetsGoOfAnArea() {
        fixture.given(registered(), areaAdded("amager-sundby", LocalDate.of(2022, 1, 1)), terminated(DECIDED))
                .when(removeArea("amager-sundby", DECIDED))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(3L);
    }

    @Test
    void aClosedInterventionStillRecordsAPartnersDeparture() {
        fixture.given(
                        registered(),
                        partnerJoined("copenhagen-police", PartnerRole.OPERATOR, LocalDate.of(2021, 1, 1)),
                        terminated(DECIDED))
                .when(partnerLeaves("copenhagen-police", DECIDED))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aClosedInterventionsFundingIsStillWithdrawn() {
        fixture.given(registered(), granted(), terminated(DECIDED))
                .when(withdrawFunding(FUNDING_ID))
                .expectSuccessfulHandlerExecution();
    }
}
