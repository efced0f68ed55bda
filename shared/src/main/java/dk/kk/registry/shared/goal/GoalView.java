package dk.kk.registry.shared.goal;

import java.time.Instant;
import java.util.List;

/**
 * A goal with its baseline, current target and deadline, its status reports (with their corrections), the history of
 * its target and its conclusion, if any. {@code areas} empty means city-wide.
 */
public record GoalView(
        String id,
        long version,
        String title,
        String policy,
        String ownerAdministration,
        String indicator,
        List<String> areas,
        String comparisonArea,
        Baseline baseline,
        Target target,
        Integer deadlineYear,
        List<GoalStatusReportView> statusReports,
        List<GoalTargetView> targetHistory,
        GoalConclusionView conclusion,
        Instant setAt,
        String setBy,
        Instant lastChangedAt) {}
