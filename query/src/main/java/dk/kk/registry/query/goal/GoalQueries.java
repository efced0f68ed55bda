package dk.kk.registry.query.goal;

import dk.kk.registry.query.common.AsOf;
import dk.kk.registry.query.common.Filters;
import dk.kk.registry.query.common.Paged;
import dk.kk.registry.query.common.ReadModelJson;
import dk.kk.registry.shared.goal.FindGoalBoardQuery;
import dk.kk.registry.shared.goal.FindGoalQuery;
import dk.kk.registry.shared.goal.GoalBoard;
import dk.kk.registry.shared.goal.GoalBoardRow;
import dk.kk.registry.shared.goal.GoalPage;
import dk.kk.registry.shared.goal.GoalStatusReportView;
import dk.kk.registry.shared.goal.GoalView;
import dk.kk.registry.shared.goal.ListGoalsQuery;
import dk.kk.registry.shared.indicator.Direction;
import dk.kk.registry.shared.indicator.FindIndicatorQuery;
import dk.kk.registry.shared.indicator.IndicatorView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Answers goal queries from {@code goal_version}. The board asks the reference data for each indicator's direction
 * (as of the same instant) through the query bus rather than reading another projection's table.
 */
@Component
class GoalQueries {

    private final JdbcTemplate jdbc;
    private final QueryGateway queries;

    /** Lazy: the query gateway is built after the query handlers it dispatches to, this one among them. */
    GoalQueries(JdbcTemplate jdbc, @Lazy QueryGateway queries) {
        this.jdbc = jdbc;
        this.queries = queries;
    }

    @QueryHandler
    Optional<GoalView> goal(FindGoalQuery query) {
        return AsOf.one(
                jdbc,
                "SELECT version, doc::text FROM goal_version WHERE goal_id = ?",
                query.goalId(),
                query.asOf(),
                (rs, n) -> view(rs.getLong(1), rs.getString(2)));
    }

    @QueryHandler
    GoalPage goals(ListGoalsQuery query) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(AsOf.condition("", query.asOf(), args));
        filter(where, args, query.policy(), query.owner());
        Filters.andIf(where, args, "(area_ids @> ARRAY[?]::text[] OR cardinality(area_ids) = 0)", query.area());
        Paged<GoalView> found = page(where, args, "title, goal_id", query.page(), query.size());
        return new GoalPage(found.items(), query.page(), query.size(), found.total());
    }

    @QueryHandler
    GoalBoard board(FindGoalBoardQuery query) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(AsOf.condition("", query.asOf(), args));
        filter(where, args, query.policy(), query.owner());
        Paged<GoalView> found =
                page(where, args, "policy, owner_administration, title, goal_id", query.page(), query.size());
        Map<String, Optional<Direction>> directions = new HashMap<>();
        List<GoalBoardRow> rows = found.items().stream()
                .map(goal -> row(
                        goal,
                        directions
                                .computeIfAbsent(goal.indicator(), indicator -> direction(indicator, query.asOf()))
                                .orElse(null)))
                .toList();
        return new GoalBoard(rows, query.page(), query.size(), found.total());
    }

    static GoalBoardRow row(GoalView goal, Direction direction) {
        Assessment assessment = AttainmentRules.assess(goal, direction);
        GoalStatusReportView status = goal.statusReports().stream()
                .max(Comparator.comparingInt(GoalStatusReportView::year))
                .orElse(null);
        return new GoalBoardRow(
                goal.id(),
                goal.title(),
                goal.policy(),
                goal.ownerAdministration(),
                goal.indicator(),
                direction,
                goal.areas(),
                goal.comparisonArea(),
                goal.target().type(),
                goal.target().value(),
                goal.deadlineYear(),
                goal.baseline().year(),
                goal.baseline().areaValue(),
                goal.baseline().comparisonValue(),
                status == null ? null : status.year(),
                status == null ? null : status.areaValue(),
                status == null ? null : status.comparisonValue(),
                status != null && !status.corrections().isEmpty(),
                status == null ? null : status.dataQualityNote(),
                assessment.measuredValue(),
                assessment.requiredValue(),
                assessment.expectedShare(),
                assessment.expectedValue(),
                assessment.measuredAttainment(),
                assessment.certainty(),
                assessment.bestPossibleAttainment(),
                goal.conclusion() == null ? null : goal.conclusion().outcome(),
                goal.conclusion() == null ? null : goal.conclusion().year(),
                assessment.attainment(),
                assessment.explanation());
    }

    private Optional<Direction> direction(String indicator, Instant asOf) {
        try {
            return queries.query(
                            new FindIndicatorQuery(indicator, asOf),
                            ResponseTypes.optionalInstanceOf(IndicatorView.class))
                    .get()
                    .map(IndicatorView::direction);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading indicator " + indicator, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not read indicator " + indicator, e.getCause());
        }
    }

    private static void filter(StringBuilder where, List<Object> args, String policy, String owner) {
        Filters.andIf(where, args, "policy = ?", policy);
        Filters.andIf(where, args, "owner_administration = ?", owner);
    }

    private Paged<GoalView> page(StringBuilder where, List<Object> args, String order, int page, int size) {
        return Paged.read(
                jdbc,
                "version, doc::text",
                "goal_version",
                where,
                args,
                order,
                page,
                size,
                (rs, n) -> view(rs.getLong(1), rs.getString(2)));
    }

    private static GoalView view(long version, String doc) {
        return ReadModelJson.read(doc, GoalDocument.class).toView(version);
    }
}
