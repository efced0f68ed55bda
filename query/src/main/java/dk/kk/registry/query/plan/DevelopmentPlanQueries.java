package dk.kk.registry.query.plan;

import dk.kk.registry.query.common.AsOf;
import dk.kk.registry.query.common.Filters;
import dk.kk.registry.query.common.Paged;
import dk.kk.registry.query.common.ReadModelJson;
import dk.kk.registry.shared.plan.DevelopmentPlanPage;
import dk.kk.registry.shared.plan.DevelopmentPlanView;
import dk.kk.registry.shared.plan.FindDevelopmentPlanQuery;
import dk.kk.registry.shared.plan.ListDevelopmentPlansQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers development-plan queries from {@code development_plan_version}, now or as of an instant. */
@Component
class DevelopmentPlanQueries {

    private final JdbcTemplate jdbc;

    DevelopmentPlanQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    Optional<DevelopmentPlanView> plan(FindDevelopmentPlanQuery query) {
        return AsOf.one(
                jdbc,
                "SELECT version, doc::text FROM development_plan_version WHERE plan_id = ?",
                query.planId(),
                query.asOf(),
                (rs, n) -> view(rs.getLong(1), rs.getString(2)));
    }

    @QueryHandler
    DevelopmentPlanPage plans(ListDevelopmentPlansQuery query) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(AsOf.condition("", query.asOf(), args));
        Filters.andIf(where, args, "area = ?", query.area());
        Filters.andIf(where, args, "policy = ?", query.policy());
        Filters.andIf(where, args, "status = ?", query.status());
        Paged<DevelopmentPlanView> found = Paged.read(
                jdbc,
                "version, doc::text",
                "development_plan_version",
                where,
                args,
                "area, policy, title, plan_id",
                query.page(),
                query.size(),
                (rs, n) -> view(rs.getLong(1), rs.getString(2)));
        return new DevelopmentPlanPage(found.items(), query.page(), query.size(), found.total());
    }

    private static DevelopmentPlanView view(long version, String doc) {
        return ReadModelJson.read(doc, PlanDocument.class).toView(version);
    }
}
