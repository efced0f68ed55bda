package dk.kk.registry.infra.ui;

import dk.kk.registry.infra.audit.AuditEventView;
import dk.kk.registry.infra.audit.ChainWatch;
import dk.kk.registry.infra.audit.EventLog;
import dk.kk.registry.infra.gateway.Queries;
import dk.kk.registry.infra.operations.DeadLetters;
import dk.kk.registry.infra.operations.Projections;
import dk.kk.registry.infra.security.CurrentActor;
import dk.kk.registry.shared.common.Role;
import dk.kk.registry.shared.goal.Attainment;
import dk.kk.registry.shared.goal.FindGoalBoardQuery;
import dk.kk.registry.shared.goal.GoalBoard;
import dk.kk.registry.shared.goal.GoalBoardRow;
import dk.kk.registry.shared.intervention.ActionNeeded;
import dk.kk.registry.shared.intervention.FindInterventionsNeedingActionQuery;
import dk.kk.registry.shared.intervention.FindOverdueEvaluationsQuery;
import dk.kk.registry.shared.intervention.FindRecentlyChangedInterventionsQuery;
import dk.kk.registry.shared.intervention.InterventionPage;
import dk.kk.registry.shared.intervention.InterventionsNeedingAction;
import dk.kk.registry.shared.intervention.SearchInterventionsQuery;
import dk.kk.registry.shared.intervention.Stage;
import dk.kk.registry.shared.measurement.FindRecentMeasurementsQuery;
import dk.kk.registry.shared.measurement.RecentMeasurementView;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page answers why each role came: the counts that matter, and then a project manager's interventions
 * needing action; an evaluator's goals off track or without data, the newest measurements and the evaluations falling
 * due; an auditor's chain, newest corrections and projections; an administrator's dead letters, reference data
 * changes and projections. A project manager sees their own administration's interventions.
 */
@Controller
class HomeController {

    private static final int LISTED = 10;
    /** The events that correct or retract what an earlier event recorded. */
    static final Set<String> CORRECTIONS = Set.of(
            "InterventionEventCorrectedEvent",
            "MeasurementCorrectedEvent",
            "MeasurementRetractedEvent",
            "GoalStatusReportCorrectedEvent");
    /** The events that change the reference data an administrator keeps. */
    static final Set<String> REFERENCE_CHANGES = Set.of(
            "AreaRegisteredEvent",
            "AreaRenamedEvent",
            "AreaDesignatedEvent",
            "DesignationEndedEvent",
            "OrganisationRegisteredEvent",
            "IndicatorDefinedEvent",
            "IndicatorRedefinedEvent",
            "PolicyAdoptedEvent",
            "DesignationCriteriaRevisedEvent",
            "ScreeningRuleSetEvent");

    private static final Set<Attainment> NEEDING_ATTENTION =
            EnumSet.of(Attainment.OFF_TRACK, Attainment.NOT_MET, Attainment.NO_DATA);

    private final Queries queries;
    private final EventLog log;
    private final ChainWatch chain;
    private final Projections projections;
    private final DeadLetters deadLetters;
    private final ReferenceLists references;
    private final IndicatorLists indicators;
    private final AggregateNames aggregateNames;
    private final Duration evaluationGrace;

    HomeController(
            Queries queries,
            EventLog log,
            ChainWatch chain,
            Projections projections,
            DeadLetters deadLetters,
            ReferenceLists references,
            IndicatorLists indicators,
            AggregateNames aggregateNames,
            @Value("${registry.evaluations.grace-period:90d}") Duration evaluationGrace) {
        this.queries = queries;
        this.log = log;
        this.chain = chain;
        this.projections = projections;
        this.deadLetters = deadLetters;
        this.references = references;
        this.indicators = indicators;
        this.aggregateNames = aggregateNames;
        this.evaluationGrace = evaluationGrace;
    }

