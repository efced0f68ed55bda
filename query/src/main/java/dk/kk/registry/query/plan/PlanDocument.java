package dk.kk.registry.query.plan;

import dk.kk.registry.query.common.RecordedBy;
import dk.kk.registry.shared.common.Money;
import dk.kk.registry.shared.plan.DevelopmentPlanCreatedEvent;
import dk.kk.registry.shared.plan.DevelopmentPlanView;
import dk.kk.registry.shared.plan.DevelopmentPlanView.AnalysisItemView;
import dk.kk.registry.shared.plan.DevelopmentPlanView.MappedInterventionView;
import dk.kk.registry.shared.plan.DevelopmentPlanView.PlanCorrectionView;
import dk.kk.registry.shared.plan.DevelopmentPlanView.PlanFollowUpView;
import dk.kk.registry.shared.plan.DevelopmentPlanView.PlanGoalView;
import dk.kk.registry.shared.plan.DevelopmentPlanView.PlanMeasureView;
import dk.kk.registry.shared.plan.DevelopmentPlanView.PlanStatusView;
import dk.kk.registry.shared.plan.InterventionMappedIntoPlanEvent;
import dk.kk.registry.shared.plan.MappedInterventionRemovedEvent;
import dk.kk.registry.shared.plan.PlanAnalysisItemRecordedEvent;
import dk.kk.registry.shared.plan.PlanFollowUpCorrectedEvent;
import dk.kk.registry.shared.plan.PlanFollowUpRecordedEvent;
import dk.kk.registry.shared.plan.PlanGoalAddedEvent;
import dk.kk.registry.shared.plan.PlanGoalRemovedEvent;
import dk.kk.registry.shared.plan.PlanMeasureChosenEvent;
import dk.kk.registry.shared.plan.PlanMeasureRemovedEvent;
import dk.kk.registry.shared.plan.PlanResource;
import dk.kk.registry.shared.plan.PlanStatus;
import dk.kk.registry.shared.plan.PlanStatusChangedEvent;
import dk.kk.registry.shared.plan.ProgressNote;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The read model's document of one development plan, stored as JSON per version. */
class PlanDocument {

    public String id;
    public String area;
    public String policy;
    public String title;
    public String purpose;
    public Integer wave;
    public Integer budgetYear;
    public List<String> timing = new ArrayList<>();
    public PlanStatus status;
    public List<PlanStatusView> statuses = new ArrayList<>();
    public List<AnalysisItemView> analysis = new ArrayList<>();
    public List<MappedInterventionView> mapped = new ArrayList<>();
    public List<PlanGoalView> goals = new ArrayList<>();
    public List<Measure> measures = new ArrayList<>();
    public List<FollowUp> followUps = new ArrayList<>();
    public Instant createdAt;
    public String createdBy;
    public Instant lastChangedAt;

    public static class Measure {
        public String id;
        public String interventionId;
        public String tool;
        public List<String> goals = new ArrayList<>();
        public List<PlanResource> resources = new ArrayList<>();
        public Instant chosenAt;
        public String chosenBy;
        public String reason;
    }

    public static class FollowUp {
        public int year;
        public List<ProgressNote> goals = new ArrayList<>();
        public List<ProgressNote> measures = new ArrayList<>();
        public String summary;
        public Instant recordedAt;
        public String recordedBy;
        public List<PlanCorrectionView> corrections = new ArrayList<>();
    }

    void apply(DevelopmentPlanCreatedEvent event, RecordedBy by) {
        id = event.planId();
        area = event.area();
        policy = event.policy();
        title = event.title();
        purpose = event.purpose();
        wave = event.wave();
        budgetYear = event.budgetYear();
        timing = event.timing() == null ? new ArrayList<>() : new ArrayList<>(event.timing());
        status = PlanStatus.DRAFTING;
        statuses.add(new PlanStatusView(PlanStatus.DRAFTING, null, by.at(), by.user(), by.reason()));
        createdAt = by.at();
        createdBy = by.user();
    }

