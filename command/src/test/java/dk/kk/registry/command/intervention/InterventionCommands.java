package dk.kk.registry.command.intervention;

import static dk.kk.registry.command.intervention.Registrations.ID;

import dk.kk.registry.shared.common.Money;
import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.intervention.AddInterventionAreaCommand;
import dk.kk.registry.shared.intervention.AdjustFundingCommand;
import dk.kk.registry.shared.intervention.ChangeStageCommand;
import dk.kk.registry.shared.intervention.CorrectEventCommand;
import dk.kk.registry.shared.intervention.Correction;
import dk.kk.registry.shared.intervention.DecisionType;
import dk.kk.registry.shared.intervention.ExtendInterventionCommand;
import dk.kk.registry.shared.intervention.InterventionCategory;
import dk.kk.registry.shared.intervention.JoinPartnerCommand;
import dk.kk.registry.shared.intervention.PartnerRole;
import dk.kk.registry.shared.intervention.RecordDecisionCommand;
import dk.kk.registry.shared.intervention.RecordExpenditureCommand;
import dk.kk.registry.shared.intervention.RecordPartnerDepartureCommand;
import dk.kk.registry.shared.intervention.RemoveInterventionAreaCommand;
import dk.kk.registry.shared.intervention.ReviseInterventionDetailsCommand;
import dk.kk.registry.shared.intervention.Stage;
import dk.kk.registry.shared.intervention.TargetGroup;
import dk.kk.registry.shared.intervention.WithdrawFundingCommand;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The commands a project manager sends about the registered intervention, without an expected version. */
final class InterventionCommands {

    private InterventionCommands() {}

    static ReviseInterventionDetailsCommand revise(
            String title, String description, InterventionCategory category, Set<TargetGroup> targetGroups) {
        return new ReviseInterventionDetailsCommand(ID, null, title, description, category, targetGroups);
    }

    static ReviseInterventionDetailsCommand reviseTitle(String title) {
        return revise(title, null, null, null);
    }

    static AddInterventionAreaCommand addArea(String area, LocalDate from) {
        return new AddInterventionAreaCommand(ID, null, area, UncertainDate.ofNullable(from));
    }

    static RemoveInterventionAreaCommand removeArea(String area, LocalDate to) {
        return new RemoveInterventionAreaCommand(ID, null, area, UncertainDate.ofNullable(to));
    }

    static JoinPartnerCommand joinPartner(String organisation, PartnerRole role, LocalDate from) {
        return new JoinPartnerCommand(ID, null, organisation, role, UncertainDate.ofNullable(from));
    }

    static RecordPartnerDepartureCommand partnerLeaves(String organisation, LocalDate to) {
        return new RecordPartnerDepartureCommand(ID, null, organisation, UncertainDate.ofNullable(to));
    }

    static AdjustFundingCommand adjustFunding(String fundingId, String dkk) {
        return new AdjustFundingCommand(ID, null, fundingId, Money.dkk(dkk));
    }

    static WithdrawFundingCommand withdrawFunding(String fundingId) {
        return new WithdrawFundingCommand(ID, null, fundingId);
    }

    static RecordExpenditureCommand recordExpenditure(String expenditureId, int year, String dkk) {
        return new RecordExpenditureCommand(ID, null, expenditureId, year, Money.dkk(dkk));
    }

    static ChangeStageCommand changeStage(Stage stage, LocalDate from) {
        return new ChangeStageCommand(ID, null, stage, UncertainDate.ofNullable(from));
    }

    static ExtendInterventionCommand extendTo(LocalDate plannedEnd) {
        return new ExtendInterventionCommand(ID, null, UncertainDate.ofNullable(plannedEnd));
    }

    static RecordDecisionCommand embedIn(String administration, LocalDate from) {
        return new RecordDecisionCommand(
                ID, null, DecisionType.EMBED_IN_CORE_OPERATIONS, UncertainDate.ofNullable(from), null, administration);
    }

    static RecordDecisionCommand scaleTo(LocalDate from, String... areas) {
        return new RecordDecisionCommand(
                ID, null, DecisionType.SCALE, UncertainDate.ofNullable(from), List.of(areas), null);
    }

    static RecordDecisionCommand terminate(LocalDate from) {
        return new RecordDecisionCommand(ID, null, DecisionType.TERMINATE, UncertainDate.ofNullable(from), null, null);
    }

    static CorrectEventCommand correct(String eventId, Correction correction) {
        return new CorrectEventCommand(ID, null, eventId, correction);
    }
}