    @GetMapping("/")
    String home(HttpSession session, Model model) {
        Instant asOf = ViewedAsOf.of(session);
        CurrentActor actor = CurrentActor.get();
        String administration = actor.role() == Role.PROJECT_MANAGER ? actor.administration() : null;
        model.addAttribute("all", count(null, null, asOf));
        model.addAttribute("active", count(administration, Stage.ACTIVE, asOf));
        if (administration != null) {
            model.addAttribute("mine", count(administration, null, asOf));
        }
        InterventionPage overdue =
                queries.one(new FindOverdueEvaluationsQuery(asOf, 0, LISTED), InterventionPage.class);
        model.addAttribute("overdue", overdue);
        model.addAttribute(
                "recent",
                queries.one(
                        new FindRecentlyChangedInterventionsQuery(administration, asOf, LISTED),
                        InterventionPage.class));
        LocalDate today = LocalDate.ofInstant(asOf == null ? Instant.now() : asOf, UiFormat.COPENHAGEN);
        // The valid-time question beside the as-of one starts at the year the auditor looks at.
        model.addAttribute("ranInYear", asOf == null ? null : today.getYear());
        switch (actor.role()) {
            case PROJECT_MANAGER ->
                model.addAttribute(
                        "needsAction", needingAction(administration, today, EnumSet.noneOf(ActionNeeded.class), asOf));
            case EVALUATOR -> evaluatorsAnswers(today, asOf, model);
            case AUDITOR -> auditorsAnswers(asOf, model);
            case ADMIN -> administratorsAnswers(asOf, model);
            default -> {}
        }
        if (actor.role() == Role.AUDITOR || actor.role() == Role.ADMIN) {
            model.addAttribute("firstRecorded", log.firstRecordedAt().orElse(null));
        }
        return "home";
    }

    private void evaluatorsAnswers(LocalDate today, Instant asOf, Model model) {
        GoalBoard board = queries.one(new FindGoalBoardQuery(null, null, asOf, 0, 500), GoalBoard.class);
        List<GoalBoardRow> attention = board.items().stream()
                .filter(row -> NEEDING_ATTENTION.contains(row.attainment()))
                .limit(LISTED)
                .toList();
        model.addAttribute("goalsAttention", attention);
        model.addAttribute(
                "newMeasurements",
                queries.list(new FindRecentMeasurementsQuery(asOf, LISTED), RecentMeasurementView.class));
        model.addAttribute("indicatorNames", indicators.byId(asOf));
        model.addAttribute(
                "evaluationsDue",
                needingAction(
                        null, today, EnumSet.of(ActionNeeded.EVALUATION_OVERDUE, ActionNeeded.EVALUATION_DUE), asOf));
        model.addAttribute("names", references.names(asOf));
    }

    private void auditorsAnswers(Instant asOf, Model model) {
        model.addAttribute("chainState", chain.state());
        List<AuditEventView> corrections = latest(CORRECTIONS, asOf);
        model.addAttribute("corrections", corrections);
        model.addAttribute("eventNames", aggregateNames.of(corrections, asOf));
        model.addAttribute("projections", projections.statuses());
    }

    private void administratorsAnswers(Instant asOf, Model model) {
        model.addAttribute("deadLetterCount", deadLetters.count(null));
        model.addAttribute("deadLetters", deadLetters.list(null, 0, LISTED));
        List<AuditEventView> changes = latest(REFERENCE_CHANGES, asOf);
        model.addAttribute("referenceChanges", changes);
        model.addAttribute("eventNames", aggregateNames.of(changes, asOf));
        model.addAttribute("projections", projections.statuses());
        model.addAttribute("names", references.names(asOf));
    }

    private List<AuditEventView> latest(Set<String> types, Instant asOf) {
        return log.latest(types, asOf == null ? null : asOf.plusNanos(1000), LISTED);
    }

    private InterventionsNeedingAction needingAction(
            String administration, LocalDate today, Set<ActionNeeded> wanted, Instant asOf) {
        return queries.one(
                new FindInterventionsNeedingActionQuery(
                        administration, today, evaluationGrace, wanted, asOf, LISTED * 2),
                InterventionsNeedingAction.class);
    }

    private long count(String administration, Stage stage, Instant asOf) {
        return queries.one(
                        new SearchInterventionsQuery(
                                null,
                                administration,
                                null,
                                null,
                                stage,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                asOf,
                                0,
                                1),
                        InterventionPage.class)
                .total();
    }
}
