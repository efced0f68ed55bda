package dk.kk.registry.infra.api.reference;

import dk.kk.registry.command.common.ReferenceCatalog;
import dk.kk.registry.infra.api.Versions;
import dk.kk.registry.infra.gateway.Commands;
import dk.kk.registry.infra.gateway.Queries;
import dk.kk.registry.infra.http.NotFound;
import dk.kk.registry.shared.common.ReferenceKind;
import dk.kk.registry.shared.indicator.Direction;
import dk.kk.registry.shared.indicator.FindIndicatorQuery;
import dk.kk.registry.shared.indicator.IndicatorView;
import dk.kk.registry.shared.indicator.RedefineIndicatorCommand;
import dk.kk.registry.shared.indicator.Unit;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** A new version of an indicator's definition; {@code GET /api/indicators/{id}} lists every version. */
@RestController
class IndicatorRedefinitionController {

    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;

    private final Commands commands;
    private final Queries queries;
    private final ReferenceCatalog catalog;

    IndicatorRedefinitionController(Commands commands, Queries queries, ReferenceCatalog catalog) {
        this.commands = commands;
        this.queries = queries;
        this.catalog = catalog;
    }

    record Redefinition(
            @NotBlank @Size(max = 200) String name,
            @NotNull Unit unit,
            @NotNull Direction direction,
            @NotBlank @Size(max = 200) String source,
            @NotBlank @Size(max = 2000) String reason) {}

    @PostMapping(path = "/api/indicators/{id}/redefinitions", consumes = JSON, produces = JSON)
    ResponseEntity<Map<String, Object>> redefine(
            @PathVariable String id,
            @Valid @RequestBody Redefinition body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        // Another aggregate's events (an area's, say) cannot be loaded as an indicator: refuse before trying.
        if (!catalog.exists(ReferenceKind.INDICATOR, id)) {
            throw new NotFound("no indicator " + id);
        }
        long version = commands.update(
                new RedefineIndicatorCommand(
                        id, Versions.expected(ifMatch), body.name(), body.unit(), body.direction(), body.source()),
                id,
                body.reason());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", id);
        answer.put("version", version);
        answer.put(
                "indicatorVersion",
                queries.optional(new FindIndicatorQuery(id, null), IndicatorView.class)
                        .map(IndicatorView::version)
                        .orElse(null));
        return ResponseEntity.created(URI.create("/api/indicators/" + id))
                .eTag(Versions.etag(version))
                .body(answer);
    }
}
