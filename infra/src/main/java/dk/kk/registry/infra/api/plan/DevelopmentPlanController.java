package dk.kk.registry.infra.api.plan;

import dk.kk.registry.command.common.ReferenceCatalog;
import dk.kk.registry.infra.api.Versions;
import dk.kk.registry.infra.api.Writes;
import dk.kk.registry.infra.api.plan.PlanRequests.AddGoal;
import dk.kk.registry.infra.api.plan.PlanRequests.Analysis;
import dk.kk.registry.infra.api.plan.PlanRequests.ChangeStatus;
import dk.kk.registry.infra.api.plan.PlanRequests.ChooseMeasure;
import dk.kk.registry.infra.api.plan.PlanRequests.CorrectFollowUp;
import dk.kk.registry.infra.api.plan.PlanRequests.CreatePlan;
import dk.kk.registry.infra.api.plan.PlanRequests.FollowUp;
import dk.kk.registry.infra.api.plan.PlanRequests.Item;
import dk.kk.registry.infra.api.plan.PlanRequests.MapIntervention;
import dk.kk.registry.infra.api.plan.PlanRequests.Removal;
import dk.kk.registry.infra.api.plan.PlanRequests.Resource;
import dk.kk.registry.infra.api.plan.PlanRequests.Written;
import dk.kk.registry.infra.gateway.Commands;
import dk.kk.registry.infra.gateway.Queries;
import dk.kk.registry.infra.http.NotFound;
import dk.kk.registry.infra.http.Paging;
import dk.kk.registry.shared.common.ReferenceKind;
import dk.kk.registry.shared.plan.AddPlanGoalCommand;
import dk.kk.registry.shared.plan.ChangePlanStatusCommand;
import dk.kk.registry.shared.plan.ChoosePlanMeasureCommand;
import dk.kk.registry.shared.plan.CorrectPlanFollowUpCommand;
import dk.kk.registry.shared.plan.CreateDevelopmentPlanCommand;
import dk.kk.registry.shared.plan.DevelopmentPlanPage;
import dk.kk.registry.shared.plan.DevelopmentPlanView;
import dk.kk.registry.shared.plan.FindDevelopmentPlanQuery;
import dk.kk.registry.shared.plan.ListDevelopmentPlansQuery;
import dk.kk.registry.shared.plan.MapInterventionIntoPlanCommand;
import dk.kk.registry.shared.plan.PlanStatus;
import dk.kk.registry.shared.plan.RecordPlanAnalysisCommand;
import dk.kk.registry.shared.plan.RecordPlanFollowUpCommand;
import dk.kk.registry.shared.plan.RemoveMappedInterventionCommand;
import dk.kk.registry.shared.plan.RemovePlanGoalCommand;
import dk.kk.registry.shared.plan.RemovePlanMeasureCommand;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Development plans (udviklingsplaner): starting one for an area under a policy, its status, analysis, mapped
 * interventions, goals, measures and yearly follow-ups, and taking out again what was added.
 */
@RestController
@RequestMapping(path = "/api/development-plans", produces = MediaType.APPLICATION_JSON_VALUE)
class DevelopmentPlanController {

    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private static final String CSV = "text/csv";

    private final Writes<Written> writes;
    private final Queries queries;

    DevelopmentPlanController(Commands commands, Queries queries, ReferenceCatalog catalog) {
        this.writes = new Writes<>(commands, "/api/development-plans/", (id, version) -> new Written(id, version, null))
                .onlyTo(id -> catalog.exists(ReferenceKind.DEVELOPMENT_PLAN, id), "development plan");
        this.queries = queries;
    }

    @PostMapping(consumes = JSON)
    ResponseEntity<Written> create(@Valid @RequestBody CreatePlan body) {
        String id = UUID.randomUUID().toString();
        return writes.create(
                id,
                body.reason(),
                new CreateDevelopmentPlanCommand(
                        id,
                        body.area(),
                        body.policy(),
                        body.title(),
                        body.purpose(),
                        body.wave(),
                        body.budgetYear(),
                        body.timing()));
    }

    @GetMapping(produces = {JSON, CSV})
    DevelopmentPlanPage list(
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String policy,
            @Parameter(description = "Only plans in this status") @RequestParam(required = false) PlanStatus status,
            @RequestParam(required = false) Instant asOf,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return queries.one(
                new ListDevelopmentPlansQuery(area, policy, status, asOf, Paging.page(page), Paging.size(size)),
                DevelopmentPlanPage.class);
    }

    @GetMapping("/{id}")
    ResponseEntity<DevelopmentPlanView> get(@PathVariable String id, @RequestParam(required = false) Instant asOf) {
        DevelopmentPlanView view = queries.optional(new FindDevelopmentPlanQuery(id, asOf), DevelopmentPlanView.class)
                .orElseThrow(() -> NotFound.asOf("development plan", id, asOf));
        return Versions.ok(view.version(), view);
    }

