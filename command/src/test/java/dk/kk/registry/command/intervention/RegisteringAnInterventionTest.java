package dk.kk.registry.command.intervention;

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
        fixture.givenNoPriorActivity()
                .when(registration().policy("policy-1999").command())
                .expectNoEvents()
                .expectException(violationOf("ReferencesMustExist", "policy"));
    }

    @Test
    void cannotRegisterWithoutTitle() {
        fixture.givenNoPriorActivity()
                .when(registration().title(" ").command())
                .expectNoEvents()
                .expectException(violationOf("RequiredFields", "title"))
                .expectExceptionMessage("title is required");
    }

    @Test
    void cannotRegisterWithATitleOverTwoHundredCharacters() {
        fixture.givenNoPriorActivity()
                .when(registration().title("x".repeat(201)).command())
                .expectNoEvents()
                .expectException(violationOf("TextLimits", "title"))
                .expectExceptionMessage("title is longer than 200 characters");
    }

    @Test
    void cannotRegisterACaseReferenceOverAHundredCharacters() {
        fixture.givenNoPriorActivity()
                .when(registration().caseReference("1".repeat(101)).command())
                .expectNoEvents()
                .expectException(violationOf("TextLimits", "caseReference"))
                .expectExceptionMessage("caseReference is longer than 100 characters");
    }

    @Test
    void cannotRegisterWithoutKind() {
        fixture.givenNoPriorActivity()
                .when(registration().kind(null).command())
                .expectNoEvents()
                .expectException(violationOf("RequiredFields", "kind"))
                .expectExceptionMessage("kind is required");
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
        fixture.givenNoPriorActivity()
                .when(registration().ledBy("XYZ").command())
                .expectNoEvents()
                .expectException(violationOf("ReferencesMustExist", "leadAdministration"))
                .expectExceptionMessage("unknown administration 'XYZ'");
    }

    @Test
    void anOrganisationThatIsNoAdministrationCannotLead() {
        fixture.givenNoPriorActivity()
                .when(registration().ledBy("copenhagen-police").command())
                .expectNoEvents()
                .expectException(violationOf("ReferencesMustExist", "leadAdministration"))
                .expectExceptionMessage("unknown administration 'copenhagen-police'");
    }

    @Test
    void cannotNameTheSameAreaTwice() {
        fixture.givenNoPriorActivity()
                .when(registration()
                        .areas("tingbjerg-husum", "amager-sundby", "tingbjerg-husum")
                        .command())
                .expectNoEvents()
                .expectException(violationOf("NoDuplicates", "areas"))
                .expectExceptionMessage("areas names the same area twice");
    }

    @Test
    void cannotRegisterWithoutAreas() {
        fixture.givenNoPriorActivity()
                .when(registration().areas().command())
                .expectNoEvents()
                .expectException(violationOf("AtLeastOneArea", "areas"))
                .expectExceptionMessage(
                        "an intervention runs in at least one area (use 'copenhagen' for the whole " + "city)");
    }

    @Test
    void cannotEndBeforeItStarts() {
        fixture.givenNoPriorActivity()
                .when(registration()
                        .plannedStart(LocalDate.of(2021, 1, 1))
                        .plannedEnd(LocalDate.of(2020, 12, 31))
                        .command())
                .expectNoEvents()
                .expectException(violationOf("DatesAreConsistent", "plannedEnd"))
                .expectExceptionMessage("plannedEnd 2020-12-31 is before plannedStart 2021-01-01");
    }

    @Test
    void aStartTheSourceDoesNotGiveIsRecordedAsUnknown() {
        fixture.givenNoPriorActivity()
                .when(registration().plannedStart((UncertainDate) null).command())
                .expectEvents(registration().plannedStart(UncertainDate.UNKNOWN).event());
    }

    @Test
    void cannotPursueAnUnknownGoal() {
        fixture.givenNoPriorActivity()
                .when(registration().goals("goal-that-was-never-set").command())
                .expectNoEvents()
                .expectException(violationOf("ReferencesMustExist", "goals[0]"))
                .expectExceptionMessage("unknown goal 'goal-that-was-never-set'");
    }

    @Test
    void cannotNameTheSameGoalTwice() {
        fixture.givenNoPriorActivity()
                .when(registration()
                        .goals("sof-eviction-warnings", "sof-eviction-warnings")
                        .command())
                .expectNoEvents()
                .expectException(violationOf("NoDuplicates", "goals"))
                .expectExceptionMessage("goals names the same goal twice");
    }

    @Test
    void cannotBeItsOwnParent() {
        fixture.givenNoPriorActivity()
                .when(registration().parent(ID).command())
                .expectNoEvents()
                .expectException(violationOf("ParentIsAnother", "parent"))
                .expectExceptionMessage("an intervention cannot be its own parent");
    }

    @Test
    void cannotHaveAnUnknownParent() {
        fixture.givenNoPriorActivity()
                .when(registration().parent("never-registered").command())
                .expectNoEvents()
                .expectException(violationOf("ReferencesMustExist", "parent"))
                .expectExceptionMessage("unknown intervention 'never-registered'");
    }

    @Test
    void aParentMustBeAnIntervention() {
        fixture.givenNoPriorActivity()
                .when(registration().parent(Registrations.AREA).command())
                .expectNoEvents()
                .expectException(violationOf("ReferencesMustExist", "parent"))
                .expectExceptionMessage("unknown intervention 'tingbjerg-husum'");
    }
}
