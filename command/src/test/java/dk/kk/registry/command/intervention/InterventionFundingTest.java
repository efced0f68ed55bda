package dk.kk.registry.command.intervention;

import static dk.kk.registry.command.common.Refusals.expectRefusal;
import static dk.kk.registry.command.common.Refusals.violationOf;
import static dk.kk.registry.command.intervention.FundingLines.AMOUNT;
import static dk.kk.registry.command.intervention.FundingLines.FUNDING_ID;
import static dk.kk.registry.command.intervention.FundingLines.fundingLine;
import static dk.kk.registry.command.intervention.FundingLines.granted;
import static dk.kk.registry.command.intervention.InterventionCommands.adjustFunding;
import static dk.kk.registry.command.intervention.InterventionCommands.recordExpenditure;
import static dk.kk.registry.command.intervention.InterventionCommands.withdrawFunding;
import static dk.kk.registry.command.intervention.InterventionEvents.fundingAdjusted;
import static dk.kk.registry.command.intervention.InterventionEvents.fundingWithdrawn;
import static dk.kk.registry.command.intervention.InterventionEvents.terminated;
import static dk.kk.registry.command.intervention.InterventionFixtures.interventionFixture;
import static dk.kk.registry.command.intervention.Registrations.ID;
import static dk.kk.registry.command.intervention.Registrations.registered;

import dk.kk.registry.shared.common.Money;
import dk.kk.registry.shared.intervention.AdjustFundingCommand;
import dk.kk.registry.shared.intervention.ExpenditureRecordedEvent;
import dk.kk.registry.shared.intervention.FundingAdjustedEvent;
import dk.kk.registry.shared.intervention.FundingSourceKind;
import dk.kk.registry.shared.intervention.FundingWithdrawnEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/** A funding line has a source, an exact amount, the years it covers and a decision; changes to it are events. */
class InterventionFundingTest {

    private final AggregateTestFixture<Intervention> fixture = interventionFixture();

    @Test
    void fundingIsGrantedBySourceAmountAndYears() {
        fixture.given(registered())
                .when(fundingLine().command())
                .expectSuccessfulHandlerExecution()
                .expectEvents(fundingLine().event())
                .expectResultMessagePayload(1L);
    }

    @Test
    void fundingMayCoverASingleYearFromAnyOrganisation() {
        FundingLines oneYear = fundingLine()
                .id("lbf-2023")
                .source("landsbyggefonden", FundingSourceKind.NATIONAL_BUILDING_FUND)
                .years(2023, 2023);
        fixture.given(registered()).when(oneYear.command()).expectEvents(oneYear.event());
    }

    @Test
    void aGrantOfNothingIsRecorded() {
        fixture.given(registered())
                .when(fundingLine().amount("0").command())
                .expectEvents(fundingLine().amount("0.00").event());
    }

    @Test
    void cannotGrantANegativeAmount() {
        expectRefusal(
                fixture.given(registered()).when(fundingLine().amount("-1.00").command()),
                violationOf("AmountsAreNotNegative", "amount"),
                "amount must not be negative");
    }

    @Test
    void cannotGrantWithYearsReversed() {
        expectRefusal(
                fixture.given(registered()).when(fundingLine().years(2024, 2021).command()),
                violationOf("DatesAreConsistent", "years"),
                "the funding ends (2021) before it starts (2024)");
    }

    @Test
    void cannotGrantForYearsOutOfRange() {
        expectRefusal(
                fixture.given(registered()).when(fundingLine().years(1989, 2021).command()),
                violationOf("YearsInRange", "years[0]"),
                "years[0] must lie between 1990 and 2100");
    }

    @Test
    void cannotGrantFromAnUnknownSource() {
        expectRefusal(
                fixture.given(registered())
                        .when(fundingLine()
                                .source("eu-social-fund", FundingSourceKind.EU)
                                .command()),
                violationOf("ReferencesMustExist", "source"),
                "unknown organisation 'eu-social-fund'");
    }

    @Test
    void cannotGrantWithoutASourceKind() {
        expectRefusal(
                fixture.given(registered())
                        .when(fundingLine().source("TMF", null).command()),
                violationOf("RequiredFields", "sourceKind"),
                "sourceKind is required");
    }

    @Test
    void cannotGrantWithoutAnAmount() {
        expectRefusal(
                fixture.given(registered()).when(fundingLine().withoutAmount().command()),
                violationOf("RequiredFields", "amount"),
                "amount is required");
    }

    @Test
    void cannotGrantTheSameFundingLineTwice() {
        expectRefusal(
                fixture.given(registered(), granted())
                        .when(fundingLine().amount("10.00").command()),
                violationOf("FundingIdIsNew", "fundingId"),
                "funding line already exists");
    }

    @Test
    void aWithdrawnFundingLineIdIsNotReused() {
        expectRefusal(
                fixture.given(registered(), granted(), fundingWithdrawn(FUNDING_ID))
                        .when(fundingLine().command()),
                violationOf("FundingIdIsNew"));
    }

    @Test
    void cannotGrantWithoutAFundingId() {
        expectRefusal(
                fixture.given(registered()).when(fundingLine().id(null).command()),
                violationOf("RequiredFields", "fundingId"));
    }

