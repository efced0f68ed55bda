package dk.kk.registry.infra.api.reference;

import dk.kk.registry.infra.api.Writes;
import dk.kk.registry.infra.gateway.Commands;
import dk.kk.registry.infra.gateway.Queries;
import dk.kk.registry.infra.http.NotFound;
import dk.kk.registry.infra.http.Paging;
import dk.kk.registry.shared.area.AreaKind;
import dk.kk.registry.shared.area.AreaPage;
import dk.kk.registry.shared.area.AreaView;
import dk.kk.registry.shared.area.FindAreaQuery;
import dk.kk.registry.shared.area.ListAreasQuery;
import dk.kk.registry.shared.area.RegisterAreaCommand;
import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.indicator.DefineIndicatorCommand;
import dk.kk.registry.shared.indicator.Direction;
import dk.kk.registry.shared.indicator.FindIndicatorQuery;
import dk.kk.registry.shared.indicator.IndicatorPage;
import dk.kk.registry.shared.indicator.IndicatorView;
import dk.kk.registry.shared.indicator.ListIndicatorsQuery;
import dk.kk.registry.shared.indicator.Unit;
import dk.kk.registry.shared.organisation.FindOrganisationQuery;
import dk.kk.registry.shared.organisation.ListOrganisationsQuery;
import dk.kk.registry.shared.organisation.OrganisationKind;
import dk.kk.registry.shared.organisation.OrganisationPage;
import dk.kk.registry.shared.organisation.OrganisationView;
import dk.kk.registry.shared.organisation.RegisterOrganisationCommand;
import dk.kk.registry.shared.policy.AdoptPolicyCommand;
import dk.kk.registry.shared.policy.FindPolicyQuery;
import dk.kk.registry.shared.policy.ListPoliciesQuery;
import dk.kk.registry.shared.policy.PolicyPage;
import dk.kk.registry.shared.policy.PolicyView;
import dk.kk.registry.shared.policy.ReviseDesignationCriteriaCommand;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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

