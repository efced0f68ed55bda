package dk.kk.registry.query.plan;

import dk.kk.registry.query.common.AsOf;
import dk.kk.registry.shared.common.Money;
import dk.kk.registry.shared.goal.FindGoalBoardQuery;
import dk.kk.registry.shared.goal.FindGoalQuery;
import dk.kk.registry.shared.goal.GoalBoard;
import dk.kk.registry.shared.goal.GoalBoardRow;
import dk.kk.registry.shared.goal.GoalPage;
import dk.kk.registry.shared.goal.GoalView;
import dk.kk.registry.shared.goal.ListGoalsQuery;
import dk.kk.registry.shared.indicator.FindIndicatorQuery;
import dk.kk.registry.shared.indicator.IndicatorView;
import dk.kk.registry.shared.intervention.FindInterventionsAsOfQuery;
import dk.kk.registry.shared.intervention.InterventionView;
import dk.kk.registry.shared.measurement.FindIndicatorSeriesQuery;
import dk.kk.registry.shared.measurement.IndicatorSeriesView;
import dk.kk.registry.shared.overlap.FindOverlapsAmongQuery;
import dk.kk.registry.shared.overlap.OverlapView;
import dk.kk.registry.shared.plan.ChangeStrategyRow;
import dk.kk.registry.shared.plan.ChangeStrategyView;
import dk.kk.registry.shared.plan.ChangeStrategyView.Gap;
import dk.kk.registry.shared.plan.ChangeStrategyView.StrategyEvaluation;
import dk.kk.registry.shared.plan.ChangeStrategyView.StrategyGoal;
import dk.kk.registry.shared.plan.ChangeStrategyView.StrategyIntervention;
import dk.kk.registry.shared.plan.ChangeStrategyView.StrategyMeasure;
import dk.kk.registry.shared.plan.ChangeStrategyView.StrategyPlan;
import dk.kk.registry.shared.plan.DevelopmentPlanView;
import dk.kk.registry.shared.plan.DevelopmentPlanView.PlanMeasureView;
import dk.kk.registry.shared.plan.FindDevelopmentPlanQuery;
import dk.kk.registry.shared.plan.FindPlanChangeStrategyQuery;
import dk.kk.registry.shared.plan.FindPolicyChangeStrategyQuery;
import dk.kk.registry.shared.plan.GapKind;
import dk.kk.registry.shared.plan.ListDevelopmentPlansQuery;
import dk.kk.registry.shared.policy.FindPolicyQuery;
import dk.kk.registry.shared.policy.PolicyView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The change strategy, composed from the other read models through the query bus at one instant: the policy, the
 * goals and their board rows (the board's arithmetic, not a second one), the indicators and their series, the
 * interventions, and the plans from this package's table. Composed in Java: fine at the registry's size.
 */
@Component
class ChangeStrategyQueries {

    /** "In the last two years": a period ending in the current calendar year or the two before it. */
    static final int RECENT_YEARS = 2;

    private static final int BATCH = 500;
    static final String VIA_GOAL_LINK = "GOAL_LINK";

    private final DevelopmentPlanQueries plans;
    private final QueryGateway queries;

    /** Lazy: the query gateway is built after the query handlers it dispatches to, this one among them. */
    ChangeStrategyQueries(DevelopmentPlanQueries plans, @Lazy QueryGateway queries) {
        this.plans = plans;
        this.queries = queries;
    }

    @QueryHandler
    Optional<ChangeStrategyView> policyStrategy(FindPolicyChangeStrategyQuery query) {
        Optional<PolicyView> policy = ask(
                new FindPolicyQuery(query.policyId(), query.asOf()),
                ResponseTypes.optionalInstanceOf(PolicyView.class));
        if (policy.isEmpty()) {
            return Optional.empty();
        }
        List<DevelopmentPlanView> policyPlans = plans.plans(
                        new ListDevelopmentPlansQuery(null, query.policyId(), null, query.asOf(), 0, BATCH))
                .items();
        List<GoalView> goals = new ArrayList<>(policyGoals(query.policyId(), query.asOf()));
        Set<String> known = new LinkedHashSet<>(goals.stream().map(GoalView::id).toList());
        for (DevelopmentPlanView plan : policyPlans) {
            for (var goal : plan.goals()) {
                if (known.add(goal.goalId())) {
                    goal(goal.goalId(), query.asOf()).ifPresent(goals::add);
                }
            }
        }
        return Optional.of(compose(policy.get(), null, policyPlans, goals, query.asOf()));
    }

    @QueryHandler
    Optional<ChangeStrategyView> planStrategy(FindPlanChangeStrategyQuery query) {
        Optional<DevelopmentPlanView> plan = plans.plan(new FindDevelopmentPlanQuery(query.planId(), query.asOf()));
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        PolicyView policy = ask(
                        new FindPolicyQuery(plan.get().policy(), query.asOf()),
                        ResponseTypes.optionalInstanceOf(PolicyView.class))
                .orElseThrow(() -> new IllegalStateException("plan " + query.planId() + " names no known policy"));
        List<GoalView> goals = new ArrayList<>();
        plan.get().goals().forEach(goal -> goal(goal.goalId(), query.asOf()).ifPresent(goals::add));
        return Optional.of(compose(policy, plan.get(), List.of(plan.get()), goals, query.asOf()));
    }

    private ChangeStrategyView compose(
            PolicyView policy,
            DevelopmentPlanView plan,
            List<DevelopmentPlanView> inPlans,
            List<GoalView> goals,
            Instant asOf) {
        Instant at = asOf == null ? Instant.now() : asOf;
        int recentFrom = AsOf.today(at).getYear() - RECENT_YEARS;
        Map<String, InterventionView> interventions = interventions(at);
        Map<String, GoalBoardRow> board = boardRows(goals, asOf);
        List<Gap> gaps = new ArrayList<>();
        List<StrategyGoal> chain = new ArrayList<>();
        Set<String> servingSomeGoal = new LinkedHashSet<>();
        for (GoalView goal : goals) {
            Map<String, Server> servers = new LinkedHashMap<>();
            List<StrategyMeasure> tools = new ArrayList<>();
            interventions.values().stream()
                    .filter(i -> i.goals() != null && i.goals().contains(goal.id()))
                    .forEach(i -> servers.computeIfAbsent(i.id(), id -> new Server())
                            .via
                            .add(VIA_GOAL_LINK));
            for (DevelopmentPlanView inPlan : inPlans) {
                for (PlanMeasureView measure : inPlan.measures()) {
                    if (!measure.goals().contains(goal.id())) {
                        continue;
                    }
                    if (measure.interventionId() == null) {
                        tools.add(new StrategyMeasure(
                                inPlan.id(), measure.id(), measure.tool(), measure.totalResources()));
                    } else {
                        Server server = servers.computeIfAbsent(measure.interventionId(), id -> new Server());
                        server.via.add("PLAN_MEASURE:" + inPlan.id() + "/" + measure.id());
                        server.resources = server.resources.plus(measure.totalResources());
                    }
                }
            }
            servingSomeGoal.addAll(servers.keySet());
            List<StrategyIntervention> serving = servers.entrySet().stream()
                    .map(e -> intervention(
                            e.getKey(),
                            interventions.get(e.getKey()),
                            List.copyOf(e.getValue().via),
                            e.getValue().resources))
                    .toList();
            IndicatorView indicator = ask(
                            new FindIndicatorQuery(goal.indicator(), asOf),
                            ResponseTypes.optionalInstanceOf(IndicatorView.class))
                    .orElse(null);
            Integer latest = latestMeasuredYear(goal, asOf);
            GoalBoardRow row = board.get(goal.id());
            chain.add(new StrategyGoal(
                    goal.id(),
                    goal.title(),
                    goal.policy(),
                    goal.areas(),
                    goal.indicator(),
                    indicator == null ? null : indicator.name(),
                    indicator == null ? null : indicator.source(),
                    latest,
                    goal.baseline() == null ? null : goal.baseline().year(),
                    goal.baseline() == null ? null : goal.baseline().areaValue(),
                    serving,
                    tools,
                    row == null ? null : row.attainment(),
                    row == null ? null : row.explanation()));
            if (serving.isEmpty() && tools.isEmpty()) {
                gaps.add(new Gap(
                        GapKind.GOAL_WITHOUT_INTERVENTION,
                        goal.id(),
                        null,
                        "no intervention or measure serves goal '" + goal.title() + "'"));
            }
            if (latest == null || latest < recentFrom) {
                gaps.add(new Gap(
                        GapKind.INDICATOR_WITHOUT_RECENT_MEASUREMENT,
                        goal.indicator(),
                        null,
                        "indicator " + goal.indicator() + " of goal '" + goal.title() + "' has "
                                + (latest == null ? "no measurement" : "no measurement since " + latest)
                                + " (recent: " + recentFrom + " or later)"));
            }
            if (goal.baseline() == null || goal.baseline().areaValue() == null) {
                gaps.add(new Gap(
                        GapKind.GOAL_WITHOUT_BASELINE, goal.id(), null, "goal '" + goal.title() + "' has no baseline"));
            }
        }
        List<StrategyIntervention> unserving = new ArrayList<>();
        for (DevelopmentPlanView inPlan : inPlans) {
            if (inPlan.goals().isEmpty()) {
                gaps.add(new Gap(
                        GapKind.PLAN_WITHOUT_GOALS,
                        inPlan.id(),
                        inPlan.id(),
                        "plan '" + inPlan.title() + "' has no goals"));
            }
            for (PlanMeasureView measure : inPlan.measures()) {
                if (measure.resources().isEmpty()) {
                    gaps.add(new Gap(
                            GapKind.MEASURE_WITHOUT_RESOURCES,
                            measure.id(),
                            inPlan.id(),
                            "measure "
                                    + (measure.tool() != null
                                            ? "'" + measure.tool() + "'"
                                            : "of intervention " + measure.interventionId())
                                    + " in plan '" + inPlan.title() + "' has no resources set aside"));
                }
            }
            competing(inPlan, asOf)
                    .forEach(overlap -> gaps.add(new Gap(
                            GapKind.COMPETING_INTERVENTIONS,
                            overlap.firstId() + " " + overlap.secondId(),
                            inPlan.id(),
                            "interventions '" + overlap.firstTitle() + "' and '" + overlap.secondTitle() + "' of plan '"
                                    + inPlan.title() + "' are both " + overlap.category() + " for "
                                    + overlap.targetGroups() + " in the area from " + overlap.from()
                                    + (overlap.to() == null ? "" : " to " + overlap.to()))));
            for (var mapped : inPlan.mappedInterventions()) {
                if (!servingSomeGoal.contains(mapped.interventionId())
                        && unserving.stream().noneMatch(u -> u.id().equals(mapped.interventionId()))) {
                    InterventionView view = interventions.get(mapped.interventionId());
                    unserving.add(intervention(
                            mapped.interventionId(), view, List.of("MAPPED:" + inPlan.id()), Money.zero()));
                    gaps.add(new Gap(
                            GapKind.INTERVENTION_WITHOUT_GOAL,
                            mapped.interventionId(),
                            inPlan.id(),
                            "intervention '" + (view == null ? mapped.interventionId() : view.title())
                                    + "' is mapped into plan '" + inPlan.title() + "' but serves none of its goals"));
                }
            }
        }
        List<StrategyPlan> planList = inPlans.stream()
                .map(p -> new StrategyPlan(
                        p.id(),
                        p.area(),
                        p.title(),
                        p.status(),
                        p.wave(),
                        p.budgetYear(),
                        p.timing(),
                        p.goals().size(),
                        p.measures().size()))
                .toList();
        List<ChangeStrategyRow> rows = rows(chain, unserving, gaps);
        List<String> vision = policy.objectives().stream()
                .filter(ChangeStrategyQueries::isVision)
                .toList();
        List<String> objectives =
                policy.objectives().stream().filter(o -> !isVision(o)).toList();
        return new ChangeStrategyView(
                policy.id(),
                policy.title(),
                plan == null ? null : plan.id(),
                plan == null ? null : plan.area(),
                vision,
                objectives,
                planList,
                chain,
                unserving,
                gaps,
                asOf,
                rows,
                0,
                rows.size(),
                rows.size());
    }

    /** The policies in the registry state their vision as an objective that starts with the word. */
    private static boolean isVision(String objective) {
        return objective.startsWith("Vision");
    }

    private static List<ChangeStrategyRow> rows(
            List<StrategyGoal> chain, List<StrategyIntervention> unserving, List<Gap> gaps) {
        List<ChangeStrategyRow> rows = new ArrayList<>();
        for (StrategyGoal goal : chain) {
            List<ChangeStrategyRow> links = new ArrayList<>();
            goal.interventions()
                    .forEach(i -> links.add(link(
                            goal,
                            i.id(),
                            i.title(),
                            i.evaluations().stream()
                                    .map(e ->
                                            e.result() == null ? "" : e.result().name())
                                    .toList())));
            goal.tools().forEach(t -> links.add(link(goal, t.measureId(), t.tool(), List.of())));
            rows.addAll(links.isEmpty() ? List.of(link(goal, null, null, List.of())) : links);
        }
        unserving.forEach(i -> rows.add(new ChangeStrategyRow(
                null,
                null,
                null,
                null,
                null,
                null,
                i.id(),
                i.title(),
                i.evaluations().stream()
                        .map(e -> e.result() == null ? "" : e.result().name())
                        .toList(),
                null,
                null,
                null)));
        gaps.forEach(g -> rows.add(new ChangeStrategyRow(
                null, null, null, null, null, null, null, null, List.of(), g.kind(), g.subject(), g.description())));
        return rows;
    }

    private static ChangeStrategyRow link(StrategyGoal goal, String servedBy, String title, List<String> results) {
        return new ChangeStrategyRow(
                goal.id(),
                goal.title(),
                goal.indicator(),
                goal.indicatorSource(),
                goal.latestMeasuredYear(),
                goal.attainment(),
                servedBy,
                title,
                results,
                null,
                null,
                null);
    }

    private static StrategyIntervention intervention(
            String id, InterventionView view, List<String> via, Money resources) {
        List<StrategyEvaluation> evaluations = view == null || view.evaluations() == null
                ? List.of()
                : view.evaluations().stream()
                        .map(e -> new StrategyEvaluation(
                                e.periodFrom(), e.periodTo(), e.method(), e.result(), e.reportReference()))
                        .toList();
        return new StrategyIntervention(id, view == null ? null : view.title(), via, resources, evaluations);
    }

    private Integer latestMeasuredYear(GoalView goal, Instant asOf) {
        IndicatorSeriesView series = ask(
                new FindIndicatorSeriesQuery(goal.indicator(), goal.areas(), null, null, asOf, 100_000),
                ResponseTypes.instanceOf(IndicatorSeriesView.class));
        return series.items().stream()
                .map(m -> m.period().to().getYear())
                .max(Integer::compare)
                .orElse(null);
    }

    private List<GoalView> policyGoals(String policy, Instant asOf) {
        List<GoalView> goals = new ArrayList<>();
        for (int page = 0; ; page++) {
            GoalPage found = ask(
                    new ListGoalsQuery(policy, null, null, asOf, page, BATCH),
                    ResponseTypes.instanceOf(GoalPage.class));
            goals.addAll(found.items());
            if ((long) (page + 1) * BATCH >= found.total()) {
                return goals;
            }
        }
    }

    private Optional<GoalView> goal(String id, Instant asOf) {
        return ask(new FindGoalQuery(id, asOf), ResponseTypes.optionalInstanceOf(GoalView.class));
    }

    private Map<String, GoalBoardRow> boardRows(List<GoalView> goals, Instant asOf) {
        Map<String, GoalBoardRow> rows = new HashMap<>();
        for (String policy :
                new LinkedHashSet<>(goals.stream().map(GoalView::policy).toList())) {
            for (int page = 0; ; page++) {
                GoalBoard board = ask(
                        new FindGoalBoardQuery(policy, null, asOf, page, BATCH),
                        ResponseTypes.instanceOf(GoalBoard.class));
                board.items().forEach(row -> rows.put(row.goalId(), row));
                if ((long) (page + 1) * BATCH >= board.total()) {
                    break;
                }
            }
        }
        return rows;
    }

    /** The overlaps among the plan's own interventions, measures and mapped ones: computed per plan, never all pairs. */
    private List<OverlapView> competing(DevelopmentPlanView plan, Instant asOf) {
        Set<String> ids = new LinkedHashSet<>();
        plan.measures().stream()
                .map(PlanMeasureView::interventionId)
                .filter(Objects::nonNull)
                .forEach(ids::add);
        plan.mappedInterventions().forEach(mapped -> ids.add(mapped.interventionId()));
        if (ids.size() < 2) {
            return List.of();
        }
        return ask(
                new FindOverlapsAmongQuery(plan.area(), List.copyOf(ids), asOf),
                ResponseTypes.multipleInstancesOf(OverlapView.class));
    }

    private Map<String, InterventionView> interventions(Instant at) {
        Map<String, InterventionView> all = new LinkedHashMap<>();
        String after = "";
        while (true) {
            List<InterventionView> batch = ask(
                    new FindInterventionsAsOfQuery(at, after, BATCH),
                    ResponseTypes.multipleInstancesOf(InterventionView.class));
            batch.forEach(i -> all.put(i.id(), i));
            if (batch.size() < BATCH) {
                return all;
            }
            after = batch.get(batch.size() - 1).id();
        }
    }

    private <R> R ask(Object query, ResponseType<R> type) {
        try {
            return queries.query(query, type).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while composing the change strategy", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not compose the change strategy", e.getCause());
        }
    }

    private static final class Server {
        private final Set<String> via = new LinkedHashSet<>();
        private Money resources = Money.zero();
    }
}
