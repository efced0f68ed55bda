package dk.kk.registry.infra.api.intervention;

import dk.kk.registry.shared.common.Money;
import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.intervention.DecisionType;
import dk.kk.registry.shared.intervention.EffectEstimate;
import dk.kk.registry.shared.intervention.EvaluationMethod;
import dk.kk.registry.shared.intervention.EvaluationResult;
import dk.kk.registry.shared.intervention.FundingSourceKind;
import dk.kk.registry.shared.intervention.InterventionCategory;
import dk.kk.registry.shared.intervention.InterventionKind;
import dk.kk.registry.shared.intervention.PartnerRole;
import dk.kk.registry.shared.intervention.Stage;
import dk.kk.registry.shared.intervention.TargetGroup;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/** The bodies of the intervention commands (API.md, "Interventions"). */
final class InterventionRequests {

    static final int ID = 64;
    static final int TITLE = 200;
    static final int TEXT = 10_000;
    static final int REASON = 2_000;
    static final int REFERENCE = 100;

    private InterventionRequests() {}

    record Register(
            @NotBlank @Size(max = TITLE) String title,
            @Size(max = TEXT) String description,
            @NotNull InterventionKind kind,
            @NotNull InterventionCategory category,
            @NotBlank @Size(max = ID) String leadAdministration,
            @NotEmpty @Size(max = 200) List<@NotBlank @Size(max = ID) String> areas,
            @Size(max = 8) Set<@NotNull TargetGroup> targetGroups,
            @Size(max = 100) List<@NotBlank @Size(max = ID) String> goals,
            UncertainDate plannedStart,
            UncertainDate plannedEnd,
            @Size(max = REFERENCE) String caseReference,
            @Size(max = ID) String parent,
            @Size(max = ID) String policy,
            @Size(max = REASON) String reason) {}

    record ReviseDetails(
            @Size(max = TITLE) String title,
            @Size(max = TEXT) String description,
            InterventionCategory category,
            @Size(max = 8) Set<@NotNull TargetGroup> targetGroups,
            @Size(max = REASON) String reason) {}

    record LinkPolicy(
            @NotBlank @Size(max = ID) String policy,
            @Size(max = REASON) String reason) {}

    record AddArea(
            @NotBlank @Size(max = ID) String areaId,
            @NotNull UncertainDate effectiveFrom,
            @Size(max = REASON) String reason) {}

    record RemoveArea(
            @NotNull UncertainDate effectiveTo,
            @NotBlank @Size(max = REASON) String reason) {}

    record JoinPartner(
            @NotBlank @Size(max = ID) String organisationId,
            @NotNull PartnerRole role,
            @NotNull UncertainDate effectiveFrom,
            @Size(max = REASON) String reason) {}

    record PartnerDeparture(
            @NotNull UncertainDate effectiveTo,
            @NotBlank @Size(max = REASON) String reason) {}

    record GrantFunding(
            @NotBlank @Size(max = ID) String source,
            @NotNull FundingSourceKind sourceKind,
            @NotNull @Valid Money amount,

            @NotNull @Size(min = 2, max = 2, message = "years is [from, to]")
            List<@NotNull Integer> years,

            @Size(max = REFERENCE) String decisionReference,
            @Size(max = REASON) String reason) {}

    record AdjustFunding(
            @NotNull Money amount,
            @NotBlank @Size(max = REASON) String reason) {}

    record WithdrawFunding(@NotBlank @Size(max = REASON) String reason) {}

    record RecordExpenditure(
            @NotNull @Min(1990) @Max(2100) Integer year,
            @NotNull Money amount,
            @Size(max = REASON) String reason) {}

    record ChangeStage(
            @NotNull Stage stage,
            @NotNull UncertainDate effectiveFrom,
            @Size(max = REASON) String reason) {}

    record Extend(
            @NotNull UncertainDate plannedEnd,
            @NotBlank @Size(max = REASON) String reason) {}

    record RecordEvaluation(
            @NotNull UncertainDate periodFrom,
            @NotNull UncertainDate periodTo,
            @NotNull EvaluationMethod method,
            @NotBlank @Size(max = ID) String evaluator,
            @NotNull EvaluationResult result,
            @Min(1) @Max(5) Integer evidenceLevel,
            @Size(max = 500) List<@NotNull EffectEstimate> estimates,
            @Size(max = TEXT) String summary,
            @Size(max = REFERENCE) String reportReference,
            @Size(max = REASON) String reason) {}

    record Decide(
            @NotNull DecisionType decision,
            @NotNull UncertainDate effectiveFrom,
            @NotBlank @Size(max = REASON) String reason,
            @Size(max = 200) List<@NotBlank @Size(max = ID) String> areas,
            @Size(max = ID) String administration) {}

    record Correct(
            @NotBlank @Size(max = 255) String eventId,
            @NotBlank @Size(max = REASON) String reason,
            @Size(max = TITLE) String title,
            @Size(max = TEXT) String description,
            UncertainDate plannedStart,
            UncertainDate plannedEnd,
            @Size(max = REFERENCE) String caseReference,
            UncertainDate effectiveFrom,
            UncertainDate effectiveTo,
            PartnerRole role,
            Money amount,
            Integer fromYear,
            Integer toYear,
            Integer year,
            @Size(max = REFERENCE) String decisionReference,
            UncertainDate periodFrom,
            UncertainDate periodTo,
            EvaluationResult result,
            @Size(max = TEXT) String summary,
            @Size(max = REFERENCE) String reportReference) {}

    /** What a write answers: the resource's id, its new version, and the id of a line it created. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    record Written(String id, long version, String fundingId, String expenditureId, String evaluationId) {

        static Written of(String id, long version) {
            return new Written(id, version, null, null, null);
        }
    }
}
