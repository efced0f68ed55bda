package dk.kk.registry.command.plan;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.kk.registry.command.common.AlreadyRecorded;
import dk.kk.registry.command.common.ChangesGiveAReason;
import dk.kk.registry.command.common.NewIds;
import dk.kk.registry.command.common.NothingChanged;
import dk.kk.registry.command.common.ReferenceCatalog;
import dk.kk.registry.command.common.RuleViolation;
import dk.kk.registry.command.common.Years;
import dk.kk.registry.command.plan.MeasuresServePlanGoals.Measure;
import dk.kk.registry.shared.common.ReferenceKind;
import dk.kk.registry.shared.plan.AddPlanGoalCommand;
import dk.kk.registry.shared.plan.AnalysisItem;
import dk.kk.registry.shared.plan.ChangePlanStatusCommand;
import dk.kk.registry.shared.plan.ChoosePlanMeasureCommand;
import dk.kk.registry.shared.plan.CorrectPlanFollowUpCommand;
import dk.kk.registry.shared.plan.CreateDevelopmentPlanCommand;
import dk.kk.registry.shared.plan.DevelopmentPlanCreatedEvent;
import dk.kk.registry.shared.plan.InterventionMappedIntoPlanEvent;
import dk.kk.registry.shared.plan.MapInterventionIntoPlanCommand;
import dk.kk.registry.shared.plan.MappedInterventionRemovedEvent;
import dk.kk.registry.shared.plan.PlanAnalysisItemRecordedEvent;
import dk.kk.registry.shared.plan.PlanFollowUpCorrectedEvent;
import dk.kk.registry.shared.plan.PlanFollowUpRecordedEvent;
import dk.kk.registry.shared.plan.PlanGoalAddedEvent;
import dk.kk.registry.shared.plan.PlanGoalRemovedEvent;
import dk.kk.registry.shared.plan.PlanMeasureChosenEvent;
import dk.kk.registry.shared.plan.PlanMeasureRemovedEvent;
import dk.kk.registry.shared.plan.PlanStatus;
import dk.kk.registry.shared.plan.PlanStatusChangedEvent;
import dk.kk.registry.shared.plan.ProgressNote;
import dk.kk.registry.shared.plan.RecordPlanAnalysisCommand;
import dk.kk.registry.shared.plan.RecordPlanFollowUpCommand;
import dk.kk.registry.shared.plan.RemoveMappedInterventionCommand;
import dk.kk.registry.shared.plan.RemovePlanGoalCommand;
import dk.kk.registry.shared.plan.RemovePlanMeasureCommand;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A development plan (udviklingsplan) for one area under one policy: its status, the analysis of the area, the
 * interventions mapped into it, the area's goals it pursues, the measures chosen to reach them with their resources,
 * and a follow-up per year. What is added can be taken out again with a reason (a mapped intervention, a goal no
 * measure serves, a measure). Every handler answers with the new version.
 */
@Aggregate(cache = "developmentPlanCache")
class DevelopmentPlan {

    static final int TEXT = 10_000;
    static final int ITEMS = 100;

    @AggregateIdentifier
    private String planId;

    private String area;
    private PlanStatus status;
    private LocalDate statusSince;
    private final Set<String> analysisItems = new HashSet<>();
    private final Set<String> mapped = new HashSet<>();
    private final Set<String> goals = new HashSet<>();
    private final Map<String, Measure> measures = new LinkedHashMap<>();
    private final Map<Integer, PlanFollowUpRecordedEvent> followUps = new LinkedHashMap<>();

    DevelopmentPlan() {}

    @CommandHandler
    DevelopmentPlan(CreateDevelopmentPlanCommand command, ReferenceCatalog catalog, LivePlans plans) {
        NewIds.requireText(command.planId(), "id", 64);
        catalog.require(ReferenceKind.AREA, command.area(), "area");
        catalog.require(ReferenceKind.POLICY, command.policy(), "policy");
        NewIds.requireText(command.title(), "title", 300);
        if (command.wave() != null && command.wave() < 1) {
            throw new RuleViolation("PlausibleWaves", "wave", "a wave is counted from 1");
        }
        if (command.budgetYear() != null) {
            Years.requirePlausible(command.budgetYear(), "budgetYear");
        }
        List<String> timing = command.timing() == null
                ? List.of()
                : command.timing().stream()
                        .map(FollowUpRules::text)
                        .filter(Objects::nonNull)
                        .toList();
        NewIds.requireUnused(catalog, command.planId(), ReferenceKind.DEVELOPMENT_PLAN);
        OnePlanPerAreaAndPolicy.check(plans, command.area(), command.policy());
        apply(new DevelopmentPlanCreatedEvent(
                command.planId(),
                command.area(),
                command.policy(),
                command.title().strip(),
                FollowUpRules.text(command.purpose()),
                command.wave(),
                command.budgetYear(),
                timing));
    }

