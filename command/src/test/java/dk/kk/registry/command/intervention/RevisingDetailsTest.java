package dk.kk.registry.command.intervention;

import static dk.kk.registry.command.common.Refusals.expectRefusal;
import static dk.kk.registry.command.common.Refusals.violationOf;
import static dk.kk.registry.command.intervention.InterventionCommands.revise;
import static dk.kk.registry.command.intervention.InterventionCommands.reviseTitle;
import static dk.kk.registry.command.intervention.InterventionEvents.corrected;
import static dk.kk.registry.command.intervention.InterventionEvents.terminated;
import static dk.kk.registry.command.intervention.InterventionFixtures.givenEventId;
import static dk.kk.registry.command.intervention.InterventionFixtures.interventionFixture;
import static dk.kk.registry.command.intervention.Registrations.ID;
import static dk.kk.registry.command.intervention.Registrations.registered;

import dk.kk.registry.shared.intervention.CorrectableEvent;
import dk.kk.registry.shared.intervention.InterventionCategory;
import dk.kk.registry.shared.intervention.InterventionDetailsRevisedEvent;
import dk.kk.registry.shared.intervention.InterventionRegisteredEvent;
import dk.kk.registry.shared.intervention.TargetGroup;
import java.time.LocalDate;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.Test;

class RevisingDetailsTest {

    private final AggregateTestFixture<Intervention> fixture = interventionFixture();

    @Test
    void revisedDetailsAreRecordedAsGiven() {
        fixture.given(registered())
                .when(revise(
                        "Safety partnership Husum",
                        "Now also Husum Nord.",
                        InterventionCategory.CRIME_PREVENTION,
                        Set.of(TargetGroup.YOUTH, TargetGroup.YOUNG_ADULTS)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new InterventionDetailsRevisedEvent(
                        ID,
                        "Safety partnership Husum",
                        "Now also Husum Nord.",
                        InterventionCategory.CRIME_PREVENTION,
                        Set.of(TargetGroup.YOUTH, TargetGroup.YOUNG_ADULTS)))
                .expectResultMessagePayload(1L);
    }

    @Test
    void aRevisionNamesOnlyWhatChanges() {
        fixture.given(registered())
                .when(revise(null, "A longer description.", null, null))
                .expectEvents(new InterventionDetailsRevisedEvent(ID, null, "A longer description.", null, null));
    }

    @Test
    void aRevisionMustChangeSomething() {
        expectRefusal(
                fixture.given(registered()).when(revise(null, null, null, null)),
                violationOf("RevisionsChangeSomething"),
                "name at least one of title, description, category, targetGroups");
    }

    @Test
    void revisingDetailsWithoutAChangeRecordsNothing() {
        InterventionRegisteredEvent registered = registered();
        expectRefusal(
                fixture.given(registered)
                        .when(revise(
                                registered.title(),
                                registered.description(),
                                registered.category(),
                                registered.targetGroups())),
                violationOf("NothingChanged"),
                "the intervention's details already read as given");
    }

    @Test
    void revisingATitleToWhatAnEarlierRevisionSaidRecordsNothing() {
        expectRefusal(
                fixture.given(
                                registered(),
                                new InterventionDetailsRevisedEvent(ID, "Safety partnership Husum", null, null, null))
                        .when(revise("  Safety partnership Husum ", null, null, null)),
                violationOf("NothingChanged"));
    }

    @Test
    void revisingATitleToItsCorrectedValueRecordsNothing() {
        TestExecutor<Intervention> history = fixture.given(registered());
        expectRefusal(
                history.andGiven(corrected(
                                givenEventId(fixture, InterventionRegisteredEvent.class),
                                Corrections.correcting()
                                        .title("Safety partnership Husum")
                                        .of(CorrectableEvent.REGISTRATION)))
                        .when(reviseTitle("Safety partnership Husum")),
                violationOf("NothingChanged"));
    }

    @Test
    void aRevisionThatChangesOneOfItsFieldsIsRecordedWhole() {
        InterventionRegisteredEvent registered = registered();
        fixture.given(registered)
                .when(revise(
                        registered.title(), "Now also Husum Nord.", registered.category(), registered.targetGroups()))
                .expectEvents(new InterventionDetailsRevisedEvent(
                        ID,
                        registered.title(),
                        "Now also Husum Nord.",
                        registered.category(),
                        registered.targetGroups()));
    }

    @Test
    void aRevisedTitleCannotBeBlank() {
        expectRefusal(
                fixture.given(registered()).when(reviseTitle("   ")),
                violationOf("RequiredFields", "title"),
                "title is required");
    }

    @Test
    void aRevisedTitleKeepsTheLimit() {
        expectRefusal(
                fixture.given(registered()).when(reviseTitle("x".repeat(201))),
                violationOf("TextLimits", "title"),
                "title is longer than 200 characters");
    }

    @Test
    void aRevisedDescriptionKeepsTheLimit() {
        expectRefusal(
                fixture.given(registered()).when(revise(null, "x".repeat(10_001), null, null)),
                violationOf("TextLimits", "description"),
                "description is longer than 10000 characters");
    }

    @Test
    void aClosedInterventionsDetailsCanStillBeRevised() {
        fixture.given(registered(), terminated(LocalDate.of(2023, 6, 30)))
                .when(reviseTitle("Safety partnership Tingbjerg/Husum (ended)"))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(2L);
    }

    @Test
    void aRevisedTitleIsRecordedWithoutSurroundingSpacesLikeARegisteredOne() {
        fixture.given(registered())
                .when(reviseTitle("  Safety partnership Husum  "))
                .expectEvents(new InterventionDetailsRevisedEvent(ID, "Safety partnership Husum", null, null, null));
    }
}
