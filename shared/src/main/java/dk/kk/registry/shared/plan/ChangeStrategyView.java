package dk.kk.registry.shared.plan;

import dk.kk.registry.shared.common.ListPage;
import dk.kk.registry.shared.common.Money;
import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.common.UncertainValue;
import dk.kk.registry.shared.goal.Attainment;
import dk.kk.registry.shared.intervention.EvaluationMethod;
import dk.kk.registry.shared.intervention.EvaluationResult;
import java.time.Instant;
import java.util.List;

/**
 * The change strategy read left to right: the policy's vision and objectives, its goals (a plan's: the plan's goals),
 * each with its indicator and where it is measured, the interventions and measures serving it with their
 * evaluations, and the goal's attainment as the goal board reckons it; then the gaps. {@code items} is the same chain
 * flattened, one row per link and one per gap, which is also the CSV.
 */
public record ChangeStrategyView(
        String policy,
        String policyTitle,
        String plan,
        String area,
        List<String> vision,
        List<String> objectives,
        List<StrategyPlan> plans,
        List<StrategyGoal> goals,
        List<StrategyIntervention> interventionsServingNoGoal,
        List<Gap> gaps,
        Instant asOf,
        List<ChangeStrategyRow> items,
        int page,
        int size,
        long total)
        implements ListPage<ChangeStrategyRow> {

    /** A plan under the policy, in brief. */
    public record StrategyPlan(
            String id,
            String area,
            String title,
            PlanStatus status,
            Integer wave,
            Integer budgetYear,
            List<String> timing,
            int goals,
            int measures) {}

    /** A goal with its indicator, its source, its latest measured year, what serves it and its attainment. */
    public record StrategyGoal(
            String id,
            String title,
            String policy,
            List<String> areas,
            String indicator,
            String indicatorName,
            String indicatorSource,
            Integer latestMeasuredYear,
            Integer baselineYear,
            UncertainValue baselineValue,
            List<StrategyIntervention> interventions,
            List<StrategyMeasure> tools,
            Attainment attainment,
            String attainmentExplanation) {}

    /** An intervention and how it comes to serve (or sit in) the strategy: by its own goal link, or a plan's. */
    public record StrategyIntervention(
            String id, String title, List<String> via, Money resources, List<StrategyEvaluation> evaluations) {}

    /** A plan measure that is a described tool rather than an intervention. */
    public record StrategyMeasure(String plan, String measureId, String tool, Money resources) {}

    /** An evaluation of a serving intervention. */
    public record StrategyEvaluation(
            UncertainDate periodFrom,
            UncertainDate periodTo,
            EvaluationMethod method,
            EvaluationResult result,
            String reportReference) {}

    /** A break in the chain: what kind, which thing (its id), in which plan where it is a plan's, and in words. */
    public record Gap(GapKind kind, String subject, String plan, String description) {}
}
