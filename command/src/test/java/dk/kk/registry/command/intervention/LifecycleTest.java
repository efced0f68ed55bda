package dk.kk.registry.command.intervention;

import static dk.kk.registry.command.common.Refusals.expectRefusal;
import static dk.kk.registry.command.common.Refusals.violationOf;
import static dk.kk.registry.command.intervention.InterventionCommands.changeStage;
import static dk.kk.registry.command.intervention.InterventionCommands.extendTo;
import static dk.kk.registry.command.intervention.InterventionEvents.extended;
import static dk.kk.registry.command.intervention.InterventionEvents.scaled;
import static dk.kk.registry.command.intervention.InterventionEvents.stageChanged;
import static dk.kk.registry.command.intervention.InterventionFixtures.interventionFixture;
import static dk.kk.registry.command.intervention.Registrations.ID;
import static dk.kk.registry.command.intervention.Registrations.registered;
import static dk.kk.registry.command.intervention.Registrations.registration;

import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.intervention.PlannedEndExtendedEvent;
import dk.kk.registry.shared.intervention.Stage;
import dk.kk.registry.shared.intervention.StageChangedEvent;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The 2011 policy's stages: a project manager sets the early ones; scaling, embedding and ending are decisions. */
class LifecycleTest {

    private static final LocalDate STARTED = LocalDate.of(2021, 2, 1);

    private final AggregateTestFixture<Intervention> fixture = interventionFixture();

    @Test
    void aRegisteredInterventionBecomesActive() {
        fixture.given(registered())
                .when(changeStage(Stage.ACTIVE, STARTED))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new StageChangedEvent(ID, Stage.ACTIVE, UncertainDate.ofNullable(STARTED)))
                .expectResultMessagePayload(1L);
    }

    @Test
    void anActiveInterventionGoesUnderEvaluation() {
        LocalDate evaluating = LocalDate.of(2022, 9, 1);
        fixture.given(registered(), stageChanged(Stage.ACTIVE, STARTED))
                .when(changeStage(Stage.UNDER_EVALUATION, evaluating))
                .expectEvents(new StageChangedEvent(ID, Stage.UNDER_EVALUATION, UncertainDate.ofNullable(evaluating)))
                .expectResultMessagePayload(2L);
    }

    @Test
    void aScalingInterventionCanBeSetBackToActive() {
        LocalDate back = LocalDate.of(2024, 1, 1);
        fixture.given(registered(), scaled(LocalDate.of(2023, 1, 1), "amager-sundby"))
                .when(changeStage(Stage.ACTIVE, back))
                .expectEvents(new StageChangedEvent(ID, Stage.ACTIVE, UncertainDate.ofNullable(back)));
    }

    @Test
    void cannotChangeToTheCurrentStage() {
        expectRefusal(
                fixture.given(registered()).when(changeStage(Stage.PROPOSED, STARTED)),
                violationOf("StageChanges", "stage"),
                "the intervention is already PROPOSED");
    }

    @Test
    void cannotChangeToTheStageSetByTheLastChange() {
        expectRefusal(
                fixture.given(registered(), stageChanged(Stage.ACTIVE, STARTED))
                        .when(changeStage(Stage.ACTIVE, LocalDate.of(2022, 1, 1))),
                violationOf("StageChanges"),
                "the intervention is already ACTIVE");
    }

    @ParameterizedTest
    @EnumSource(
            value = Stage.class,
            names = {"SCALING", "EMBEDDED", "TERMINATED"})
    void stagesThatFollowFromDecisionsCannotBeSetDirectly(Stage stage) {
        expectRefusal(
                fixture.given(registered()).when(changeStage(stage, STARTED)),
                violationOf("StagesFromDecisions", "stage"),
                stage + " follows from a decision, not from a stage change");
    }

    @Test
    void cannotChangeStageWithoutAStage() {
        expectRefusal(
                fixture.given(registered()).when(changeStage(null, STARTED)),
                violationOf("RequiredFields", "stage"),
                "stage is required");
    }

    @Test
    void cannotChangeStageWithoutADate() {
        expectRefusal(
                fixture.given(registered()).when(changeStage(Stage.ACTIVE, null)),
                violationOf("RequiredFields", "effectiveFrom"),
                "effectiveFrom is required");
    }

    @Test
    void cannotChangeStageBeforeThePlannedStart() {
        expectRefusal(
                fixture.given(registered()).when(changeStage(Stage.ACTIVE, LocalDate.of(2020, 12, 1))),
                violationOf("DatesAreConsistent", "effectiveFrom"));
    }

    @Test
    void thePlannedEndIsExtended() {
        LocalDate later = LocalDate.of(2025, 12, 31);
        fixture.given(registered())
                .when(extendTo(later))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PlannedEndExtendedEvent(ID, UncertainDate.ofNullable(later)))
                .expectResultMessagePayload(1L);
    }

    @Test
    void anExtensionMustMoveTheEndLater() {
        expectRefusal(
                fixture.given(registered()).when(extendTo(Registrations.PLANNED_END)),
                violationOf("ExtensionsMoveTheEndLater", "plannedEnd"),
                "the new planned end 2024-12-31 is not after the current planned end " + "2024-12-31");
    }

    @Test
    void anEarlierPlannedEndIsNoExtension() {
        expectRefusal(
                fixture.given(registered()).when(extendTo(LocalDate.of(2023, 12, 31))),
                violationOf("ExtensionsMoveTheEndLater"),
                "the new planned end 2023-12-31 is not after the current planned end " + "2024-12-31");
    }

    @Test
    void anExtensionIsComparedWithTheLatestPlannedEnd() {
        expectRefusal(
                fixture.given(registered(), extended(LocalDate.of(2025, 12, 31)))
                        .when(extendTo(LocalDate.of(2025, 6, 30))),
                violationOf("ExtensionsMoveTheEndLater"),
                "the new planned end 2025-06-30 is not after the current planned end " + "2025-12-31");
    }

    @Test
    void anOpenEndedInterventionGetsAPlannedEnd() {
        LocalDate end = LocalDate.of(2022, 12, 31);
        fixture.given(registration().plannedEnd((UncertainDate) null).event())
                .when(extendTo(end))
                .expectEvents(new PlannedEndExtendedEvent(ID, UncertainDate.ofNullable(end)));
    }

    @Test
    void anOpenEndedInterventionCannotEndBeforeItStarts() {
        expectRefusal(
                fixture.given(registration().plannedEnd((UncertainDate) null).event())
                        .when(extendTo(LocalDate.of(2020, 12, 31))),
                violationOf("DatesAreConsistent", "plannedEnd"),
                "plannedEnd 2020-12-31 is before the intervention's planned start " + "2021-01-01");
    }

    @Test
    void cannotExtendWithoutADate() {
        expectRefusal(
                fixture.given(registered()).when(extendTo(null)),
                violationOf("RequiredFields", "plannedEnd"),
                "plannedEnd is required");
    }
}
