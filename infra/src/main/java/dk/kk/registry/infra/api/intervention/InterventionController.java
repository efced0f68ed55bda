package dk.kk.registry.infra.api.intervention;

import dk.kk.registry.infra.api.Versions;
import dk.kk.registry.infra.api.Writes;
import dk.kk.registry.infra.api.intervention.InterventionRequests.*;
import dk.kk.registry.infra.gateway.Commands;
import dk.kk.registry.infra.gateway.Queries;
import dk.kk.registry.infra.http.NotFound;
import dk.kk.registry.infra.http.Paging;
import dk.kk.registry.shared.common.Certainty;
import dk.kk.registry.shared.intervention.*;
import dk.kk.registry.shared.source.CitationView;
import dk.kk.registry.shared.source.EventCitations;
import dk.kk.registry.shared.source.FindCitationsQuery;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
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

/** Interventions (indsatser): registration, their whole lifecycle as task-shaped commands, search and history. */
@RestController
@RequestMapping(path = "/api/interventions", produces = MediaType.APPLICATION_JSON_VALUE)
class InterventionController {

    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private final Writes<Written> writes;
    private final Queries queries;
    private final CorrectedEvents correctedEvents;

    InterventionController(Commands commands, Queries queries, CorrectedEvents correctedEvents) {
        this.writes = new Writes<>(commands, "/api/interventions/", Written::of);
        this.queries = queries;
        this.correctedEvents = correctedEvents;
    }

    @PostMapping(consumes = JSON)
    ResponseEntity<Written> register(@Valid @RequestBody Register body) {
        String id = UUID.randomUUID().toString();
        return writes.create(
                id,
                body.reason(),
                new RegisterInterventionCommand(
                        id,
                        body.title(),
                        body.description(),
                        body.kind(),
                        body.category(),
                        body.leadAdministration(),
                        body.areas(),
                        body.targetGroups() == null ? Set.of() : body.targetGroups(),
                        body.goals() == null ? List.of() : body.goals(),
                        body.plannedStart(),
                        body.plannedEnd(),
                        body.caseReference(),
                        body.parent(),
                        body.policy()));
    }

    @GetMapping(produces = {JSON, "text/csv"})
    InterventionPage search(
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String administration,
            @RequestParam(required = false) InterventionCategory category,
            @RequestParam(required = false) InterventionKind kind,
            @RequestParam(required = false) Stage stage,
            @RequestParam(required = false) String partner,
            @RequestParam(required = false) String fundingSource,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate activeFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate activeTo,
            @RequestParam(required = false) Certainty certainty,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Instant asOf,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        if (q != null && q.length() > 200) {
            throw new dk.kk.registry.infra.http.BadInput("q", "q may be at most 200 characters");
        }
        return queries.one(
                new SearchInterventionsQuery(
                        area,
                        administration,
                        category,
                        kind,
                        stage,
                        partner,
                        fundingSource,
                        activeFrom,
                        activeTo,
                        certainty,
                        q,
                        asOf,
                        Paging.page(page),
                        Paging.size(size)),
                InterventionPage.class);
    }

    /**
     * Interventions whose planned end plus the grace period passed with no evaluation, as the registry recorded it
     * (oldest due first); {@code asOf} reads the list as it stood at an instant.
     */
    @GetMapping(
            path = "/overdue-evaluations",
            produces = {JSON, "text/csv"})
    InterventionPage overdueEvaluations(
            @RequestParam(required = false) Instant asOf,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return queries.one(
                new FindOverdueEvaluationsQuery(asOf, Paging.page(page), Paging.size(size)), InterventionPage.class);
    }

    @GetMapping("/{id}")
    ResponseEntity<InterventionView> get(@PathVariable String id, @RequestParam(required = false) Instant asOf) {
        InterventionView view = queries.optional(new FindInterventionQuery(id, asOf), InterventionView.class)
                .orElseThrow(() -> NotFound.asOf("intervention", id, asOf));
        return Versions.ok(view.version(), view);
    }

