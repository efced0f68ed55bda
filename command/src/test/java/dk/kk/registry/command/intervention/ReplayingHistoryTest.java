package dk.kk.registry.command.intervention;

import static dk.kk.registry.command.intervention.Corrections.correcting;
import static dk.kk.registry.command.intervention.Evaluations.evaluated;
import static dk.kk.registry.command.intervention.FundingLines.FUNDING_ID;
import static dk.kk.registry.command.intervention.FundingLines.granted;
import static dk.kk.registry.command.intervention.InterventionCommands.adjustFunding;
import static dk.kk.registry.command.intervention.InterventionCommands.partnerLeaves;
import static dk.kk.registry.command.intervention.InterventionCommands.removeArea;
import static dk.kk.registry.command.intervention.InterventionEvents.areaAdded;
import static dk.kk.registry.command.intervention.InterventionEvents.areaRemoved;
import static dk.kk.registry.command.intervention.InterventionEvents.corrected;
import static dk.kk.registry.command.intervention.InterventionEvents.fundingAdjusted;
import static dk.kk.registry.command.intervention.InterventionEvents.partnerJoined;
import static dk.kk.registry.command.intervention.InterventionEvents.partnerLeft;
import static dk.kk.registry.command.intervention.InterventionEvents.scaled;
import static dk.kk.registry.command.intervention.InterventionFixtures.givenEventId;
import static dk.kk.registry.command.intervention.InterventionFixtures.interventionFixture;
import static dk.kk.registry.command.intervention.Registrations.AREA;
import static dk.kk.registry.command.intervention.Registrations.ID;
import static dk.kk.registry.command.intervention.Registrations.registration;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kk.registry.shared.intervention.CorrectableEvent;
import dk.kk.registry.shared.intervention.FundingGrantedEvent;
import dk.kk.registry.shared.intervention.InterventionAreaAddedEvent;
import dk.kk.registry.shared.intervention.PartnerRole;
import java.time.LocalDate;
import java.util.function.Function;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.Test;

/**
 * The state a command handler leaves behind is the state the events rebuild. The fixture checks this itself except
 * for areas, partners and funding (see {@link InterventionFixtures#interventionFixture()}); these tests compare the
 * whole aggregate field by field after a history that touches all three, corrections included.
 */
class ReplayingHistoryTest {

    private final AggregateTestFixture<Intervention> fixture = interventionFixture();

    private TestExecutor<Intervention> aLongHistory() {
        TestExecutor<Intervention> history = fixture.given(
                registration().areas(AREA, "amager-sundby").event(),
                areaAdded("norrebro", LocalDate.of(2021, 6, 1)),
                areaRemoved("amager-sundby", LocalDate.of(2022, 6, 30)),
                partnerJoined("copenhagen-police", PartnerRole.OPERATOR, LocalDate.of(2021, 1, 1)),
                partnerLeft("copenhagen-police", LocalDate.of(2022, 12, 31)),
                partnerJoined("SOF", PartnerRole.CO_LEAD, LocalDate.of(2021, 3, 1)),
                granted(),
                fundingAdjusted(FUNDING_ID, "900000.00"),
                evaluated(),
                scaled(LocalDate.of(2023, 1, 1), "bispebjerg-nordvest"));
        return history.andGiven(corrected(
                        givenEventId(fixture, FundingGrantedEvent.class),
                        correcting().amount("1200000.00").years(2021, 2025).of(CorrectableEvent.FUNDING_GRANTED)))
                .andGiven(corrected(
                        givenEventId(fixture, InterventionAreaAddedEvent.class),
                        correcting().effectiveFrom(LocalDate.of(2021, 9, 1)).of(CorrectableEvent.AREA_ADDED)));
    }

    @Test
    void removingAnAreaLeavesTheStateTheEventsRebuild() {
        aLongHistory()
                .when(removeArea("norrebro", LocalDate.of(2023, 12, 31)))
                .expectSuccessfulHandlerExecution()
                .expectState(working ->
                        assertThat(working).usingRecursiveComparison().isEqualTo(rebuilt()));
    }

    @Test
    void aPartnersDepartureLeavesTheStateTheEventsRebuild() {
        aLongHistory()
                .when(partnerLeaves("SOF", LocalDate.of(2023, 12, 31)))
                .expectSuccessfulHandlerExecution()
                .expectState(working ->
                        assertThat(working).usingRecursiveComparison().isEqualTo(rebuilt()));
    }

    @Test
    void anAdjustmentLeavesTheStateTheEventsRebuild() {
        aLongHistory()
                .when(adjustFunding(FUNDING_ID, "1100000.00"))
                .expectSuccessfulHandlerExecution()
                .expectState(working ->
                        assertThat(working).usingRecursiveComparison().isEqualTo(rebuilt()));
    }

    /** The aggregate sourced afresh from the given and the new events, as Axon's own check does it. */
    private Intervention rebuilt() {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        try {
            return fixture.getRepository().load(ID).invoke(Function.identity());
        } finally {
            unitOfWork.rollback();
        }
    }
}
