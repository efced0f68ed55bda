package dk.kk.registry.command.intervention;

import static dk.kk.registry.command.common.Refusals.expectRefusal;
import static dk.kk.registry.command.common.Refusals.violationOf;
import static dk.kk.registry.command.intervention.InterventionCommands.addArea;
import static dk.kk.registry.command.intervention.InterventionCommands.removeArea;
import static dk.kk.registry.command.intervention.InterventionEvents.areaAdded;
import static dk.kk.registry.command.intervention.InterventionEvents.areaRemoved;
import static dk.kk.registry.command.intervention.InterventionFixtures.interventionFixture;
import static dk.kk.registry.command.intervention.Registrations.AREA;
import static dk.kk.registry.command.intervention.Registrations.ID;
import static dk.kk.registry.command.intervention.Registrations.registered;
import static dk.kk.registry.command.intervention.Registrations.registration;

import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.intervention.InterventionAreaAddedEvent;
import dk.kk.registry.shared.intervention.InterventionAreaRemovedEvent;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/** The social workers in GP practices started in Tingbjerg and were extended to Amager: areas come and go by date. */
class InterventionAreasTest {

    private static final String AMAGER = "amager-sundby";
    private static final LocalDate JUNE_2022 = LocalDate.of(2022, 6, 1);

    private final AggregateTestFixture<Intervention> fixture = interventionFixture();

    @Test
    void anAreaIsAddedFromADate() {
        fixture.given(registered())
                .when(addArea(AMAGER, JUNE_2022))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new InterventionAreaAddedEvent(ID, AMAGER, UncertainDate.ofNullable(JUNE_2022)))
                .expectResultMessagePayload(1L);
    }

    @Test
    void anAreaMayBeAddedOnThePlannedStart() {
        fixture.given(registered())
                .when(addArea(AMAGER, Registrations.PLANNED_START))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotAddAnUnknownArea() {
        expectRefusal(
                fixture.given(registered()).when(addArea("atlantis", JUNE_2022)),
                violationOf("ReferencesMustExist", "areaId"),
                "unknown area 'atlantis'");
    }

    @Test
    void cannotAddAnAreaTheInterventionAlreadyRunsIn() {
        expectRefusal(
                fixture.given(registered()).when(addArea(AREA, JUNE_2022)),
                violationOf("AreaAddedOnce", "areaId"),
                "the intervention already runs in area 'tingbjerg-husum'");
    }

    @Test
    void cannotAddAnAreaAlreadyAddedEarlier() {
        expectRefusal(
                fixture.given(registered(), areaAdded(AMAGER, JUNE_2022))
                        .when(addArea(AMAGER, LocalDate.of(2023, 1, 1))),
                violationOf("AreaAddedOnce"));
    }

    @Test
    void anAreaCanBeAddedAgainAfterItWasRemoved() {
        LocalDate back = LocalDate.of(2023, 1, 1);
        fixture.given(registered(), areaAdded(AMAGER, JUNE_2022), areaRemoved(AMAGER, LocalDate.of(2022, 9, 30)))
                .when(addArea(AMAGER, back))
                .expectEvents(new InterventionAreaAddedEvent(ID, AMAGER, UncertainDate.ofNullable(back)))
                .expectResultMessagePayload(3L);
    }

    @Test
    void cannotAddAnAreaFromBeforeThePlannedStart() {
        expectRefusal(
                fixture.given(registered()).when(addArea(AMAGER, LocalDate.of(2020, 12, 31))),
                violationOf("DatesAreConsistent", "effectiveFrom"),
                "effectiveFrom 2020-12-31 is before the intervention's planned start " + "2021-01-01");
    }

    @Test
    void cannotAddAnAreaWithoutADate() {
        expectRefusal(
                fixture.given(registered()).when(addArea(AMAGER, null)),
                violationOf("RequiredFields", "effectiveFrom"),
                "effectiveFrom is required");
    }

    @Test
    void anAreaIsRemovedAfterADate() {
        LocalDate end = LocalDate.of(2023, 12, 31);
        fixture.given(registered(), areaAdded(AMAGER, JUNE_2022))
                .when(removeArea(AMAGER, end))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new InterventionAreaRemovedEvent(ID, AMAGER, UncertainDate.ofNullable(end)))
                .expectResultMessagePayload(2L);
    }

    @Test
    void anAreaOfTheRegistrationCanBeRemovedOnceAnotherRuns() {
        fixture.given(registration().areas(AREA, AMAGER).event())
                .when(removeArea(AREA, JUNE_2022))
                .expectEvents(new InterventionAreaRemovedEvent(ID, AREA, UncertainDate.ofNullable(JUNE_2022)));
    }

    @Test
    void anAreaMayEndOnTheDayItStarted() {
        fixture.given(registered(), areaAdded(AMAGER, JUNE_2022))
                .when(removeArea(AMAGER, JUNE_2022))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotRemoveTheLastArea() {
        fixture.given(registered())
                .when(removeArea(AREA, JUNE_2022))
                .expectNoEvents()
                .expectException(violationOf("AtLeastOneArea", "areaId"))
                .expectExceptionMessage(
                        "an intervention keeps at least one area; add the new area before removing " + "the last one");
    }

    @Test
    void cannotRemoveTheLastCurrentAreaEvenAfterOthersWereRemoved() {
        expectRefusal(
                fixture.given(
                                registered(),
                                areaAdded(AMAGER, JUNE_2022),
                                areaRemoved(AMAGER, LocalDate.of(2022, 12, 31)))
                        .when(removeArea(AREA, LocalDate.of(2023, 6, 30))),
                violationOf("AtLeastOneArea"));
    }

    @Test
    void cannotRemoveAnAreaTheInterventionDoesNotRunIn() {
        expectRefusal(
                fixture.given(registered()).when(removeArea(AMAGER, JUNE_2022)),
                violationOf("RemoveOnlyCurrentAreas", "areaId"),
                "the intervention does not run in area 'amager-sundby'");
    }

    @Test
    void cannotRemoveAnAreaTwice() {
        expectRefusal(
                fixture.given(
                                registered(),
                                areaAdded(AMAGER, JUNE_2022),
                                areaRemoved(AMAGER, LocalDate.of(2022, 12, 31)))
                        .when(removeArea(AMAGER, LocalDate.of(2023, 1, 31))),
                violationOf("RemoveOnlyCurrentAreas"));
    }

    @Test
    void anAreaCannotEndBeforeItStarted() {
        expectRefusal(
                fixture.given(registered(), areaAdded(AMAGER, JUNE_2022))
                        .when(removeArea(AMAGER, LocalDate.of(2022, 5, 31))),
                violationOf("DatesAreConsistent", "effectiveTo"),
                "effectiveTo 2022-05-31 is before effectiveFrom 2022-06-01");
    }

    @Test
    void anAreaOfTheRegistrationStartsOnThePlannedStart() {
        expectRefusal(
                fixture.given(registration().areas(AREA, AMAGER).event())
                        .when(removeArea(AREA, LocalDate.of(2020, 12, 31))),
                violationOf("DatesAreConsistent", "effectiveTo"),
                "effectiveTo 2020-12-31 is before effectiveFrom 2021-01-01");
    }

    @Test
    void cannotRemoveAnAreaWithoutADate() {
        expectRefusal(
                fixture.given(registered(), areaAdded(AMAGER, JUNE_2022)).when(removeArea(AMAGER, null)),
                violationOf("RequiredFields", "effectiveTo"),
                "effectiveTo is required");
    }
}