    /** With {@code withState=true} each event also carries the intervention's state right after it. */
    @GetMapping("/{id}/history")
    Map<String, List<?>> history(@PathVariable String id, @RequestParam(defaultValue = "false") boolean withState) {
        List<?> entries = withState
                ? queries.list(new FindInterventionStepsQuery(id), HistoryStepView.class)
                : queries.list(new FindInterventionHistoryQuery(id), HistoryEntryView.class);
        if (entries.isEmpty()) {
            throw new NotFound("no intervention " + id);
        }
        List<String> eventIds = entries.stream()
                .map(entry ->
                        entry instanceof HistoryStepView step ? step.eventId() : ((HistoryEntryView) entry).eventId())
                .toList();
        EventCitations citations = queries.one(new FindCitationsQuery(eventIds), EventCitations.class);
        return Map.of(
                "items",
                java.util.stream.IntStream.range(0, entries.size())
                        .mapToObj(i -> new Cited(entries.get(i), citations.of(eventIds.get(i))))
                        .toList());
    }

    /** A history entry with the source its write cited, where it cited one. */
    record Cited(
            @com.fasterxml.jackson.annotation.JsonUnwrapped Object entry, CitationView citation) {}

    @PostMapping(path = "/{id}/details", consumes = JSON)
    ResponseEntity<Written> revise(
            @PathVariable String id,
            @Valid @RequestBody ReviseDetails body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return writes.update(
                id,
                ifMatch,
                body.reason(),
                expected -> new ReviseInterventionDetailsCommand(
                        id, expected, body.title(), body.description(), body.category(), body.targetGroups()));
    }

    @PostMapping(path = "/{id}/policy", consumes = JSON)
    /** For one registered without its policy, or linked to another by mistake; the same policy again is refused (NothingChanged). */
    ResponseEntity<Written> linkPolicy(
            @PathVariable String id,
            @Valid @RequestBody LinkPolicy body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return writes.update(
                id,
                ifMatch,
                body.reason(),
                expected -> new LinkInterventionToPolicyCommand(id, expected, body.policy()));
    }

    @PostMapping(path = "/{id}/areas", consumes = JSON)
    ResponseEntity<Written> addArea(
            @PathVariable String id,
            @Valid @RequestBody AddArea body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return writes.update(
                id,
                ifMatch,
                body.reason(),
                expected -> new AddInterventionAreaCommand(id, expected, body.areaId(), body.effectiveFrom()));
    }

    @PostMapping(path = "/{id}/areas/{areaId}/removal", consumes = JSON)
    ResponseEntity<Written> removeArea(
            @PathVariable String id,
            @PathVariable String areaId,
            @Valid @RequestBody RemoveArea body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return writes.update(
                id,
                ifMatch,
                body.reason(),
                expected -> new RemoveInterventionAreaCommand(id, expected, areaId, body.effectiveTo()));
    }

    @PostMapping(path = "/{id}/partners", consumes = JSON)
    ResponseEntity<Written> joinPartner(
            @PathVariable String id,
            @Valid @RequestBody JoinPartner body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return writes.update(
                id,
                ifMatch,
                body.reason(),
                expected ->
                        new JoinPartnerCommand(id, expected, body.organisationId(), body.role(), body.effectiveFrom()));
    }

    @PostMapping(path = "/{id}/partners/{organisationId}/departure", consumes = JSON)
    ResponseEntity<Written> leave(
            @PathVariable String id,
            @PathVariable String organisationId,
            @Valid @RequestBody PartnerDeparture body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return writes.update(
                id,
                ifMatch,
                body.reason(),
                expected -> new RecordPartnerDepartureCommand(id, expected, organisationId, body.effectiveTo()));
    }

    @PostMapping(path = "/{id}/funding", consumes = JSON)
    ResponseEntity<Written> grantFunding(
            @PathVariable String id,
            @Valid @RequestBody GrantFunding body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        String fundingId = UUID.randomUUID().toString();
        long version = writes.send(
                id,
                ifMatch,
                body.reason(),
                expected -> new GrantFundingCommand(
                        id,
                        expected,
                        fundingId,
                        body.source(),
                        body.sourceKind(),
                        body.amount(),
                        body.years().get(0),
                        body.years().get(1),
                        body.decisionReference()));
        return writes.created(id, version, new Written(id, version, fundingId, null, null));
    }

