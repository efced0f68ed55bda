package dk.kk.registry.command.intervention;

import static dk.kk.registry.command.intervention.Registrations.ID;

import dk.kk.registry.shared.common.Money;
import dk.kk.registry.shared.intervention.FundingGrantedEvent;
import dk.kk.registry.shared.intervention.FundingSourceKind;
import dk.kk.registry.shared.intervention.GrantFundingCommand;

/** A valid funding line: TMF's base budget commits DKK 1,250,000.00 for 2021-2024; a test overrides the rest. */
final class FundingLines {

    static final String FUNDING_ID = "tmf-base-budget-2021";
    static final Money AMOUNT = Money.dkk("1250000.00");

    private String fundingId = FUNDING_ID;
    private String source = "TMF";
    private FundingSourceKind sourceKind = FundingSourceKind.MUNICIPAL_BASE_BUDGET;
    private Money amount = AMOUNT;
    private int fromYear = 2021;
    private int toYear = 2024;
    private String decisionReference = "BR 2020-10-01 pkt. 12";

    private FundingLines() {}

    static FundingLines fundingLine() {
        return new FundingLines();
    }

    static FundingGrantedEvent granted() {
        return fundingLine().event();
    }

    FundingLines id(String fundingId) {
        this.fundingId = fundingId;
        return this;
    }

    FundingLines source(String organisation, FundingSourceKind kind) {
        this.source = organisation;
        this.sourceKind = kind;
        return this;
    }

    FundingLines amount(String dkk) {
        this.amount = Money.dkk(dkk);
        return this;
    }

    FundingLines withoutAmount() {
        this.amount = null;
        return this;
    }

    FundingLines years(int from, int to) {
        this.fromYear = from;
        this.toYear = to;
        return this;
    }

    GrantFundingCommand command() {
        return new GrantFundingCommand(
                ID, null, fundingId, source, sourceKind, amount, fromYear, toYear, decisionReference);
    }

    FundingGrantedEvent event() {
        return new FundingGrantedEvent(ID, fundingId, source, sourceKind, amount, fromYear, toYear, decisionReference);
    }
}
