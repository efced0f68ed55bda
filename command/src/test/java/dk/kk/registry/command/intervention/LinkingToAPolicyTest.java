package dk.kk.registry.command.intervention;

import static dk.kk.registry.command.common.Refusals.violationOf;
import static dk.kk.registry.command.intervention.InterventionFixtures.interventionFixture;
import static dk.kk.registry.command.intervention.Registrations.ID;
import static dk.kk.registry.command.intervention.Registrations.registered;

import dk.kk.registry.shared.intervention.InterventionPolicyLinkedEvent;
import dk.kk.registry.shared.intervention.LinkInterventionToPolicyCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/** An intervention registered without its policy is linked to it later, as the seeds give each one's policy. */
class LinkingToAPolicyTest {

    private final AggregateTestFixture<Intervention> fixture = interventionFixture();

    @Test
    void anInterventionIsLinkedToItsPolicyAfterItsRegistration() {
        fixture.given(registered())
                .when(new LinkInterventionToPolicyCommand(ID, null, "policy-2011"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new InterventionPolicyLinkedEvent(ID, "policy-2011"))
                .expectResultMessagePayload(1L);
    }

    @Test
    void theSamePolicyAgainChangesNothing() {
        fixture.given(registered(), new InterventionPolicyLinkedEvent(ID, "policy-2011"))
                .when(new LinkInterventionToPolicyCommand(ID, null, "policy-2011"))
                .expectNoEvents()
                .expectException(violationOf("NothingChanged"));
    }

    @Test
    void thePolicyMustExist() {
        fixture.given(registered())
                .when(new LinkInterventionToPolicyCommand(ID, null, "policy-1999"))
                .expectNoEvents()
                .expectException(violationOf("ReferencesMustExist", "policy"));
    }

    @Test
    void aPolicyIsNamed() {
        fixture.given(registered())
                .when(new LinkInterventionToPolicyCommand(ID, null, null))
                .expectNoEvents()
                .expectException(violationOf("RequiredFields", "policy"));
    }
}
