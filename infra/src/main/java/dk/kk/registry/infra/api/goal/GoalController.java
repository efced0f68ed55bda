package dk.kk.registry.infra.api.goal;

import dk.kk.registry.command.common.ReferenceCatalog;
import dk.kk.registry.infra.api.Versions;
import dk.kk.registry.infra.api.Writes;
import dk.kk.registry.infra.api.goal.GoalRequests.Conclude;
import dk.kk.registry.infra.api.goal.GoalRequests.CorrectStatus;
import dk.kk.registry.infra.api.goal.GoalRequests.ReportStatus;
import dk.kk.registry.infra.api.goal.GoalRequests.ReviseTarget;
import dk.kk.registry.infra.api.goal.GoalRequests.SetGoal;
import dk.kk.registry.infra.api.goal.GoalRequests.Written;
import dk.kk.registry.infra.gateway.Commands;
import dk.kk.registry.infra.gateway.Queries;
import dk.kk.registry.infra.http.NotFound;
import dk.kk.registry.infra.http.Paging;
import dk.kk.registry.shared.common.ReferenceKind;
import dk.kk.registry.shared.goal.ConcludeGoalCommand;
import dk.kk.registry.shared.goal.CorrectGoalStatusReportCommand;
import dk.kk.registry.shared.goal.FindGoalBoardQuery;
import dk.kk.registry.shared.goal.FindGoalQuery;
import dk.kk.registry.shared.goal.GoalBoard;
import dk.kk.registry.shared.goal.GoalPage;
import dk.kk.registry.shared.goal.GoalView;
import dk.kk.registry.shared.goal.ListGoalsQuery;
import dk.kk.registry.shared.goal.ReportGoalStatusCommand;
import dk.kk.registry.shared.goal.ReviseGoalTargetCommand;
import dk.kk.registry.shared.goal.SetGoalCommand;
import jakarta.validation.Valid;
import java.time.Instant;
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

/** Goals (målsætninger): setting them, status reports and their corrections, target revisions, conclusion, board. */
@RestController
@RequestMapping(path = "/api/goals", produces = MediaType.APPLICATION_JSON_VALUE)
class GoalController {

    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private static final String CSV = "text/csv";

    private final Writes<Written> writes;
    private final Queries queries;

    GoalController(Commands commands, Queries queries, ReferenceCatalog catalog) {
        this.writes = new Writes<>(commands, "/api/goals/", Written::new)
                .onlyTo(id -> catalog.exists(ReferenceKind.GOAL, id), "goal");
        this.queries = queries;
    }

    @PostMapping(consumes = JSON)
    ResponseEntity<Written> set(@Valid @RequestBody SetGoal body) {
        String id = UUID.randomUUID().toString();
        return writes.create(
                id,
                body.reason(),
                new SetGoalCommand(
                        id,
                        body.title(),
                        body.policy(),
                        body.ownerAdministration(),
                        body.indicator(),
                        body.areas(),
                        body.comparisonArea(),
                        body.baseline().toBaseline(),
                        body.target().toTarget(),
                        body.deadlineYear()));
    }

    @GetMapping(produces = {JSON, CSV})
    GoalPage list(
            @RequestParam(required = false) String policy,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) Instant asOf,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return queries.one(
                new ListGoalsQuery(policy, owner, area, asOf, Paging.page(page), Paging.size(size)), GoalPage.class);
    }

    /** The board is a page like any list, so it is also CSV. */
    @GetMapping(
            path = "/board",
            produces = {JSON, CSV})
    GoalBoard board(
            @RequestParam(required = false) String policy,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) Instant asOf,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return queries.one(
                new FindGoalBoardQuery(policy, owner, asOf, Paging.page(page), Paging.size(size)), GoalBoard.class);
    }

    @GetMapping("/{id}")
    ResponseEntity<GoalView> get(@PathVariable String id, @RequestParam(required = false) Instant asOf) {
        GoalView view = queries.optional(new FindGoalQuery(id, asOf), GoalView.class)
                .orElseThrow(() -> NotFound.asOf("goal", id, asOf));
        return Versions.ok(view.version(), view);
    }

    @PostMapping(path = "/{id}/status-reports", consumes = JSON)
    ResponseEntity<Written> report(
            @PathVariable String id,
            @Valid @RequestBody ReportStatus body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = writes.send(
                id,
                ifMatch,
                body.reason(),
                expected -> new ReportGoalStatusCommand(
                        id,
                        expected,
                        body.year(),
                        body.areaValue(),
                        body.comparisonValue(),
                        body.commentary(),
                        body.dataQualityNote(),
                        body.caseReference()));
        return writes.created(id, version);
    }

    @PostMapping(path = "/{id}/status-reports/{year}/corrections", consumes = JSON)
    ResponseEntity<Written> correct(
            @PathVariable String id,
            @PathVariable int year,
            @Valid @RequestBody CorrectStatus body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return writes.update(
                id,
                ifMatch,
                body.reason(),
                expected -> new CorrectGoalStatusReportCommand(
                        id,
                        expected,
                        year,
                        body.areaValue(),
                        body.comparisonValue(),
                        body.commentary(),
                        body.dataQualityNote(),
                        body.caseReference()));
    }

    @PostMapping(path = "/{id}/target-revisions", consumes = JSON)
    ResponseEntity<Written> revise(
            @PathVariable String id,
            @Valid @RequestBody ReviseTarget body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return writes.update(
                id,
                ifMatch,
                body.reason(),
                expected ->
                        new ReviseGoalTargetCommand(id, expected, body.target().toTarget()));
    }

    @PostMapping(path = "/{id}/conclusion", consumes = JSON)
    ResponseEntity<Written> conclude(
            @PathVariable String id,
            @Valid @RequestBody Conclude body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return writes.update(
                id,
                ifMatch,
                body.reason(),
                expected -> new ConcludeGoalCommand(id, expected, body.outcome(), body.year()));
    }
}