    @CommandHandler
    long handle(ChangePlanStatusCommand command, MetaData metaData) {
        ChangesGiveAReason.check(metaData, "a status change");
        PlanStatusMovesForward.check(status, statusSince, command.status(), command.effectiveFrom());
        apply(new PlanStatusChangedEvent(planId, command.status(), command.effectiveFrom()));
        return version();
    }

    @CommandHandler
    long handle(RecordPlanAnalysisCommand command, ReferenceCatalog catalog) {
        List<AnalysisItem> items = command.items();
        if (items == null || items.isEmpty()) {
            throw new RuleViolation("RequiredFields", "items", "the analysis names at least one problem or potential");
        }
        if (items.size() > ITEMS
                || command.itemIds() == null
                || command.itemIds().size() != items.size()) {
            throw new RuleViolation("TextLimits", "items", "an analysis records 1 to " + ITEMS + " items at a time");
        }
        for (int i = 0; i < items.size(); i++) {
            checkItem(items.get(i), "items[" + i + "]", catalog);
            if (analysisItems.contains(command.itemIds().get(i))) {
                throw new AlreadyRecorded("analysis item " + command.itemIds().get(i) + " is already recorded");
            }
        }
        for (int i = 0; i < items.size(); i++) {
            AnalysisItem item = items.get(i);
            apply(new PlanAnalysisItemRecordedEvent(
                    planId,
                    command.itemIds().get(i),
                    item.kind(),
                    item.description().strip(),
                    List.copyOf(listOf(item.indicators())),
                    List.copyOf(listOf(item.measurements()))));
        }
        return version();
    }

    @CommandHandler
    long handle(MapInterventionIntoPlanCommand command, ReferenceCatalog catalog) {
        catalog.require(ReferenceKind.INTERVENTION, command.interventionId(), "interventionId");
        if (mapped.contains(command.interventionId())) {
            throw new AlreadyRecorded("intervention " + command.interventionId() + " is already mapped into the plan");
        }
        apply(new InterventionMappedIntoPlanEvent(
                planId, command.interventionId(), FollowUpRules.text(command.assessment())));
        return version();
    }

    @CommandHandler
    long handle(RemoveMappedInterventionCommand command, MetaData metaData) {
        ChangesGiveAReason.check(metaData, "a removal");
        if (!mapped.contains(command.interventionId())) {
            throw new RuleViolation(
                    "RemovalsNameWhatIsThere",
                    "interventionId",
                    "intervention " + command.interventionId() + " is not mapped into the plan");
        }
        apply(new MappedInterventionRemovedEvent(planId, command.interventionId()));
        return version();
    }

    @CommandHandler
    long handle(AddPlanGoalCommand command, ReferenceCatalog catalog, GoalScopes scopes) {
        catalog.require(ReferenceKind.GOAL, command.goalId(), "goalId");
        if (goals.contains(command.goalId())) {
            throw new AlreadyRecorded("goal " + command.goalId() + " is already a goal of the plan");
        }
        if (!scopes.areasOf(command.goalId()).contains(area)) {
            throw new RuleViolation(
                    "PlanGoalsConcernTheArea",
                    "goalId",
                    "goal " + command.goalId() + " is not about " + area + "; a plan takes its own area's goals");
        }
        apply(new PlanGoalAddedEvent(planId, command.goalId()));
        return version();
    }

    @CommandHandler
    long handle(RemovePlanGoalCommand command, MetaData metaData) {
        ChangesGiveAReason.check(metaData, "a removal");
        if (!goals.contains(command.goalId())) {
            throw new RuleViolation(
                    "RemovalsNameWhatIsThere", "goalId", "goal " + command.goalId() + " is not a goal of the plan");
        }
        MeasuresServePlanGoals.checkRemoval(command.goalId(), measures.values());
        apply(new PlanGoalRemovedEvent(planId, command.goalId()));
        return version();
    }

    @CommandHandler
    long handle(ChoosePlanMeasureCommand command, ReferenceCatalog catalog) {
        if (status == PlanStatus.SUPERSEDED) {
            throw new RuleViolation(
                    "SupersededPlansTakeNoMeasures",
                    "status",
                    "the plan is superseded; measures go into the plan that replaced it");
        }
        MeasureRules.check(command, catalog);
        MeasuresServePlanGoals.check(command.goals(), goals);
        if (measures.containsKey(command.measureId())) {
            throw new AlreadyRecorded("measure " + command.measureId() + " is already chosen");
        }
        apply(new PlanMeasureChosenEvent(
                planId,
                command.measureId(),
                FollowUpRules.text(command.interventionId()),
                FollowUpRules.text(command.tool()),
                List.copyOf(command.goals()),
                command.resources() == null ? List.of() : List.copyOf(command.resources())));
        return version();
    }

    @CommandHandler
    long handle(RemovePlanMeasureCommand command, MetaData metaData) {
        ChangesGiveAReason.check(metaData, "a removal");
        if (command.measureId() == null || !measures.containsKey(command.measureId())) {
            throw new RuleViolation(
                    "RemovalsNameWhatIsThere",
                    "measureId",
                    "measure " + command.measureId() + " is not one of the plan's measures");
        }
        apply(new PlanMeasureRemovedEvent(planId, command.measureId()));
        return version();
    }