    @Test
    void fundingIsAdjustedToANewAmount() {
        fixture.given(registered(), granted())
                .when(adjustFunding(FUNDING_ID, "1000000.00"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new FundingAdjustedEvent(ID, FUNDING_ID, Money.dkk("1000000.00")))
                .expectResultMessagePayload(2L);
    }

    @Test
    void adjustingFundingToTheSameAmountRecordsNothing() {
        expectRefusal(
                fixture.given(registered(), granted()).when(adjustFunding(FUNDING_ID, "1250000")),
                violationOf("NothingChanged", "amount"),
                "the funding line already commits 1250000.00 DKK");
    }

    @Test
    void anAdjustmentIsComparedWithTheLatestAmount() {
        fixture.given(registered(), granted(), fundingAdjusted(FUNDING_ID, "900000.00"))
                .when(adjustFunding(FUNDING_ID, "1250000.00"))
                .expectEvents(new FundingAdjustedEvent(ID, FUNDING_ID, AMOUNT));
    }

    @Test
    void adjustingFundingToTheLatestAmountRecordsNothing() {
        expectRefusal(
                fixture.given(registered(), granted(), fundingAdjusted(FUNDING_ID, "900000.00"))
                        .when(adjustFunding(FUNDING_ID, "900000.00")),
                violationOf("NothingChanged"),
                "the funding line already commits 900000.00 DKK");
    }

    @Test
    void moneyIsExactToTheOere() {
        fixture.given(registered(), granted())
                .when(adjustFunding(FUNDING_ID, "1250000.01"))
                .expectEvents(new FundingAdjustedEvent(ID, FUNDING_ID, new Money(new BigDecimal("1250000.01"), "DKK")));
    }

    @Test
    void cannotAdjustToANegativeAmount() {
        expectRefusal(
                fixture.given(registered(), granted()).when(adjustFunding(FUNDING_ID, "-100.00")),
                violationOf("AmountsAreNotNegative", "amount"),
                "amount must not be negative");
    }

    @Test
    void cannotAdjustWithoutAnAmount() {
        expectRefusal(
                fixture.given(registered(), granted()).when(new AdjustFundingCommand(ID, null, FUNDING_ID, null)),
                violationOf("RequiredFields", "amount"));
    }

    @Test
    void cannotAdjustAnUnknownFundingLine() {
        expectRefusal(
                fixture.given(registered(), granted()).when(adjustFunding("no-such-line", "1.00")),
                violationOf("FundingMustExist", "fundingId"),
                "unknown funding line 'no-such-line'");
    }

    @Test
    void cannotAdjustAWithdrawnFundingLine() {
        expectRefusal(
                fixture.given(registered(), granted(), fundingWithdrawn(FUNDING_ID))
                        .when(adjustFunding(FUNDING_ID, "1.00")),
                violationOf("WithdrawnFundingIsFinal", "fundingId"),
                "the funding line was withdrawn");
    }

    @Test
    void fundingIsStillAdjustedAfterTheInterventionClosed() {
        fixture.given(registered(), granted(), terminated(LocalDate.of(2023, 6, 30)))
                .when(adjustFunding(FUNDING_ID, "600000.00"))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(3L);
    }

    @Test
    void fundingIsWithdrawn() {
        fixture.given(registered(), granted())
                .when(withdrawFunding(FUNDING_ID))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new FundingWithdrawnEvent(ID, FUNDING_ID))
                .expectResultMessagePayload(2L);
    }

    @Test
    void cannotWithdrawAnUnknownFundingLine() {
        expectRefusal(
                fixture.given(registered()).when(withdrawFunding(FUNDING_ID)),
                violationOf("FundingMustExist"),
                "unknown funding line 'tmf-base-budget-2021'");
    }

    @Test
    void cannotWithdrawAFundingLineTwice() {
        expectRefusal(
                fixture.given(registered(), granted(), fundingWithdrawn(FUNDING_ID))
                        .when(withdrawFunding(FUNDING_ID)),
                violationOf("WithdrawnFundingIsFinal"),
                "the funding line was withdrawn");
    }

    @Test
    void expenditureIsRecordedForAYear() {
        fixture.given(registered(), granted())
                .when(recordExpenditure("spent-2022", 2022, "312500.50"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ExpenditureRecordedEvent(ID, "spent-2022", 2022, Money.dkk("312500.50")))
                .expectResultMessagePayload(2L);
    }

    @Test
    void expenditureIsRecordedAfterTheInterventionClosed() {
        fixture.given(registered(), terminated(LocalDate.of(2023, 6, 30)))
                .when(recordExpenditure("spent-2023", 2023, "100000.00"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotRecordNegativeExpenditure() {
        expectRefusal(
                fixture.given(registered()).when(recordExpenditure("spent-2022", 2022, "-0.01")),
                violationOf("AmountsAreNotNegative", "amount"),
                "amount must not be negative");
    }

    @Test
    void cannotRecordExpenditureForAYearOutOfRange() {
        expectRefusal(
                fixture.given(registered()).when(recordExpenditure("spent-2101", 2101, "1.00")),
                violationOf("YearsInRange", "year"),
                "year must lie between 1990 and 2100");
    }
}
