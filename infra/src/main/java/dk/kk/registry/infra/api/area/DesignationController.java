package dk.kk.registry.infra.api.area;

import dk.kk.registry.infra.gateway.Queries;
import dk.kk.registry.infra.http.BadInput;
import dk.kk.registry.shared.area.DesignatedAreaView;
import dk.kk.registry.shared.area.DesignationList;
import dk.kk.registry.shared.area.FindDesignatedAreasQuery;
import dk.kk.registry.shared.common.Certainty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Which areas were on a list in a window of valid time ("designated in 2019"): each designation says whether it
 * certainly or only possibly held then, since its dates are as its sources state them.
 */
@RestController
class DesignationController {

    private final Queries queries;

    DesignationController(Queries queries) {
        this.queries = queries;
    }

    @GetMapping(path = "/api/designations", produces = MediaType.APPLICATION_JSON_VALUE)
    List<DesignatedAreaView> designated(
            @RequestParam(required = false) DesignationList list,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Certainty certainty,
            @RequestParam(required = false) Instant asOf) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadInput("to", "to is before from");
        }
        return queries.list(new FindDesignatedAreasQuery(list, from, to, certainty, asOf), DesignatedAreaView.class);
    }
}
