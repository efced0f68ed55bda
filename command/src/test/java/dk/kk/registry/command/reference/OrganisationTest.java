package dk.kk.registry.command.reference;

import static dk.kk.registry.command.common.Actors.signedIn;
import static dk.kk.registry.command.common.AggregateFixtures.fixtureFor;
import static dk.kk.registry.command.common.Refusals.expectRefusal;
import static dk.kk.registry.command.common.Refusals.violationOf;
import static org.hamcrest.Matchers.containsString;

import dk.kk.registry.command.common.AlreadyRecorded;
import dk.kk.registry.command.common.KnownNames;
import dk.kk.registry.command.common.KnownReferences;
import dk.kk.registry.shared.common.ReferenceKind;
import dk.kk.registry.shared.common.Role;
import dk.kk.registry.shared.organisation.OrganisationKind;
import dk.kk.registry.shared.organisation.OrganisationRegisteredEvent;
import dk.kk.registry.shared.organisation.RegisterOrganisationCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Partners are registered by users; the seven administrations are reference data only the registry records. */
class OrganisationTest {

    private final AggregateTestFixture<Organisation> fixture = fixtureFor(
            Organisation.class,
            KnownReferences.none().administration("TMF").area("tingbjerg-husum"),
            KnownNames.none()
                    .with(ReferenceKind.ORGANISATION, "fsb", "fsb")
                    .with(ReferenceKind.AREA, "tingbjerg-husum", "Tingbjerg"));

    @Test
    void aNameAlreadyTakenIgnoringCaseAndSpacesIsADuplicate() {
        fixture.givenNoPriorActivity()
                .when(
                        new RegisterOrganisationCommand("fsb-2", " F S B ", OrganisationKind.HOUSING_ASSOCIATION),
                        signedIn(Role.PROJECT_MANAGER, "TMF"))
                .expectException(AlreadyRecorded.class)
                .expectExceptionMessage(containsString("'fsb'"))
                .expectNoEvents();
    }

    @Test
    void anAreasNameIsNoOrganisationsName() {
        fixture.givenNoPriorActivity()
                .when(
                        new RegisterOrganisationCommand("tingbjerg", "Tingbjerg", OrganisationKind.OTHER),
                        signedIn(Role.PROJECT_MANAGER, "TMF"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aPartnerIsRegistered() {
        fixture.givenNoPriorActivity()
                .when(
                        new RegisterOrganisationCommand(
                                "copenhagen-police", " Københavns Politi ", OrganisationKind.POLICE),
                        signedIn(Role.PROJECT_MANAGER, "TMF"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new OrganisationRegisteredEvent(
                        "copenhagen-police", "Københavns Politi", OrganisationKind.POLICE))
                .expectResultMessagePayload("copenhagen-police");
    }

    @Test
    void theRegistryItselfRegistersAnAdministration() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOrganisationCommand("SOF", "Socialforvaltningen", OrganisationKind.ADMINISTRATION))
                .expectEvents(
                        new OrganisationRegisteredEvent("SOF", "Socialforvaltningen", OrganisationKind.ADMINISTRATION));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "SYSTEM", mode = EnumSource.Mode.EXCLUDE)
    void noSignedInUserRegistersAnAdministration(Role role) {
        fixture.givenNoPriorActivity()
                .when(
                        new RegisterOrganisationCommand(
                                "XYZ", "An eighth administration", OrganisationKind.ADMINISTRATION),
                        signedIn(role, "TMF"))
                .expectNoEvents()
                .expectException(violationOf("AdministrationsAreFixed", "kind"))
                .expectExceptionMessage("the seven administrations are reference data of the registry; register "
                        + "partners of other kinds");
    }

    @Test
    void anOrganisationHasAName() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(new RegisterOrganisationCommand(
                                "bl-1-kreds", null, OrganisationKind.HOUSING_ASSOCIATION)),
                violationOf("RequiredFields", "name"),
                "name is required");
    }

    @Test
    void anOrganisationsNameHasALetterOrADigit() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(new RegisterOrganisationCommand("star", "*", OrganisationKind.CIVIL_SOCIETY)),
                violationOf("NamesSaySomething", "name"),
                "name has no letter or digit");
    }

    @Test
    void anOrganisationHasAKind() {
        expectRefusal(
                fixture.givenNoPriorActivity().when(new RegisterOrganisationCommand("bl-1-kreds", "BL 1. kreds", null)),
                violationOf("RequiredFields", "kind"),
                "kind is required");
    }

    @Test
    void anAdministrationIsAlreadyAnOrganisation() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(new RegisterOrganisationCommand(
                                "TMF", "Teknik- og Miljøforvaltningen", OrganisationKind.ADMINISTRATION)),
                AlreadyRecorded.class,
                "organisation 'TMF' already exists");
    }

    @Test
    void anOrganisationCannotTakeTheIdOfAnArea() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(new RegisterOrganisationCommand(
                                "tingbjerg-husum", "Tingbjerg Boligselskab", OrganisationKind.HOUSING_ASSOCIATION)),
                AlreadyRecorded.class,
                "'tingbjerg-husum' is already the id of an area");
    }

    @Test
    void anOrganisationHasAnId() {
        expectRefusal(
                fixture.givenNoPriorActivity()
                        .when(new RegisterOrganisationCommand(" ", "Nameless", OrganisationKind.CIVIL_SOCIETY)),
                violationOf("RequiredFields"));
    }
}