    @CommandHandler
    long handle(RecordPlanFollowUpCommand command) {
        Years.requirePlausible(command.year(), "year");
        Years.requireBegun(command.year(), "year");
        if (followUps.containsKey(command.year())) {
            throw new AlreadyRecorded("the follow-up of " + command.year() + " is already recorded; "
                    + "record a correction of it instead");
        }
        checkFollowUp(command.goals(), command.measures(), command.summary());
        apply(new PlanFollowUpRecordedEvent(
                planId,
                command.year(),
                FollowUpRules.stripped(command.goals()),
                FollowUpRules.stripped(command.measures()),
                FollowUpRules.text(command.summary())));
        return version();
    }

    @CommandHandler
    long handle(CorrectPlanFollowUpCommand command, MetaData metaData) {
        ChangesGiveAReason.check(metaData, "a correction");
        NewIds.requirePresent(command.year(), "year");
        PlanFollowUpRecordedEvent recorded = followUps.get(command.year());
        if (recorded == null) {
            throw new RuleViolation(
                    "CorrectionsNameAFollowUp", "year", "there is no follow-up of " + command.year() + " to correct");
        }
        checkFollowUp(command.goals(), command.measures(), command.summary());
        PlanFollowUpRecordedEvent corrected = new PlanFollowUpRecordedEvent(
                planId,
                command.year(),
                FollowUpRules.stripped(command.goals()),
                FollowUpRules.stripped(command.measures()),
                FollowUpRules.text(command.summary()));
        if (corrected.equals(recorded)) {
            throw new NothingChanged(null, "the correction changes nothing in the follow-up of " + command.year());
        }
        apply(new PlanFollowUpCorrectedEvent(
                planId, corrected.year(), corrected.goals(), corrected.measures(), corrected.summary()));
        return version();
    }

    private void checkFollowUp(List<ProgressNote> goalNotes, List<ProgressNote> measureNotes, String summary) {
        boolean empty =
                listOf(goalNotes).isEmpty() && listOf(measureNotes).isEmpty() && FollowUpRules.text(summary) == null;
        if (empty) {
            throw new RuleViolation(
                    "RequiredFields",
                    "summary",
                    "a follow-up says something: a summary or the progress of a goal or measure");
        }
        FollowUpRules.check(goalNotes, goals, "goals", "a goal");
        FollowUpRules.check(measureNotes, measures.keySet(), "measures", "a measure");
    }

    private static void checkItem(AnalysisItem item, String field, ReferenceCatalog catalog) {
        NewIds.requirePresent(item, field);
        NewIds.requirePresent(item.kind(), field + ".kind");
        NewIds.requireText(item.description(), field + ".description", TEXT);
        List<String> indicators = listOf(item.indicators());
        for (int j = 0; j < indicators.size(); j++) {
            catalog.require(ReferenceKind.INDICATOR, indicators.get(j), field + ".indicators[" + j + "]");
        }
        List<String> measurements = listOf(item.measurements());
        for (int j = 0; j < measurements.size(); j++) {
            catalog.require(ReferenceKind.MEASUREMENT, measurements.get(j), field + ".measurements[" + j + "]");
        }
    }

    private static <T> List<T> listOf(List<T> values) {
        return values == null ? List.of() : values;
    }

    private static long version() {
        return AggregateLifecycle.getVersion();
    }

    @EventSourcingHandler
    void on(DevelopmentPlanCreatedEvent event) {
        planId = event.planId();
        area = event.area();
        status = PlanStatus.DRAFTING;
    }

    @EventSourcingHandler
    void on(PlanStatusChangedEvent event) {
        status = event.status();
        statusSince = event.effectiveFrom();
    }

    @EventSourcingHandler
    void on(PlanAnalysisItemRecordedEvent event) {
        analysisItems.add(event.itemId());
    }

    @EventSourcingHandler
    void on(InterventionMappedIntoPlanEvent event) {
        mapped.add(event.interventionId());
    }

    @EventSourcingHandler
    void on(MappedInterventionRemovedEvent event) {
        mapped.remove(event.interventionId());
    }

    @EventSourcingHandler
    void on(PlanGoalAddedEvent event) {
        goals.add(event.goalId());
    }

    @EventSourcingHandler
    void on(PlanGoalRemovedEvent event) {
        goals.remove(event.goalId());
    }

    @EventSourcingHandler
    void on(PlanMeasureChosenEvent event) {
        measures.put(event.measureId(), new Measure(event.measureId(), event.goals()));
    }

    @EventSourcingHandler
    void on(PlanMeasureRemovedEvent event) {
        measures.remove(event.measureId());
    }

    @EventSourcingHandler
    void on(PlanFollowUpRecordedEvent event) {
        followUps.put(event.year(), event);
    }

    @EventSourcingHandler
    void on(PlanFollowUpCorrectedEvent event) {
        followUps.put(
                event.year(),
                new PlanFollowUpRecordedEvent(
                        event.planId(), event.year(), event.goals(), event.measures(), event.summary()));
    }
}
