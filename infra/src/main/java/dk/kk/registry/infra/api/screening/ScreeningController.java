package dk.kk.registry.infra.api.screening;

import dk.kk.registry.command.common.RuleViolation;
import dk.kk.registry.infra.api.Versions;
import dk.kk.registry.infra.gateway.Commands;
import dk.kk.registry.infra.gateway.Queries;
import dk.kk.registry.infra.http.NotFound;
import dk.kk.registry.infra.http.Paging;
import dk.kk.registry.shared.area.AreaKind;
import dk.kk.registry.shared.area.AreaPage;
import dk.kk.registry.shared.area.AreaView;
import dk.kk.registry.shared.area.DesignateAreaCommand;
import dk.kk.registry.shared.area.DesignationList;
import dk.kk.registry.shared.area.ListAreasQuery;
import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.policy.FindPolicyQuery;
import dk.kk.registry.shared.policy.PolicyView;
import dk.kk.registry.shared.screening.ConfirmProposalCommand;
import dk.kk.registry.shared.screening.FindMeasuredValuesQuery;
import dk.kk.registry.shared.screening.FindScreeningQuery;
import dk.kk.registry.shared.screening.MeasuredValue;
import dk.kk.registry.shared.screening.ProposalView;
import dk.kk.registry.shared.screening.RejectProposalCommand;
import dk.kk.registry.shared.screening.ReopenProposalCommand;
import dk.kk.registry.shared.screening.RunScreeningCommand;
import dk.kk.registry.shared.screening.ScreeningCriterion;
import dk.kk.registry.shared.screening.ScreeningInput;
import dk.kk.registry.shared.screening.ScreeningRule;
import dk.kk.registry.shared.screening.ScreeningView;
import dk.kk.registry.shared.screening.SetScreeningRuleCommand;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
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
 * Screenings: a policy's rule run over a year's measurements, proposing areas for designation; an administrator
 * confirms a proposal (it becomes a designation naming the screening) or rejects it.
 */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
class ScreeningController {

    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;

    private final Commands commands;
    private final Queries queries;

