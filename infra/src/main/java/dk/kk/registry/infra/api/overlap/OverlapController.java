package dk.kk.registry.infra.api.overlap;

import dk.kk.registry.infra.gateway.Queries;
import dk.kk.registry.infra.http.Paging;
import dk.kk.registry.shared.overlap.FindOverlapsQuery;
import dk.kk.registry.shared.overlap.OverlapPage;
import java.time.Instant;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Interventions that may duplicate each other: same area, category and target group at the same time. */
@RestController
@RequestMapping(path = "/api/overlaps", produces = MediaType.APPLICATION_JSON_VALUE)
class OverlapController {

    private final Queries queries;

    OverlapController(Queries queries) {
        this.queries = queries;
    }

    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    OverlapPage overlaps(
            @RequestParam(required = false) String area,
            @RequestParam(required = false) Instant asOf,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return queries.one(
                new FindOverlapsQuery(
                        area == null || area.isBlank() ? null : area, asOf, Paging.page(page), Paging.size(size)),
                OverlapPage.class);
    }
}