    void apply(PlanStatusChangedEvent event, RecordedBy by) {
        status = event.status();
        statuses.add(new PlanStatusView(event.status(), event.effectiveFrom(), by.at(), by.user(), by.reason()));
    }

    void apply(PlanAnalysisItemRecordedEvent event, RecordedBy by) {
        analysis.add(new AnalysisItemView(
                event.itemId(),
                event.kind(),
                event.description(),
                event.indicators(),
                event.measurements(),
                by.at(),
                by.user()));
    }

    void apply(InterventionMappedIntoPlanEvent event, RecordedBy by) {
        mapped.add(new MappedInterventionView(event.interventionId(), event.assessment(), by.at(), by.user()));
    }

    void apply(MappedInterventionRemovedEvent event) {
        mapped.removeIf(m -> m.interventionId().equals(event.interventionId()));
    }

    void apply(PlanGoalAddedEvent event, RecordedBy by) {
        goals.add(new PlanGoalView(event.goalId(), by.at(), by.user()));
    }

    void apply(PlanGoalRemovedEvent event) {
        goals.removeIf(g -> g.goalId().equals(event.goalId()));
    }

    void apply(PlanMeasureChosenEvent event, RecordedBy by) {
        Measure measure = new Measure();
        measure.id = event.measureId();
        measure.interventionId = event.interventionId();
        measure.tool = event.tool();
        measure.goals = new ArrayList<>(event.goals());
        measure.resources = new ArrayList<>(event.resources());
        measure.chosenAt = by.at();
        measure.chosenBy = by.user();
        measure.reason = by.reason();
        measures.add(measure);
    }

    void apply(PlanMeasureRemovedEvent event) {
        measures.removeIf(m -> m.id.equals(event.measureId()));
    }

    void apply(PlanFollowUpRecordedEvent event, RecordedBy by) {
        FollowUp followUp = new FollowUp();
        followUp.year = event.year();
        followUp.goals = new ArrayList<>(event.goals());
        followUp.measures = new ArrayList<>(event.measures());
        followUp.summary = event.summary();
        followUp.recordedAt = by.at();
        followUp.recordedBy = by.user();
        followUps.add(followUp);
        followUps.sort(Comparator.comparingInt(f -> f.year));
    }

    void apply(PlanFollowUpCorrectedEvent event, RecordedBy by) {
        followUps.stream().filter(f -> f.year == event.year()).findFirst().ifPresent(followUp -> {
            followUp.goals = new ArrayList<>(event.goals());
            followUp.measures = new ArrayList<>(event.measures());
            followUp.summary = event.summary();
            followUp.corrections.add(new PlanCorrectionView(by.at(), by.user(), by.reason()));
        });
    }

    DevelopmentPlanView toView(long version) {
        return new DevelopmentPlanView(
                id,
                version,
                area,
                policy,
                title,
                purpose,
                wave,
                budgetYear,
                List.copyOf(timing),
                status,
                List.copyOf(statuses),
                List.copyOf(analysis),
                List.copyOf(mapped),
                List.copyOf(goals),
                measures.stream().map(PlanDocument::view).toList(),
                followUps.stream()
                        .map(f -> new PlanFollowUpView(
                                f.year,
                                List.copyOf(f.goals),
                                List.copyOf(f.measures),
                                f.summary,
                                f.recordedAt,
                                f.recordedBy,
                                List.copyOf(f.corrections)))
                        .toList(),
                createdAt,
                createdBy,
                lastChangedAt);
    }

    private static PlanMeasureView view(Measure measure) {
        Money total = measure.resources.stream().map(PlanResource::amount).reduce(Money.zero(), Money::plus);
        return new PlanMeasureView(
                measure.id,
                measure.interventionId,
                measure.tool,
                List.copyOf(measure.goals),
                List.copyOf(measure.resources),
                total,
                measure.chosenAt,
                measure.chosenBy,
                measure.reason);
    }
}
