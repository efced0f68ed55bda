package dk.kk.registry.shared.plan;

import java.time.Instant;
import java.util.List;

/**
 * A development plan as read: its area and policy, the wave and budget year and the source's statements about its
 * timing, its status with every change, the analysis, the mapped interventions, its goals, the measures with their
 * resources (and their sum), the follow-ups by year, who started it and when it last changed.
 */
public record DevelopmentPlanView(
        String id,
        long version,
        String area,
        String policy,
        String title,
        String purpose,
        Integer wave,
        Integer budgetYear,
        List<String> timing,
        PlanStatus status,
        List<PlanStatusView> statuses,
        List<AnalysisItemView> analysis,
        List<MappedInterventionView> mappedInterventions,
        List<PlanGoalView> goals,
        List<PlanMeasureView> measures,
        List<PlanFollowUpView> followUps,
        Instant createdAt,
        String createdBy,
        Instant lastChangedAt) {

    /** A status change: to what, effective from when, recorded when, by whom and why. */
    public record PlanStatusView(
            PlanStatus status,
            java.time.LocalDate effectiveFrom,
            Instant recordedAt,
            String recordedBy,
            String reason) {}

    /** A problem or potential with its evidence. */
    public record AnalysisItemView(
            String id,
            AnalysisKind kind,
            String description,
            List<String> indicators,
            List<String> measurements,
            Instant recordedAt,
            String recordedBy) {}

    /** An intervention mapped into the plan and the plan's assessment of it. */
    public record MappedInterventionView(String interventionId, String assessment, Instant mappedAt, String mappedBy) {}

    /** One of the plan's goals. */
    public record PlanGoalView(String goalId, Instant addedAt, String addedBy) {}

    /** A chosen measure: an intervention or a tool, the goals it serves, its resources and their exact sum. */
    public record PlanMeasureView(
            String id,
            String interventionId,
            String tool,
            List<String> goals,
            List<PlanResource> resources,
            dk.kk.registry.shared.common.Money totalResources,
            Instant chosenAt,
            String chosenBy,
            String reason) {}

    /** A year's follow-up as it reads now, and how many corrections made it so. */
    public record PlanFollowUpView(
            int year,
            List<ProgressNote> goals,
            List<ProgressNote> measures,
            String summary,
            Instant recordedAt,
            String recordedBy,
            List<PlanCorrectionView> corrections) {}

    /** A correction of a follow-up: when, by whom, why. */
    public record PlanCorrectionView(Instant correctedAt, String correctedBy, String reason) {}
}
