package dk.kk.registry.query.goal;

import dk.kk.registry.query.common.RecordedBy;
import dk.kk.registry.shared.common.UncertainValue;
import dk.kk.registry.shared.goal.Baseline;
import dk.kk.registry.shared.goal.GoalConcludedEvent;
import dk.kk.registry.shared.goal.GoalConclusionView;
import dk.kk.registry.shared.goal.GoalFieldChange;
import dk.kk.registry.shared.goal.GoalSetEvent;
import dk.kk.registry.shared.goal.GoalStatusCorrectionView;
import dk.kk.registry.shared.goal.GoalStatusReportCorrectedEvent;
import dk.kk.registry.shared.goal.GoalStatusReportView;
import dk.kk.registry.shared.goal.GoalStatusReportedEvent;
import dk.kk.registry.shared.goal.GoalTargetRevisedEvent;
import dk.kk.registry.shared.goal.GoalTargetView;
import dk.kk.registry.shared.goal.GoalView;
import dk.kk.registry.shared.goal.Target;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** The read model's document of one goal, stored as JSON per version. */
class GoalDocument {

    public String id;
    public String title;
    public String policy;
    public String ownerAdministration;
    public String indicator;
    public List<String> areas = new ArrayList<>();
    public String comparisonArea;
    public Baseline baseline;
    public Integer deadlineYear;
    public List<Report> reports = new ArrayList<>();
    public List<GoalTargetView> targets = new ArrayList<>();
    public GoalConclusionView conclusion;
    public Instant setAt;
    public String setBy;
    public Instant lastChangedAt;

    public static class Report {
        public int year;
        public UncertainValue areaValue;
        public UncertainValue comparisonValue;
        public String commentary;
        public String dataQualityNote;
        public String caseReference;
        public Instant reportedAt;
        public String reportedBy;
        public String reason;
        public List<GoalStatusCorrectionView> corrections = new ArrayList<>();

        GoalStatusReportView toView() {
            return new GoalStatusReportView(
                    year,
                    areaValue,
                    comparisonValue,
                    commentary,
                    dataQualityNote,
                    caseReference,
                    reportedAt,
                    reportedBy,
                    reason,
                    List.copyOf(corrections));
        }
    }

    void apply(GoalSetEvent event, RecordedBy by) {
        id = event.goalId();
        title = event.title();
        policy = event.policy();
        ownerAdministration = event.ownerAdministration();
        indicator = event.indicator();
        areas = event.areas() == null ? new ArrayList<>() : new ArrayList<>(event.areas());
        comparisonArea = event.comparisonArea();
        baseline = event.baseline();
        deadlineYear = event.deadlineYear();
        targets.add(target(event.target(), by));
        setAt = by.at();
        setBy = by.user();
    }

    void apply(GoalStatusReportedEvent event, RecordedBy by) {
        Report report = new Report();
        report.year = event.year();
        report.areaValue = event.areaValue();
        report.comparisonValue = event.comparisonValue();
        report.commentary = event.commentary();
        report.dataQualityNote = event.dataQualityNote();
        report.caseReference = event.caseReference();
        report.reportedAt = by.at();
        report.reportedBy = by.user();
        report.reason = by.reason();
        reports.add(report);
        reports.sort(Comparator.comparingInt(r -> r.year));
    }

    void apply(GoalStatusReportCorrectedEvent event, RecordedBy by) {
        Report report =
                reports.stream().filter(r -> r.year == event.year()).findFirst().orElse(null);
        if (report == null) {
            return;
        }
        List<GoalFieldChange> changes = new ArrayList<>();
        if (event.areaValue() != null) {
            changes.add(change("areaValue", report.areaValue, event.areaValue()));
            report.areaValue = event.areaValue();
        }
        if (event.comparisonValue() != null) {
            changes.add(change("comparisonValue", report.comparisonValue, event.comparisonValue()));
            report.comparisonValue = event.comparisonValue();
        }
        if (event.commentary() != null) {
            changes.add(new GoalFieldChange("commentary", report.commentary, text(event.commentary())));
            report.commentary = text(event.commentary());
        }
        if (event.dataQualityNote() != null) {
            changes.add(new GoalFieldChange("dataQualityNote", report.dataQualityNote, text(event.dataQualityNote())));
            report.dataQualityNote = text(event.dataQualityNote());
        }
        if (event.caseReference() != null) {
            changes.add(new GoalFieldChange("caseReference", report.caseReference, text(event.caseReference())));
            report.caseReference = text(event.caseReference());
        }
        changes.removeIf(change -> Objects.equals(change.from(), change.to()));
        report.corrections.add(new GoalStatusCorrectionView(by.at(), by.user(), by.reason(), changes));
    }

    void apply(GoalTargetRevisedEvent event, RecordedBy by) {
        targets.add(target(event.target(), by));
    }

    void apply(GoalConcludedEvent event, RecordedBy by) {
        conclusion = new GoalConclusionView(event.outcome(), event.year(), by.at(), by.user(), by.reason());
    }

    Target currentTarget() {
        GoalTargetView latest = targets.get(targets.size() - 1);
        return new Target(latest.type(), latest.value());
    }

    GoalView toView(long version) {
        return new GoalView(
                id,
                version,
                title,
                policy,
                ownerAdministration,
                indicator,
                List.copyOf(areas),
                comparisonArea,
                baseline,
                currentTarget(),
                deadlineYear,
                reports.stream().map(Report::toView).toList(),
                List.copyOf(targets),
                conclusion,
                setAt,
                setBy,
                lastChangedAt);
    }

    private static GoalTargetView target(Target target, RecordedBy by) {
        return new GoalTargetView(target.type(), target.value(), by.at(), by.user(), by.reason());
    }

    /** A value as text: {@code 0.6}, {@code 67..72}, {@code <60}, {@code >5}. */
    private static GoalFieldChange change(String field, UncertainValue from, UncertainValue to) {
        return new GoalFieldChange(field, from == null ? null : from.toString(), to.toString());
    }

    /** A corrected text recorded as empty was removed. */
    private static String text(String corrected) {
        return corrected.isEmpty() ? null : corrected;
    }
}