    ScreeningController(Commands commands, Queries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    record RuleBody(
            @NotEmpty @Size(max = 20) List<@NotNull @Valid ScreeningCriterion> criteria,
            @Min(1) int minimumMet,
            @Size(max = 2000) String reason) {}

    record Run(
            @NotBlank @Size(max = 64) String policy,
            @Min(1990) @Max(2100) int year,
            @Size(max = 500) List<@NotBlank @Size(max = 64) String> areas,
            @Size(max = 2000) String reason) {}

    record Confirmation(
            @NotNull DesignationList list,
            @NotNull UncertainDate effectiveFrom,
            @NotBlank @Size(max = 2000) String reason) {}

    record Rejection(@NotBlank @Size(max = 2000) String reason) {}

    @PostMapping(path = "/api/policies/{id}/screening-rule", consumes = JSON)
    ResponseEntity<Map<String, Object>> setRule(
            @PathVariable String id,
            @Valid @RequestBody RuleBody body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = commands.update(
                new SetScreeningRuleCommand(
                        id, Versions.expected(ifMatch), new ScreeningRule(body.criteria(), body.minimumMet())),
                id,
                body.reason());
        return Versions.ok(version, Map.of("id", id, "version", version));
    }

    @PostMapping(path = "/api/screenings", consumes = JSON)
    ResponseEntity<ScreeningView> run(@Valid @RequestBody Run body) {
        PolicyView policy = queries.optional(new FindPolicyQuery(body.policy(), null), PolicyView.class)
                .orElseThrow(() ->
                        new RuleViolation("ReferencesMustExist", "policy", "unknown policy '" + body.policy() + "'"));
        List<ScreeningInput> inputs = policy.screeningRule() == null
                ? List.of()
                : inputs(policy.screeningRule(), candidates(body.areas()), body.year());
        String id = UUID.randomUUID().toString();
        commands.create(
                new RunScreeningCommand(id, policy.id(), body.year(), policy.screeningRule(), inputs),
                id,
                body.reason());
        ScreeningView view = get(id, null);
        return ResponseEntity.created(URI.create("/api/screenings/" + id))
                .eTag(Versions.etag(0))
                .body(view);
    }

    @GetMapping("/api/screenings/{id}")
    ScreeningView get(@PathVariable String id, @RequestParam(required = false) Instant asOf) {
        return queries.optional(new FindScreeningQuery(id, asOf), ScreeningView.class)
                .orElseThrow(() -> new NotFound("no screening " + id));
    }

    /**
     * Confirming records the decision on the screening, then the designation; if the designation is refused (the
     * area is already on that list, say), the decision is taken back and the refusal answered.
     */
    @PostMapping(path = "/api/screenings/{id}/proposals/{area}/confirmation", consumes = JSON)
    ResponseEntity<Map<String, Object>> confirm(
            @PathVariable String id, @PathVariable String area, @Valid @RequestBody Confirmation body) {
        ScreeningView screening = get(id, null);
        ProposalView proposal = screening.proposals().stream()
                .filter(p -> p.area().equals(area))
                .findFirst()
                .orElseThrow(() -> new RuleViolation(
                        "ProposalsMustExist", "area", "the screening did not propose area '" + area + "'"));
        String designationId = UUID.randomUUID().toString();
        commands.update(new ConfirmProposalCommand(id, null, area, designationId), id, body.reason());
        try {
            commands.update(
                    new DesignateAreaCommand(
                            area,
                            null,
                            designationId,
                            body.list(),
                            screening.policy(),
                            body.effectiveFrom(),
                            proposal.criteriaMet(),
                            id),
                    area,
                    body.reason());
        } catch (RuntimeException refused) {
            commands.update(
                    new ReopenProposalCommand(id, null, area),
                    id,
                    "the designation was refused: " + refused.getMessage());
            throw refused;
        }
        return ResponseEntity.ok(Map.of("screeningId", id, "area", area, "designationId", designationId));
    }

    @PostMapping(path = "/api/screenings/{id}/proposals/{area}/rejection", consumes = JSON)
    ResponseEntity<Map<String, Object>> reject(
            @PathVariable String id, @PathVariable String area, @Valid @RequestBody Rejection body) {
        long version = commands.update(new RejectProposalCommand(id, null, area), id, body.reason());
        return Versions.ok(version, Map.of("screeningId", id, "area", area, "version", version));
    }

    /** The areas named, or every area that can be designated (comparison areas never are). */
    private List<String> candidates(List<String> named) {
        if (named != null && !named.isEmpty()) {
            return List.copyOf(new LinkedHashSet<>(named));
        }
        List<String> areas = new ArrayList<>();
        for (AreaKind kind : List.of(AreaKind.MUNICIPAL_DESIGNATED, AreaKind.STATE_LISTED)) {
            AreaPage page = queries.one(new ListAreasQuery(kind, null, 0, Paging.MAX_SIZE), AreaPage.class);
            page.items().stream().map(AreaView::id).forEach(areas::add);
        }
        return areas;
    }

    private List<ScreeningInput> inputs(ScreeningRule rule, List<String> areas, int year) {
        List<ScreeningInput> inputs = new ArrayList<>();
        for (ScreeningCriterion criterion : rule.criteria()) {
            Set<String> wanted = new LinkedHashSet<>(areas);
            if (criterion.relativeTo() != null) {
                wanted.add(criterion.relativeTo());
            }
            Map<String, MeasuredValue> values = queries
                    .list(
                            new FindMeasuredValuesQuery(criterion.indicator(), List.copyOf(wanted), year, null),
                            MeasuredValue.class)
                    .stream()
                    .collect(Collectors.toMap(MeasuredValue::area, Function.identity(), (a, b) -> a));
            MeasuredValue comparison = criterion.relativeTo() == null ? null : values.get(criterion.relativeTo());
            for (String area : areas) {
                MeasuredValue value = values.get(area);
                inputs.add(new ScreeningInput(
                        area,
                        criterion.name(),
                        criterion.indicator(),
                        value == null ? null : value.value(),
                        comparison == null ? null : comparison.value(),
                        false,
                        value == null ? null : value.measurementId(),
                        comparison == null ? null : comparison.measurementId()));
            }
        }
        return inputs;
    }
}
