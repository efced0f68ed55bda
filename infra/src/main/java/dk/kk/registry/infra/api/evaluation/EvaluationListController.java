package dk.kk.registry.infra.api.evaluation;

import dk.kk.registry.infra.gateway.Queries;
import dk.kk.registry.infra.http.BadInput;
import dk.kk.registry.infra.http.Paging;
import dk.kk.registry.shared.evaluation.EvaluationPage;
import dk.kk.registry.shared.evaluation.FindEvaluationsQuery;
import dk.kk.registry.shared.intervention.EvaluationMethod;
import dk.kk.registry.shared.intervention.EvaluationResult;
import dk.kk.registry.shared.intervention.InterventionCategory;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Every evaluation in the registry with its intervention, for evaluators comparing evidence across interventions. */
@RestController
@RequestMapping(path = "/api/evaluations", produces = MediaType.APPLICATION_JSON_VALUE)
class EvaluationListController {

    private final Queries queries;

    EvaluationListController(Queries queries) {
        this.queries = queries;
    }

    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    EvaluationPage evaluations(
            @RequestParam(required = false) InterventionCategory category,
            @RequestParam(required = false) EvaluationMethod method,
            @RequestParam(required = false) EvaluationResult result,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Instant asOf,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new BadInput("to", "to must not be before from");
        }
        return queries.one(
                new FindEvaluationsQuery(
                        category, method, result, from, to, asOf, Paging.page(page), Paging.size(size)),
                EvaluationPage.class);
    }
}
