package dk.kk.registry.infra.api.plan;

import dk.kk.registry.infra.gateway.Queries;
import dk.kk.registry.infra.http.NotFound;
import dk.kk.registry.shared.plan.ChangeStrategyView;
import dk.kk.registry.shared.plan.FindPlanChangeStrategyQuery;
import dk.kk.registry.shared.plan.FindPolicyChangeStrategyQuery;
import java.time.Instant;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The change strategy (forandringsstrategi) of a policy and of a development plan, as JSON or as CSV. */
@RestController
class ChangeStrategyController {

    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private static final String CSV = "text/csv";

    private final Queries queries;

    ChangeStrategyController(Queries queries) {
        this.queries = queries;
    }

    @GetMapping(
            path = "/api/policies/{id}/change-strategy",
            produces = {JSON, CSV})
    ChangeStrategyView policy(@PathVariable String id, @RequestParam(required = false) Instant asOf) {
        return queries.optional(new FindPolicyChangeStrategyQuery(id, asOf), ChangeStrategyView.class)
                .orElseThrow(() -> new NotFound("no policy " + id));
    }

    @GetMapping(
            path = "/api/development-plans/{id}/change-strategy",
            produces = {JSON, CSV})
    ChangeStrategyView plan(@PathVariable String id, @RequestParam(required = false) Instant asOf) {
        return queries.optional(new FindPlanChangeStrategyQuery(id, asOf), ChangeStrategyView.class)
                .orElseThrow(() -> new NotFound("no development plan " + id));
    }
}
