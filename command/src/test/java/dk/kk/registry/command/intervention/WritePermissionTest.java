package dk.kk.registry.command.intervention;

import static dk.kk.registry.command.common.Actors.projectManagerOf;
import static dk.kk.registry.command.common.Actors.signedIn;
import static dk.kk.registry.command.common.Refusals.expectRefusal;
import static dk.kk.registry.command.intervention.Evaluations.evaluation;
import static dk.kk.registry.command.intervention.FundingLines.FUNDING_ID;
import static dk.kk.registry.command.intervention.FundingLines.fundingLine;
import static dk.kk.registry.command.intervention.FundingLines.granted;
import static dk.kk.registry.command.intervention.InterventionCommands.*;
import static dk.kk.registry.command.intervention.InterventionEvents.areaAdded;
import static dk.kk.registry.command.intervention.InterventionEvents.partnerJoined;
import static dk.kk.registry.command.intervention.InterventionEvents.partnerLeft;
import static dk.kk.registry.command.intervention.InterventionFixtures.interventionFixture;
import static dk.kk.registry.command.intervention.Registrations.ID;
import static dk.kk.registry.command.intervention.Registrations.registered;
import static dk.kk.registry.command.intervention.Registrations.registration;

import dk.kk.registry.command.common.NotPermitted;
import dk.kk.registry.shared.common.Role;
import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.intervention.ChangeStageCommand;
import dk.kk.registry.shared.intervention.CorrectableEvent;
import dk.kk.registry.shared.intervention.InterventionCategory;
import dk.kk.registry.shared.intervention.PartnerRole;
import dk.kk.registry.shared.intervention.Stage;
import dk.kk.registry.shared.intervention.StageChangedEvent;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A project manager writes interventions led by their own administration or where it is a current partner. */
class WritePermissionTest {

    private static final LocalDate SPRING_2022 = LocalDate.of(2022, 3, 1);

    private final AggregateTestFixture<Intervention> fixture = interventionFixture();

