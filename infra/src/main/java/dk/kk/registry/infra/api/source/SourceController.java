package dk.kk.registry.infra.api.source;

import dk.kk.registry.infra.audit.EventSummaries;
import dk.kk.registry.infra.gateway.Commands;
import dk.kk.registry.infra.gateway.Queries;
import dk.kk.registry.infra.http.NotFound;
import dk.kk.registry.infra.http.Paging;
import dk.kk.registry.shared.common.ListPage;
import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.source.FindSourceFactsQuery;
import dk.kk.registry.shared.source.FindSourceQuery;
import dk.kk.registry.shared.source.ListSourcesQuery;
import dk.kk.registry.shared.source.RegisterSourceCommand;
import dk.kk.registry.shared.source.SourceFactPage;
import dk.kk.registry.shared.source.SourceFactView;
import dk.kk.registry.shared.source.SourceKind;
import dk.kk.registry.shared.source.SourcePage;
import dk.kk.registry.shared.source.SourceView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sources (kilder), the documents facts are recorded from (API.md, "Sources"): registered by anyone who records facts
 * from documents (project managers, evaluators, administrators), read by everyone, each with the facts cited from it.
 */
@RestController
@RequestMapping(path = "/api/sources", produces = MediaType.APPLICATION_JSON_VALUE)
class SourceController {

    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private static final String CSV = "text/csv";

    private final Commands commands;
    private final Queries queries;
    private final EventSummaries summaries;

    SourceController(Commands commands, Queries queries, EventSummaries summaries) {
        this.commands = commands;
        this.queries = queries;
        this.summaries = summaries;
    }

    record NewSource(
            @NotBlank @Size(max = 64) String id,
            @NotBlank @Size(max = 300) String title,
            @Size(max = 200) String publisher,
            UncertainDate published,
            @Size(max = 500) String identifier,
            @NotNull SourceKind kind,
            @Size(max = 2000) String note,
            @Size(max = 2000) String reason) {}

    /** One fact recorded from a source, with a line saying what it was. */
    public record SourceFact(
            long position,
            String eventId,
            String type,
            String aggregateId,
            Instant recordedAt,
            String recordedBy,
            String locator,
            String quotation,
            String note,
            String summary) {}

    public record SourceFacts(List<SourceFact> items, int page, int size, long total) implements ListPage<SourceFact> {}

    @GetMapping(produces = {JSON, CSV})
    SourcePage sources(
            @RequestParam(required = false) SourceKind kind,
            @RequestParam(required = false) Instant asOf,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return queries.one(new ListSourcesQuery(kind, asOf, Paging.page(page), Paging.size(size)), SourcePage.class);
    }

    @GetMapping("/{id}")
    SourceView source(@PathVariable String id, @RequestParam(required = false) Instant asOf) {
        return find(id, asOf);
    }

    @PostMapping(consumes = JSON)
    ResponseEntity<Map<String, Object>> register(@Valid @RequestBody NewSource body) {
        long version = commands.create(
                new RegisterSourceCommand(
                        body.id(),
                        body.title(),
                        body.publisher(),
                        body.published(),
                        body.identifier(),
                        body.kind(),
                        body.note()),
                body.id(),
                body.reason());
        return ResponseEntity.created(URI.create("/api/sources/" + body.id()))
                .eTag("\"" + version + "\"")
                .body(Map.of("id", body.id(), "version", version));
    }

    @GetMapping(
            path = "/{id}/facts",
            produces = {JSON, CSV})
    SourceFacts facts(
            @PathVariable String id,
            @RequestParam(required = false) Instant asOf,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            Locale locale) {
        find(id, asOf);
        SourceFactPage found = queries.one(
                new FindSourceFactsQuery(id, asOf, Paging.page(page), Paging.size(size)), SourceFactPage.class);
        Map<String, String> lines =
                summaries.of(found.items().stream().map(SourceFactView::eventId).toList(), asOf, locale);
        return new SourceFacts(
                found.items().stream()
                        .map(fact -> new SourceFact(
                                fact.position(),
                                fact.eventId(),
                                fact.type(),
                                fact.aggregateId(),
                                fact.recordedAt(),
                                fact.recordedBy(),
                                fact.locator(),
                                fact.quotation(),
                                fact.note(),
                                lines.get(fact.eventId())))
                        .toList(),
                found.page(),
                found.size(),
                found.total());
    }

    private SourceView find(String id, Instant asOf) {
        return queries.optional(new FindSourceQuery(id, asOf), SourceView.class)
                .orElseThrow(() -> new NotFound("no source " + id));
    }
}