/** Reference data: administrations, organisations, areas, policies and indicators (goals: GoalController). */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class ReferenceController {

    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private static final String CSV = "text/csv";

    private final Writes<Map<String, Object>> organisations;
    private final Writes<Map<String, Object>> areas;
    private final Writes<Map<String, Object>> policies;
    private final Writes<Map<String, Object>> indicators;
    private final Queries queries;

    ReferenceController(Commands commands, Queries queries) {
        this.organisations = new Writes<>(commands, "/api/organisations/", ReferenceController::written);
        this.areas = new Writes<>(commands, "/api/areas/", ReferenceController::written);
        this.policies = new Writes<>(commands, "/api/policies/", ReferenceController::written);
        this.indicators = new Writes<>(commands, "/api/indicators/", ReferenceController::written);
        this.queries = queries;
    }

    private static Map<String, Object> written(String id, long version) {
        return Map.of("id", id, "version", version);
    }

    record NewOrganisation(
            @NotBlank @Size(max = 200) String name,
            @NotNull OrganisationKind kind,
            @Size(max = 2000) String reason) {}

    record NewArea(
            @NotBlank @Size(max = 64) String id,
            @NotBlank @Size(max = 200) String name,
            @NotNull AreaKind kind,
            @Size(max = 2000) String reason) {}

    record NewPolicy(
            @NotBlank @Size(max = 64) String id,
            @NotBlank @Size(max = 200) String title,
            @NotNull UncertainDate periodFrom,
            UncertainDate periodTo,
            @Size(max = 50) List<@NotBlank @Size(max = 1000) String> objectives,
            @Size(max = 50) List<@NotBlank @Size(max = 1000) String> focusAreas,
            @Size(max = 200) String criteriaLabel,
            @Size(max = 50) List<@NotBlank @Size(max = 1000) String> criteria,
            @Size(max = 2000) String reason) {}

    record CriteriaRevision(
            @NotBlank @Size(max = 200) String label,
            @NotNull UncertainDate effectiveFrom,
            @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 1000) String> criteria,
            @NotBlank @Size(max = 2000) String reason) {}

    record NewIndicator(
            @NotBlank @Size(max = 64) String id,
            @NotBlank @Size(max = 200) String name,
            @NotNull Unit unit,
            @NotNull Direction direction,
            @NotBlank @Size(max = 200) String source,
            @Size(max = 2000) String reason) {}

    @GetMapping(
            path = "/administrations",
            produces = {JSON, CSV})
    OrganisationPage administrations(@RequestParam(required = false) Instant asOf) {
        return queries.one(
                new ListOrganisationsQuery(OrganisationKind.ADMINISTRATION, asOf, 0, Paging.MAX_SIZE),
                OrganisationPage.class);
    }

    @GetMapping(
            path = "/organisations",
            produces = {JSON, CSV})
    OrganisationPage organisations(
            @RequestParam(required = false) OrganisationKind kind,
            @RequestParam(required = false) Instant asOf,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return queries.one(
                new ListOrganisationsQuery(kind, asOf, Paging.page(page), Paging.size(size)), OrganisationPage.class);
    }

    @GetMapping("/organisations/{id}")
    OrganisationView organisation(@PathVariable String id, @RequestParam(required = false) Instant asOf) {
        return queries.optional(new FindOrganisationQuery(id, asOf), OrganisationView.class)
                .orElseThrow(() -> new NotFound("no organisation " + id));
    }

    @PostMapping(path = "/organisations", consumes = JSON)
    ResponseEntity<Map<String, Object>> registerOrganisation(@Valid @RequestBody NewOrganisation body) {
        String id = UUID.randomUUID().toString();
        return organisations.create(id, body.reason(), new RegisterOrganisationCommand(id, body.name(), body.kind()));
    }

    @GetMapping(
            path = "/areas",
            produces = {JSON, CSV})
    AreaPage areas(
            @RequestParam(required = false) AreaKind kind,
            @RequestParam(required = false) Instant asOf,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return queries.one(new ListAreasQuery(kind, asOf, Paging.page(page), Paging.size(size)), AreaPage.class);
    }

    @GetMapping("/areas/{id}")
    AreaView area(@PathVariable String id, @RequestParam(required = false) Instant asOf) {
        return queries.optional(new FindAreaQuery(id, asOf), AreaView.class)
                .orElseThrow(() -> new NotFound("no area " + id));
    }

    @PostMapping(path = "/areas", consumes = JSON)
    ResponseEntity<Map<String, Object>> registerArea(@Valid @RequestBody NewArea body) {
        return areas.create(body.id(), body.reason(), new RegisterAreaCommand(body.id(), body.name(), body.kind()));
    }

    @GetMapping(
            path = "/policies",
            produces = {JSON, CSV})
    PolicyPage policies(
            @RequestParam(required = false) Instant asOf,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return queries.one(new ListPoliciesQuery(asOf, Paging.page(page), Paging.size(size)), PolicyPage.class);
    }

    @GetMapping("/policies/{id}")
    PolicyView policy(@PathVariable String id, @RequestParam(required = false) Instant asOf) {
        return queries.optional(new FindPolicyQuery(id, asOf), PolicyView.class)
                .orElseThrow(() -> new NotFound("no policy " + id));
    }

    @PostMapping(path = "/policies", consumes = JSON)
    ResponseEntity<Map<String, Object>> adoptPolicy(@Valid @RequestBody NewPolicy body) {
        return policies.create(
                body.id(),
                body.reason(),
                new AdoptPolicyCommand(
                        body.id(),
                        body.title(),
                        body.periodFrom(),
                        body.periodTo(),
                        body.objectives(),
                        body.focusAreas(),
                        body.criteriaLabel(),
                        body.criteria()));
    }

    @PostMapping(path = "/policies/{id}/criteria", consumes = JSON)
    ResponseEntity<Map<String, Object>> reviseCriteria(
            @PathVariable String id,
            @Valid @RequestBody CriteriaRevision body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return policies.update(
                id,
                ifMatch,
                body.reason(),
                expected -> new ReviseDesignationCriteriaCommand(
                        id, expected, body.label(), body.effectiveFrom(), body.criteria()));
    }

    @GetMapping(
            path = "/indicators",
            produces = {JSON, CSV})
    IndicatorPage indicators(
            @RequestParam(required = false) Instant asOf,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return queries.one(new ListIndicatorsQuery(asOf, Paging.page(page), Paging.size(size)), IndicatorPage.class);
    }

    @GetMapping("/indicators/{id}")
    IndicatorView indicator(@PathVariable String id, @RequestParam(required = false) Instant asOf) {
        return queries.optional(new FindIndicatorQuery(id, asOf), IndicatorView.class)
                .orElseThrow(() -> new NotFound("no indicator " + id));
    }

    @PostMapping(path = "/indicators", consumes = JSON)
    ResponseEntity<Map<String, Object>> defineIndicator(@Valid @RequestBody NewIndicator body) {
        return indicators.create(
                body.id(),
                body.reason(),
                new DefineIndicatorCommand(body.id(), body.name(), body.unit(), body.direction(), body.source()));
    }
}