    @PostMapping(path = "/{id}/status", consumes = JSON)
    ResponseEntity<Written> status(
            @PathVariable String id,
            @Valid @RequestBody ChangeStatus body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return writes.update(
                id,
                ifMatch,
                body.reason(),
                expected -> new ChangePlanStatusCommand(id, expected, body.status(), body.effectiveFrom()));
    }

    @PostMapping(path = "/{id}/analysis", consumes = JSON)
    ResponseEntity<Written> analysis(
            @PathVariable String id,
            @Valid @RequestBody Analysis body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        List<String> itemIds =
                body.items().stream().map(item -> UUID.randomUUID().toString()).toList();
        return writes.update(
                id,
                ifMatch,
                body.reason(),
                expected -> new RecordPlanAnalysisCommand(
                        id,
                        expected,
                        itemIds,
                        body.items().stream().map(Item::toItem).toList()));
    }

    @PostMapping(path = "/{id}/mapped-interventions", consumes = JSON)
    ResponseEntity<Written> map(
            @PathVariable String id,
            @Valid @RequestBody MapIntervention body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return writes.update(
                id,
                ifMatch,
                body.reason(),
                expected -> new MapInterventionIntoPlanCommand(id, expected, body.interventionId(), body.assessment()));
    }

    @PostMapping(path = "/{id}/mapped-interventions/{interventionId}/removal", consumes = JSON)
    ResponseEntity<Written> unmap(
            @PathVariable String id,
            @PathVariable String interventionId,
            @Valid @RequestBody Removal body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return writes.update(
                id,
                ifMatch,
                body.reason(),
                expected -> new RemoveMappedInterventionCommand(id, expected, interventionId));
    }

    @PostMapping(path = "/{id}/goals", consumes = JSON)
    ResponseEntity<Written> addGoal(
            @PathVariable String id,
            @Valid @RequestBody AddGoal body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return writes.update(
                id, ifMatch, body.reason(), expected -> new AddPlanGoalCommand(id, expected, body.goalId()));
    }

    @PostMapping(path = "/{id}/goals/{goalId}/removal", consumes = JSON)
    ResponseEntity<Written> removeGoal(
            @PathVariable String id,
            @PathVariable String goalId,
            @Valid @RequestBody Removal body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return writes.update(id, ifMatch, body.reason(), expected -> new RemovePlanGoalCommand(id, expected, goalId));
    }

    @PostMapping(path = "/{id}/measures", consumes = JSON)
    ResponseEntity<Written> measure(
            @PathVariable String id,
            @Valid @RequestBody ChooseMeasure body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        String measureId = UUID.randomUUID().toString();
        long version = writes.send(
                id,
                ifMatch,
                body.reason(),
                expected -> new ChoosePlanMeasureCommand(
                        id,
                        expected,
                        measureId,
                        body.interventionId(),
                        body.tool(),
                        body.goals(),
                        body.resources() == null
                                ? List.of()
                                : body.resources().stream()
                                        .map(Resource::toResource)
                                        .toList()));
        return writes.created(id, version, new Written(id, version, measureId));
    }

    @PostMapping(path = "/{id}/measures/{measureId}/removal", consumes = JSON)
    ResponseEntity<Written> removeMeasure(
            @PathVariable String id,
            @PathVariable String measureId,
            @Valid @RequestBody Removal body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return writes.update(
                id, ifMatch, body.reason(), expected -> new RemovePlanMeasureCommand(id, expected, measureId));
    }

    @PostMapping(path = "/{id}/follow-ups", consumes = JSON)
    ResponseEntity<Written> followUp(
            @PathVariable String id,
            @Valid @RequestBody FollowUp body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = writes.send(
                id,
                ifMatch,
                body.reason(),
                expected -> new RecordPlanFollowUpCommand(
                        id,
                        expected,
                        body.year(),
                        PlanRequests.notes(body.goals()),
                        PlanRequests.notes(body.measures()),
                        body.summary()));
        return writes.created(id, version);
    }

    @PostMapping(path = "/{id}/follow-ups/{year}/corrections", consumes = JSON)
    ResponseEntity<Written> correctFollowUp(
            @PathVariable String id,
            @Parameter(description = "The year of the follow-up") @PathVariable int year,
            @Valid @RequestBody CorrectFollowUp body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return writes.update(
                id,
                ifMatch,
                body.reason(),
                expected -> new CorrectPlanFollowUpCommand(
                        id,
                        expected,
                        year,
                        PlanRequests.notes(body.goals()),
                        PlanRequests.notes(body.measures()),
                        body.summary()));
    }
}
