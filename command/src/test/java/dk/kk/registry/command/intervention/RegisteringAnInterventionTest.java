package dk.kk.registry.command.intervention;

import static dk.kk.registry.command.common.Refusals.expectRefusal;
import static dk.kk.registry.command.common.Refusals.violationOf;
import static dk.kk.registry.command.intervention.InterventionFixtures.interventionFixture;
import static dk.kk.registry.command.intervention.Registrations.ID;
import static dk.kk.registry.command.intervention.Registrations.registration;

import dk.kk.registry.command.common.RuleViolation;
import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.intervention.InterventionPolicyLinkedEvent;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class RegisteringAnInterventionTest {

    private final AggregateTestFixture<Intervention> fixture = interventionFixture();

    @Test
    void aValidRegistrationIsRecordedAndAnswersWithTheInterventionId() {
        fixture.givenNoPriorActivity()
                .when(registration().command())
                .expectSuccessfulHandlerExecution()
                .expectEvents(registration().event())
                .expectResultMessagePayload(ID);
    }

    @Test
    void theTitleIsRecordedWithoutSurroundingSpaces() {
        fixture.givenNoPriorActivity()
                .when(registration().title("  Safety partnership  ").command())
                .expectEvents(registration().title("Safety partnership").event());
    }

    @Test
    void aMissingDescriptionIsRecordedAsEmpty() {
        fixture.givenNoPriorActivity()
                .when(registration().description(null).command())
                .expectEvents(registration().description("").event());
    }

    @Test
    void anOpenEndedInterventionHasNoPlannedEnd() {
        fixture.givenNoPriorActivity()
                .when(registration().plannedEnd((UncertainDate) null).command())
                .expectEvents(registration().plannedEnd((UncertainDate) null).event());
    }

    @Test
    void anInterventionMayEndOnTheDayItStarts() {
        LocalDate day = LocalDate.of(2024, 8, 15);
        fixture.givenNoPriorActivity()
                .when(registration().plannedStart(day).plannedEnd(day).command())
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void knownGoalsAndAnotherInterventionAsParentAreAccepted() {
        Registrations withGoalAndParent =
                registration().goals("sof-eviction-warnings").parent("safety-partnerships");
        fixture.givenNoPriorActivity().when(withGoalAndParent.command()).expectEvents(withGoalAndParent.event());
    }

    @Test
    void theInterventionsPolicyIsRecordedAsItsLink() {
        fixture.givenNoPriorActivity()
                .when(registration().policy("policy-2011").command())
                .expectEvents(registration().event(), new InterventionPolicyLinkedEvent(ID, "policy-2011"));
    }

    @Test
    void anUnknownPolicyIsRefusedAndNothingRecorded() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(registration().policy("policy-1999").command()),
                violationOf("ReferencesMustExist", "policy"));
    }

    @Test
    void cannotRegisterWithoutTitle() {
        expectRefusal(
                fixture.givenNoPriorActivity().when(registration().title(" ").command()),
                violationOf("RequiredFields", "title"),
                "title is required");
    }

    @Test
    void cannotRegisterWithATitleOverTwoHundredCharacters() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(registration().title("x".repeat(201)).command()),
                violationOf("TextLimits", "title"),
                "title is longer than 200 characters");
    }

    @Test
    void cannotRegisterACaseReferenceOverAHundredCharacters() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(registration().caseReference("1".repeat(101)).command()),
                violationOf("TextLimits", "caseReference"),
                "caseReference is longer than 100 characters");
    }

    @Test
    void cannotRegisterWithoutKind() {
        expectRefusal(
                fixture.givenNoPriorActivity().when(registration().kind(null).command()),
                violationOf("RequiredFields", "kind"),
                "kind is required");
    }

    @Test
    void cannotRegisterForAnUnknownArea() {
        fixture.givenNoPriorActivity()
                .when(registration().areas("tingbjerg-husum", "atlantis").command())
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(violationOf("ReferencesMustExist", "areas[1]"))
                .expectExceptionMessage("unknown area 'atlantis'");
    }

    @Test
    void cannotRegisterUnderAnUnknownAdministration() {
        expectRefusal(
                fixture.givenNoPriorActivity().when(registration().ledBy("XYZ").command()),
                violationOf("ReferencesMustExist", "leadAdministration"),
                "unknown administration 'XYZ'");
    }

    @Test
    void anOrganisationThatIsNoAdministrationCannotLead() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(registration().ledBy("copenhagen-police").command()),
                violationOf("ReferencesMustExist", "leadAdministration"),
                "unknown administration 'copenhagen-police'");
    }

    @Test
    void cannotNameTheSameAreaTwice() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(registration()
                                .areas("tingbjerg-husum", "amager-sundby", "tingbjerg-husum")
                                .command()),
                violationOf("NoDuplicates", "areas"),
                "areas names the same area twice");
    }

    @Test
    void cannotRegisterWithoutAreas() {
        expectRefusal(
                fixture.givenNoPriorActivity().when(registration().areas().command()),
                violationOf("AtLeastOneArea", "areas"),
                "an intervention runs in at least one area (use 'copenhagen' for the whole " + "city)");
    }

    @Test
    void cannotEndBeforeItStarts() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(registration()
                                .plannedStart(LocalDate.of(2021, 1, 1))
                                .plannedEnd(LocalDate.of(2020, 12, 31))
                                .command()),
                violationOf("DatesAreConsistent", "plannedEnd"),
                "plannedEnd 2020-12-31 is before plannedStart 2021-01-01");
    }

    @Test
    void aStartTheSourceDoesNotGiveIsRecordedAsUnknown() {
        fixture.givenNoPriorActivity()
                .when(registration().plannedStart((UncertainDate) null).command())
                .expectEvents(registration().plannedStart(UncertainDate.UNKNOWN).event());
    }

    @Test
    void cannotPursueAnUnknownGoal() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(registration().goals("goal-that-was-never-set").command()),
                violationOf("ReferencesMustExist", "goals[0]"),
                "unknown goal 'goal-that-was-never-set'");
    }

    @Test
    void cannotNameTheSameGoalTwice() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(registration()
                                .goals("sof-eviction-warnings", "sof-eviction-warnings")
                                .command()),
                violationOf("NoDuplicates", "goals"),
                "goals names the same goal twice");
    }

    @Test
    void cannotBeItsOwnParent() {
        expectRefusal(
                fixture.givenNoPriorActivity().when(registration().parent(ID).command()),
                violationOf("ParentIsAnother", "parent"),
                "an intervention cannot be its own parent");
    }

    @Test
    void cannotHaveAnUnknownParent() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(registration().parent("never-registered").command()),
                violationOf("ReferencesMustExist", "parent"),
                "unknown intervention 'never-registered'");
    }

    @Test
    void aParentMustBeAnIntervention() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(registration().parent(Registrations.AREA).command()),
                violationOf("ReferencesMustExist", "parent"),
                "unknown intervention 'tingbjerg-husum'");
    }
}
