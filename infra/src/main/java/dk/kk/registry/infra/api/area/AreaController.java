package dk.kk.registry.infra.api.area;

import dk.kk.registry.infra.api.Versions;
import dk.kk.registry.infra.api.Writes;
import dk.kk.registry.infra.gateway.Commands;
import dk.kk.registry.infra.gateway.Queries;
import dk.kk.registry.infra.http.NotFound;
import dk.kk.registry.infra.http.Paging;
import dk.kk.registry.shared.area.AreaHistoryView;
import dk.kk.registry.shared.area.AreaInterventionView;
import dk.kk.registry.shared.area.AreaMeasurementView;
import dk.kk.registry.shared.area.AreaView;
import dk.kk.registry.shared.area.AreaYearView;
import dk.kk.registry.shared.area.DesignateAreaCommand;
import dk.kk.registry.shared.area.DesignationList;
import dk.kk.registry.shared.area.DesignationView;
import dk.kk.registry.shared.area.EndDesignationCommand;
import dk.kk.registry.shared.area.FindAreaMeasurementsQuery;
import dk.kk.registry.shared.area.FindAreaQuery;
import dk.kk.registry.shared.area.FindDesignationsQuery;
import dk.kk.registry.shared.area.RenameAreaCommand;
import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.goal.GoalPage;
import dk.kk.registry.shared.goal.GoalView;
import dk.kk.registry.shared.goal.ListGoalsQuery;
import dk.kk.registry.shared.intervention.FindInterventionsInAreaQuery;
import dk.kk.registry.shared.plan.DevelopmentPlanPage;
import dk.kk.registry.shared.plan.DevelopmentPlanView;
import dk.kk.registry.shared.plan.ListDevelopmentPlansQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
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

/** An area's designations (udpegninger), its name, and its history: what it was and what was tried there. */
@RestController
@RequestMapping(path = "/api/areas/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
class AreaController {

    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    private final Writes<Map<String, Object>> writes;
    private final Queries queries;

    AreaController(Commands commands, Queries queries) {
        this.writes = new Writes<>(commands, "/api/areas/", (id, version) -> Map.of("id", id, "version", version));
        this.queries = queries;
    }

    record Designate(
            @NotNull DesignationList list,
            @Size(max = 64) String policy,
            @NotNull UncertainDate effectiveFrom,
            @Size(max = 50) List<@NotBlank @Size(max = 500) String> criteria,
            @Size(max = 64) String screeningId,
            @Size(max = 2000) String reason) {}

    record EndDesignation(
            @NotNull UncertainDate effectiveTo,
            @NotBlank @Size(max = 2000) String reason) {}

    record Rename(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 2000) String reason) {}

    @PostMapping(path = "/designations", consumes = JSON)
    ResponseEntity<Map<String, Object>> designate(
            @PathVariable String id,
            @Valid @RequestBody Designate body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        String designationId = UUID.randomUUID().toString();
        long version = writes.send(
                id,
                ifMatch,
                body.reason(),
                expected -> new DesignateAreaCommand(
                        id,
                        expected,
                        designationId,
                        body.list(),
                        body.policy(),
                        body.effectiveFrom(),
                        body.criteria(),
                        body.screeningId()));
        return ResponseEntity.created(URI.create("/api/areas/" + id + "/history"))
                .eTag(Versions.etag(version))
                .body(Map.of("id", id, "version", version, "designationId", designationId));
    }

    @PostMapping(path = "/designations/{designationId}/end", consumes = JSON)
    ResponseEntity<Map<String, Object>> end(
            @PathVariable String id,
            @PathVariable String designationId,
            @Valid @RequestBody EndDesignation body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return writes.update(
                id,
                ifMatch,
                body.reason(),
                expected -> new EndDesignationCommand(id, expected, designationId, body.effectiveTo()));
    }

    @PostMapping(path = "/name", consumes = JSON)
    ResponseEntity<Map<String, Object>> rename(
            @PathVariable String id,
            @Valid @RequestBody Rename body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return writes.update(id, ifMatch, body.reason(), expected -> new RenameAreaCommand(id, expected, body.name()));
    }

    @GetMapping("/history")
    AreaHistoryView history(@PathVariable String id, @RequestParam(required = false) Instant asOf) {
        AreaView area = queries.optional(new FindAreaQuery(id, asOf), AreaView.class)
                .orElseThrow(() -> new NotFound("no area " + id));
        List<DesignationView> designations = queries.list(new FindDesignationsQuery(id, asOf), DesignationView.class);
        List<AreaInterventionView> interventions =
                queries.list(new FindInterventionsInAreaQuery(id, asOf), AreaInterventionView.class);
        int thisYear = LocalDate.ofInstant(asOf == null ? Instant.now() : asOf, COPENHAGEN)
                .getYear();
        List<AreaMeasurementView> measurements =
                queries.list(new FindAreaMeasurementsQuery(id, asOf), AreaMeasurementView.class);
        List<GoalView> goals = queries.one(new ListGoalsQuery(null, null, id, asOf, 0, Paging.MAX_SIZE), GoalPage.class)
                .items();
        List<DevelopmentPlanView> plans = queries.one(
                        new ListDevelopmentPlansQuery(id, null, null, asOf, 0, Paging.MAX_SIZE),
                        DevelopmentPlanPage.class)
                .items();
        return new AreaHistoryView(
                area, designations, interventions, byYear(interventions, thisYear), measurements, goals, plans);
    }

    /** Valid time: each year from the first intervention's start to this year, with the interventions running then. */
    static List<AreaYearView> byYear(List<AreaInterventionView> interventions, int lastYear) {
        int first = AreaYearView.firstYear(interventions, lastYear + 1);
        List<AreaYearView> years = new ArrayList<>();
        for (int year = first; year <= lastYear; year++) {
            List<AreaInterventionView> running = AreaYearView.running(interventions, year);
            if (!running.isEmpty()) {
                years.add(new AreaYearView(year, running));
            }
        }
        return years;
    }
}
