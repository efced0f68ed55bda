package dk.kk.registry.command.intervention;

import static dk.kk.registry.command.common.Refusals.expectRefusal;
import static dk.kk.registry.command.common.Refusals.violationOf;
import static dk.kk.registry.command.intervention.InterventionCommands.joinPartner;
import static dk.kk.registry.command.intervention.InterventionCommands.partnerLeaves;
import static dk.kk.registry.command.intervention.InterventionEvents.partnerJoined;
import static dk.kk.registry.command.intervention.InterventionEvents.partnerLeft;
import static dk.kk.registry.command.intervention.InterventionFixtures.interventionFixture;
import static dk.kk.registry.command.intervention.Registrations.ID;
import static dk.kk.registry.command.intervention.Registrations.registered;

import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.intervention.PartnerJoinedEvent;
import dk.kk.registry.shared.intervention.PartnerLeftEvent;
import dk.kk.registry.shared.intervention.PartnerRole;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class InterventionPartnersTest {

    private static final String POLICE = "copenhagen-police";
    private static final LocalDate JOINED = LocalDate.of(2021, 3, 1);

    private final AggregateTestFixture<Intervention> fixture = interventionFixture();

    @Test
    void anOrganisationJoinsWithARoleFromADate() {
        fixture.given(registered())
                .when(joinPartner(POLICE, PartnerRole.OPERATOR, JOINED))
                .expectSuccessfulHandlerExecution()
                .expectEvents(
                        new PartnerJoinedEvent(ID, POLICE, PartnerRole.OPERATOR, UncertainDate.ofNullable(JOINED)))
                .expectResultMessagePayload(1L);
    }

    @Test
    void anAdministrationJoinsAsAnOrganisation() {
        fixture.given(registered())
                .when(joinPartner("SOF", PartnerRole.CO_LEAD, JOINED))
                .expectEvents(new PartnerJoinedEvent(ID, "SOF", PartnerRole.CO_LEAD, UncertainDate.ofNullable(JOINED)));
    }

    @Test
    void cannotJoinAnUnknownOrganisation() {
        expectRefusal(
                fixture.given(registered()).when(joinPartner("unknown-association", PartnerRole.PARTICIPANT, JOINED)),
                violationOf("ReferencesMustExist", "organisationId"),
                "unknown organisation 'unknown-association'");
    }

    @Test
    void cannotJoinWithoutARole() {
        expectRefusal(
                fixture.given(registered()).when(joinPartner(POLICE, null, JOINED)),
                violationOf("RequiredFields", "role"),
                "role is required");
    }

    @Test
    void cannotJoinWithoutADate() {
        expectRefusal(
                fixture.given(registered()).when(joinPartner(POLICE, PartnerRole.OPERATOR, null)),
                violationOf("RequiredFields", "effectiveFrom"),
                "effectiveFrom is required");
    }

    @Test
    void aCurrentPartnerCannotJoinAgain() {
        expectRefusal(
                fixture.given(registered(), partnerJoined(POLICE, PartnerRole.OPERATOR, JOINED))
                        .when(joinPartner(POLICE, PartnerRole.ADVISORY, LocalDate.of(2022, 1, 1))),
                violationOf("PartnerJoinsOnce", "organisationId"),
                "organisation 'copenhagen-police' is already a partner");
    }

    @Test
    void aFormerPartnerCanJoinAgain() {
        LocalDate again = LocalDate.of(2023, 1, 1);
        fixture.given(
                        registered(),
                        partnerJoined(POLICE, PartnerRole.OPERATOR, JOINED),
                        partnerLeft(POLICE, LocalDate.of(2021, 12, 31)))
                .when(joinPartner(POLICE, PartnerRole.ADVISORY, again))
                .expectEvents(new PartnerJoinedEvent(ID, POLICE, PartnerRole.ADVISORY, UncertainDate.ofNullable(again)))
                .expectResultMessagePayload(3L);
    }

    @Test
    void aPartnerLeavesAfterADate() {
        LocalDate left = LocalDate.of(2022, 12, 31);
        fixture.given(registered(), partnerJoined(POLICE, PartnerRole.OPERATOR, JOINED))
                .when(partnerLeaves(POLICE, left))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PartnerLeftEvent(ID, POLICE, UncertainDate.ofNullable(left)))
                .expectResultMessagePayload(2L);
    }

    @Test
    void onlyACurrentPartnerLeaves() {
        expectRefusal(
                fixture.given(registered()).when(partnerLeaves(POLICE, LocalDate.of(2022, 12, 31))),
                violationOf("OnlyPartnersLeave", "organisationId"),
                "organisation 'copenhagen-police' is not a current partner");
    }

    @Test
    void aPartnerCannotLeaveTwice() {
        expectRefusal(
                fixture.given(
                                registered(),
                                partnerJoined(POLICE, PartnerRole.OPERATOR, JOINED),
                                partnerLeft(POLICE, LocalDate.of(2021, 12, 31)))
                        .when(partnerLeaves(POLICE, LocalDate.of(2022, 12, 31))),
                violationOf("OnlyPartnersLeave"));
    }

    @Test
    void aPartnerCannotLeaveBeforeItJoined() {
        expectRefusal(
                fixture.given(registered(), partnerJoined(POLICE, PartnerRole.OPERATOR, JOINED))
                        .when(partnerLeaves(POLICE, LocalDate.of(2021, 2, 28))),
                violationOf("DatesAreConsistent", "effectiveTo"),
                "effectiveTo 2021-02-28 is before effectiveFrom 2021-03-01");
    }

    @Test
    void aPartnerCannotLeaveWithoutADate() {
        expectRefusal(
                fixture.given(registered(), partnerJoined(POLICE, PartnerRole.OPERATOR, JOINED))
                        .when(partnerLeaves(POLICE, null)),
                violationOf("RequiredFields", "effectiveTo"),
                "effectiveTo is required");
    }
}
