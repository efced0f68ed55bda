package dk.kk.registry.infra.api.goal;

import dk.kk.registry.command.common.ReferenceCatalog;
import dk.kk.registry.infra.api.Versions;
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
import java.net.URI;
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

    private final Commands commands;
    private final Queries queries;
    private final ReferenceCatalog catalog;

    GoalController(Commands commands, Queries queries, ReferenceCatalog catalog) {
        this.commands = commands;
        this.queries = queries;
        this.catalog = catalog;
    }

    @PostMapping(consumes = JSON)
    ResponseEntity<Written> set(@Valid @RequestBody SetGoal body) {
        String id = UUID.randomUUID().toString();
        long version = commands.create(
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
                        body.deadlineYear()),
                id,
                body.reason());
        return created(id, version);
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
                .orElseThrow(() ->
                        new NotFound(asOf == null ? "no goal " + id : "no goal " + id + " was recorded as of " + asOf));
        return Versions.ok(view.version(), view);
    }

    @PostMapping(path = "/{id}/status-reports", consumes = JSON)
    ResponseEntity<Written> report(
            @PathVariable String id,
            @Valid @RequestBody ReportStatus body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        requireGoal(id);
        long version = commands.update(
                new ReportGoalStatusCommand(
                        id,
                        Versions.expected(ifMatch),
                        body.year(),
                        body.areaValue(),
                        body.comparisonValue(),
                        body.commentary(),
                        body.dataQualityNote(),
                        body.caseReference()),
                id,
                body.reason());
        return created(id, version);
    }

    @PostMapping(path = "/{id}/status-reports/{year}/corrections", consumes = JSON)
    ResponseEntity<Written> correct(
            @PathVariable String id,
            @PathVariable int year,
            @Valid @RequestBody CorrectStatus body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        requireGoal(id);
        return written(
                id,
                commands.update(
                        new CorrectGoalStatusReportCommand(
                                id,
                                Versions.expected(ifMatch),
                                year,
                                body.areaValue(),
                                body.comparisonValue(),
                                body.commentary(),
                                body.dataQualityNote(),
                                body.caseReference()),
                        id,
                        body.reason()));
    }

    @PostMapping(path = "/{id}/target-revisions", consumes = JSON)
    ResponseEntity<Written> revise(
            @PathVariable String id,
            @Valid @RequestBody ReviseTarget body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        requireGoal(id);
        return written(
                id,
                commands.update(
                        new ReviseGoalTargetCommand(
                                id, Versions.expected(ifMatch), body.target().toTarget()),
                        id,
                        body.reason()));
    }

    @PostMapping(path = "/{id}/conclusion", consumes = JSON)
    ResponseEntity<Written> conclude(
            @PathVariable String id,
            @Valid @RequestBody Conclude body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        requireGoal(id);
        return written(
                id,
                commands.update(
                        new ConcludeGoalCommand(id, Versions.expected(ifMatch), body.outcome(), body.year()),
                        id,
                        body.reason()));
    }

    /** An id of another kind of aggregate would otherwise be loaded as a goal without state. */
    private void requireGoal(String id) {
        if (!catalog.exists(ReferenceKind.GOAL, id)) {
            throw new NotFound("no goal " + id);
        }
    }

    private static ResponseEntity<Written> created(String id, long version) {
        return ResponseEntity.created(URI.create("/api/goals/" + id))
                .eTag(Versions.etag(version))
                .body(new Written(id, version));
    }

    private static ResponseEntity<Written> written(String id, long version) {
        return Versions.ok(version, new Written(id, version));
    }
}
