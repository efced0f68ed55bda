package dk.kk.registry.shared.goal;

import dk.kk.registry.shared.common.UncertainValue;
import java.time.Instant;
import java.util.List;

/** A status report as it stands after its corrections, with who reported it, when, why, and every correction. */
public record GoalStatusReportView(
        int year,
        UncertainValue areaValue,
        UncertainValue comparisonValue,
        String commentary,
        String dataQualityNote,
        String caseReference,
        Instant reportedAt,
        String reportedBy,
        String reason,
        List<GoalStatusCorrectionView> corrections) {}
