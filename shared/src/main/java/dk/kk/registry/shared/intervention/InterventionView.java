package dk.kk.registry.shared.intervention;

import dk.kk.registry.shared.common.Money;
import dk.kk.registry.shared.common.UncertainDate;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * An intervention as the registry shows it: details, the policy it belongs to (null where none is recorded), valid-time
 * areas and partners, money, stage, evaluations, decisions.
 */
public record InterventionView(
        String id,
        long version,
        String title,
        String description,
        InterventionKind kind,
        InterventionCategory category,
        String leadAdministration,
        String parent,
        String caseReference,
        Set<TargetGroup> targetGroups,
        List<String> goals,
        String policy,
        UncertainDate plannedStart,
        UncertainDate plannedEnd,
        UncertainDate endedOn,
        Stage stage,
        UncertainDate stageSince,
        List<AreaMembershipView> areas,
        List<PartnerView> partners,
        List<FundingLineView> funding,
        Money committedTotal,
        List<ExpenditureView> expenditures,
        Money spentTotal,
        List<EvaluationView> evaluations,
        List<DecisionView> decisions,
        List<CorrectionView> corrections,
        boolean overdueEvaluation,
        boolean endedWithoutEvaluation,
        Instant registeredAt,
        String registeredBy,
        Instant lastChangedAt) {}