    @Test
    void aProjectManagerRegistersForTheirOwnAdministration() {
        fixture.givenNoPriorActivity()
                .when(registration().ledBy("TMF").command(), projectManagerOf("TMF"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(registration().ledBy("TMF").event());
    }

    @Test
    void aProjectManagerCannotRegisterForAnotherAdministration() {
        expectRefusal(
                fixture.givenNoPriorActivity().when(registration().ledBy("TMF").command(), projectManagerOf("SOF")),
                NotPermitted.class,
                "a project manager of SOF may only register interventions led by SOF");
    }

    @Test
    void otherRolesRegisterForAnyAdministration() {
        fixture.givenNoPriorActivity()
                .when(registration().ledBy("TMF").command(), signedIn(Role.ADMIN, "SOF"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void theRegistryItselfRegistersWithoutMetadata() {
        fixture.givenNoPriorActivity().when(registration().command()).expectSuccessfulHandlerExecution();
    }

    @Test
    void aProjectManagerOfTheLeadAdministrationChangesTheIntervention() {
        fixture.given(registered())
                .when(changeStage(Stage.ACTIVE, SPRING_2022), projectManagerOf("TMF"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new StageChangedEvent(ID, Stage.ACTIVE, UncertainDate.ofNullable(SPRING_2022)))
                .expectResultMessagePayload(1L);
    }

    @Test
    void aProjectManagerOfAnotherAdministrationCannotChangeTheIntervention() {
        expectRefusal(
                fixture.given(registered()).when(changeStage(Stage.ACTIVE, SPRING_2022), projectManagerOf("SOF")),
                NotPermitted.class,
                "this intervention is led by TMF and SOF is not a partner in it");
    }

    @Test
    void aProjectManagerOfACurrentPartnerChangesTheIntervention() {
        fixture.given(registered(), partnerJoined("SOF", PartnerRole.CO_LEAD, LocalDate.of(2021, 6, 1)))
                .when(changeStage(Stage.ACTIVE, SPRING_2022), projectManagerOf("SOF"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new StageChangedEvent(ID, Stage.ACTIVE, UncertainDate.ofNullable(SPRING_2022)))
                .expectResultMessagePayload(2L);
    }

    @Test
    void aProjectManagerOfAFormerPartnerCannotChangeTheIntervention() {
        expectRefusal(
                fixture.given(
                                registered(),
                                partnerJoined("SOF", PartnerRole.CO_LEAD, LocalDate.of(2021, 6, 1)),
                                partnerLeft("SOF", LocalDate.of(2021, 12, 31)))
                        .when(changeStage(Stage.ACTIVE, SPRING_2022), projectManagerOf("SOF")),
                NotPermitted.class);
    }

    @Test
    void aProjectManagerOfAPartnerMayRecordTheirOwnDeparture() {
        fixture.given(registered(), partnerJoined("SOF", PartnerRole.CO_LEAD, LocalDate.of(2021, 6, 1)))
                .when(partnerLeaves("SOF", LocalDate.of(2021, 12, 31)), projectManagerOf("SOF"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void anEvaluatorOfAnotherAdministrationRecordsAnEvaluation() {
        fixture.given(registered())
                .when(evaluation().command(), signedIn(Role.EVALUATOR, "SOF"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(evaluation().event());
    }

    @Test
    void theRegistryItselfChangesWithoutMetadata() {
        fixture.given(registered()).when(changeStage(Stage.ACTIVE, SPRING_2022)).expectSuccessfulHandlerExecution();
    }

    @Test
    void permissionIsCheckedBeforeTheRules() {
        expectRefusal(
                fixture.given(registered()).when(new ChangeStageCommand(ID, null, null, null), projectManagerOf("SOF")),
                NotPermitted.class);
    }

    /** Every change that needs no earlier event's id; the history below makes each of them valid. */
    static Stream<Arguments> everyChangeButCorrections() {
        LocalDate day = LocalDate.of(2022, 6, 1);
        return Stream.of(
                Arguments.of("revise details", revise("New title", null, InterventionCategory.CRIME_PREVENTION, null)),
                Arguments.of("add an area", addArea("norrebro", day)),
                Arguments.of("remove an area", removeArea("amager-sundby", day)),
                Arguments.of("join a partner", joinPartner("SOF", PartnerRole.PARTICIPANT, day)),
                Arguments.of("record a departure", partnerLeaves("copenhagen-police", day)),
                Arguments.of("grant funding", fundingLine().id("another-line").command()),
                Arguments.of("adjust funding", adjustFunding(FUNDING_ID, "1000000.00")),
                Arguments.of("withdraw funding", withdrawFunding(FUNDING_ID)),
                Arguments.of("record expenditure", recordExpenditure("spent-2022", 2022, "250000.00")),
                Arguments.of("change stage", changeStage(Stage.ACTIVE, day)),
                Arguments.of("extend", extendTo(LocalDate.of(2025, 12, 31))),
                Arguments.of("record an evaluation", evaluation().command()),
                Arguments.of("record a decision", terminate(day)));
    }

    static Stream<Arguments> everyChange() {
        return Stream.concat(
                everyChangeButCorrections(),
                Stream.of(Arguments.of(
                        "correct an event",
                        correct("any-event", Corrections.correcting().title("T").of(CorrectableEvent.REGISTRATION)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyChange")
    void aProjectManagerOfAnotherAdministrationCannotMakeAnyChange(String change, Object command) {
        givenSomethingOfEachKindToChange()
                .when(command, projectManagerOf("SOF"))
                .expectNoEvents()
                .expectException(NotPermitted.class)
                .expectExceptionMessage("this intervention is led by TMF and SOF is not a partner in it");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyChangeButCorrections")
    void aProjectManagerOfTheLeadAdministrationMakesEveryChange(String change, Object command) {
        givenSomethingOfEachKindToChange()
                .when(command, projectManagerOf("TMF"))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(4L);
    }

    /** TMF's intervention with an area, a partner and a funding line, so that every change has something to act on. */
    private TestExecutor<Intervention> givenSomethingOfEachKindToChange() {
        return fixture.given(
                registered(),
                areaAdded("amager-sundby", LocalDate.of(2021, 1, 1)),
                partnerJoined("copenhagen-police", PartnerRole.PARTICIPANT, LocalDate.of(2021, 1, 1)),
                granted());
    }
}