    @PostMapping(path = "/{id}/funding/{fundingId}/adjustments", consumes = JSON)
    ResponseEntity<Written> adjust(
            @PathVariable String id,
            @PathVariable String fundingId,
            @Valid @RequestBody AdjustFunding body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return writes.update(
                id,
                ifMatch,
                body.reason(),
                expected -> new AdjustFundingCommand(id, expected, fundingId, body.amount()));
    }

    @PostMapping(path = "/{id}/funding/{fundingId}/withdrawal", consumes = JSON)
    ResponseEntity<Written> withdraw(
            @PathVariable String id,
            @PathVariable String fundingId,
            @Valid @RequestBody WithdrawFunding body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return writes.update(
                id, ifMatch, body.reason(), expected -> new WithdrawFundingCommand(id, expected, fundingId));
    }

    @PostMapping(path = "/{id}/expenditures", consumes = JSON)
    ResponseEntity<Written> spend(
            @PathVariable String id,
            @Valid @RequestBody RecordExpenditure body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        String expenditureId = UUID.randomUUID().toString();
        long version = writes.send(
                id,
                ifMatch,
                body.reason(),
                expected -> new RecordExpenditureCommand(id, expected, expenditureId, body.year(), body.amount()));
        return writes.created(id, version, new Written(id, version, null, expenditureId, null));
    }

    @PostMapping(path = "/{id}/stage", consumes = JSON)
    ResponseEntity<Written> stage(
            @PathVariable String id,
            @Valid @RequestBody ChangeStage body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return writes.update(
                id,
                ifMatch,
                body.reason(),
                expected -> new ChangeStageCommand(id, expected, body.stage(), body.effectiveFrom()));
    }

    @PostMapping(path = "/{id}/extension", consumes = JSON)
    ResponseEntity<Written> extend(
            @PathVariable String id,
            @Valid @RequestBody Extend body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return writes.update(
                id, ifMatch, body.reason(), expected -> new ExtendInterventionCommand(id, expected, body.plannedEnd()));
    }

    @PostMapping(path = "/{id}/evaluations", consumes = JSON)
    ResponseEntity<Written> evaluate(
            @PathVariable String id,
            @Valid @RequestBody RecordEvaluation body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        String evaluationId = UUID.randomUUID().toString();
        long version = writes.send(
                id,
                ifMatch,
                body.reason(),
                expected -> new RecordEvaluationCommand(
                        id,
                        expected,
                        evaluationId,
                        body.periodFrom(),
                        body.periodTo(),
                        body.method(),
                        body.evaluator(),
                        body.result(),
                        body.evidenceLevel(),
                        body.estimates(),
                        body.summary(),
                        body.reportReference()));
        return writes.created(id, version, new Written(id, version, null, null, evaluationId));
    }

    @PostMapping(path = "/{id}/decisions", consumes = JSON)
    ResponseEntity<Written> decide(
            @PathVariable String id,
            @Valid @RequestBody Decide body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return writes.update(
                id,
                ifMatch,
                body.reason(),
                expected -> new RecordDecisionCommand(
                        id, expected, body.decision(), body.effectiveFrom(), body.areas(), body.administration()));
    }

    @PostMapping(path = "/{id}/corrections", consumes = JSON)
    ResponseEntity<Written> correct(
            @PathVariable String id,
            @Valid @RequestBody Correct body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        CorrectedValues values = new CorrectedValues(
                body.title(),
                body.description(),
                body.plannedStart(),
                body.plannedEnd(),
                body.caseReference(),
                body.effectiveFrom(),
                body.effectiveTo(),
                body.role(),
                body.amount(),
                body.fromYear(),
                body.toYear(),
                body.year(),
                body.decisionReference(),
                body.periodFrom(),
                body.periodTo(),
                body.result(),
                body.summary(),
                body.reportReference());
        return writes.update(
                id,
                ifMatch,
                body.reason(),
                expected -> new CorrectEventCommand(
                        id, expected, body.eventId(), correctedEvents.correction(id, body.eventId(), values)));
    }
}
