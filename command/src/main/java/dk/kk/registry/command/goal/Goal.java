package dk.kk.registry.command.goal;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.kk.registry.command.common.AlreadyRecorded;
import dk.kk.registry.command.common.ChangesGiveAReason;
import dk.kk.registry.command.common.NewIds;
import dk.kk.registry.command.common.NothingChanged;
import dk.kk.registry.command.common.ReferenceCatalog;
import dk.kk.registry.command.common.RuleViolation;
import dk.kk.registry.shared.common.ReferenceKind;
import dk.kk.registry.shared.goal.Baseline;
import dk.kk.registry.shared.goal.ConcludeGoalCommand;
import dk.kk.registry.shared.goal.CorrectGoalStatusReportCommand;
import dk.kk.registry.shared.goal.GoalConcludedEvent;
import dk.kk.registry.shared.goal.GoalSetEvent;
import dk.kk.registry.shared.goal.GoalStatusReportCorrectedEvent;
import dk.kk.registry.shared.goal.GoalStatusReportedEvent;
import dk.kk.registry.shared.goal.GoalTargetRevisedEvent;
import dk.kk.registry.shared.goal.ReportGoalStatusCommand;
import dk.kk.registry.shared.goal.ReviseGoalTargetCommand;
import dk.kk.registry.shared.goal.SetGoalCommand;
import dk.kk.registry.shared.goal.Target;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A measurable goal (målsætning) under a policy, owned by an administration and measured by an indicator, with a
 * status report per year, target revisions and at most one conclusion. Every handler answers with the new version.
 */
@Aggregate(cache = "goalCache")
class Goal {

    @AggregateIdentifier
    private String goalId;

    private Baseline baseline;
    private Target target;
    private GoalConcludedEvent conclusion;
    private final SortedMap<Integer, StatusFacts> reports = new TreeMap<>();

    Goal() {}

    @CommandHandler
    Goal(SetGoalCommand command, ReferenceCatalog catalog) {
        NewIds.requireText(command.goalId(), "id", 64);
        GoalDefinitionRules.check(command, catalog);
        String comparisonArea = GoalDefinitionRules.comparisonAreaOf(command);
        List<String> areas = command.areas() == null ? List.of() : List.copyOf(command.areas());
        NewIds.requireUnused(catalog, command.goalId(), ReferenceKind.GOAL);
        apply(new GoalSetEvent(
                command.goalId(),
                command.title().strip(),
                command.policy(),
                command.ownerAdministration(),
                command.indicator(),
                areas,
                comparisonArea,
                command.baseline(),
                command.target(),
                command.deadlineYear()));
    }

    @CommandHandler
    long handle(ReportGoalStatusCommand command) {
        ConcludedGoalsStayClosed.check(conclusion);
        StatusReportRules.checkYear(command.year(), baseline);
        if (reports.containsKey(command.year())) {
            throw new AlreadyRecorded("the status for " + command.year() + " is already reported; "
                    + "record a correction of that report instead");
        }
        StatusFacts facts = StatusFacts.reported(
                command.areaValue(),
                command.comparisonValue(),
                command.commentary(),
                command.dataQualityNote(),
                command.caseReference());
        StatusReportRules.checkFacts(facts);
        StatusReportRules.checkComparison(facts, target);
        apply(new GoalStatusReportedEvent(
                goalId,
                command.year(),
                facts.areaValue(),
                facts.comparisonValue(),
                facts.commentary(),
                facts.dataQualityNote(),
                facts.caseReference()));
        return version();
    }

    @CommandHandler
    long handle(CorrectGoalStatusReportCommand command, MetaData metaData) {
        ChangesGiveAReason.check(metaData, "a correction");
        NewIds.requirePresent(command.year(), "year");
        StatusFacts reported = reports.get(command.year());
        if (reported == null) {
            throw new RuleViolation(
                    "CorrectionsNameAReport",
                    "year",
                    "there is no status report for " + command.year() + " to correct");
        }
        StatusFacts corrected = reported.corrected(
                command.areaValue(),
                command.comparisonValue(),
                command.commentary(),
                command.dataQualityNote(),
                command.caseReference());
        if (corrected.equals(reported)) {
            throw new NothingChanged(null, "the correction changes nothing in the status report for " + command.year());
        }
        StatusReportRules.checkFacts(corrected);
        apply(new GoalStatusReportCorrectedEvent(
                goalId,
                command.year(),
                command.areaValue(),
                command.comparisonValue(),
                StatusFacts.correctedText(command.commentary()),
                StatusFacts.correctedText(command.dataQualityNote()),
                StatusFacts.correctedText(command.caseReference())));
        return version();
    }

    @CommandHandler
    long handle(ReviseGoalTargetCommand command, MetaData metaData) {
        ConcludedGoalsStayClosed.check(conclusion);
        ChangesGiveAReason.check(metaData, "a target revision");
        TargetsAreMeasurable.check(command.target(), baseline);
        if (TargetsAreMeasurable.same(command.target(), target)) {
            throw new NothingChanged("target", "the goal already has this target");
        }
        apply(new GoalTargetRevisedEvent(goalId, command.target()));
        return version();
    }

    @CommandHandler
    long handle(ConcludeGoalCommand command, MetaData metaData) {
        ConcludedGoalsStayClosed.check(conclusion);
        ChangesGiveAReason.check(metaData, "a conclusion");
        ConclusionRules.check(command, baseline, reports.isEmpty() ? null : reports.lastKey());
        apply(new GoalConcludedEvent(goalId, command.outcome(), command.year()));
        return version();
    }

    private static long version() {
        return AggregateLifecycle.getVersion();
    }

    @EventSourcingHandler
    void on(GoalSetEvent event) {
        goalId = event.goalId();
        baseline = event.baseline();
        target = event.target();
    }

    @EventSourcingHandler
    void on(GoalStatusReportedEvent event) {
        reports.put(
                event.year(),
                StatusFacts.reported(
                        event.areaValue(),
                        event.comparisonValue(),
                        event.commentary(),
                        event.dataQualityNote(),
                        event.caseReference()));
    }

    @EventSourcingHandler
    void on(GoalStatusReportCorrectedEvent event) {
        reports.computeIfPresent(
                event.year(),
                (year, facts) -> facts.corrected(
                        event.areaValue(),
                        event.comparisonValue(),
                        event.commentary(),
                        event.dataQualityNote(),
                        event.caseReference()));
    }

    @EventSourcingHandler
    void on(GoalTargetRevisedEvent event) {
        target = event.target();
    }

    @EventSourcingHandler
    void on(GoalConcludedEvent event) {
        conclusion = event;
    }
}
