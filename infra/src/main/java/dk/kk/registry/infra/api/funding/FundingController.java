package dk.kk.registry.infra.api.funding;

import dk.kk.registry.infra.gateway.Queries;
import dk.kk.registry.infra.http.BadInput;
import dk.kk.registry.infra.http.Paging;
import dk.kk.registry.shared.funding.FindFundingSummaryQuery;
import dk.kk.registry.shared.funding.FundingGroupBy;
import dk.kk.registry.shared.funding.FundingSummaryPage;
import dk.kk.registry.shared.intervention.InterventionCategory;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Money across the registry: what is committed, granted, adjusted, withdrawn and spent, per source kind, source,
 * year, area, lead administration or category, as known at any instant.
 */
@RestController
@RequestMapping(path = "/api/funding", produces = MediaType.APPLICATION_JSON_VALUE)
class FundingController {

    private final Queries queries;

    FundingController(Queries queries) {
        this.queries = queries;
    }

    @GetMapping(
            path = "/summary",
            produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    FundingSummaryPage summary(
            @RequestParam String groupBy,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String administration,
            @RequestParam(required = false) InterventionCategory category,
            @RequestParam(required = false) Instant asOf,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        // Parsed here, not bound as an enum, because the API spells the groupings in lowerCamelCase.
        FundingGroupBy grouping = FundingGroupBy.fromParameter(groupBy)
                .orElseThrow(() -> new BadInput(
                        "groupBy",
                        "groupBy must be one of "
                                + Arrays.stream(FundingGroupBy.values())
                                        .map(FundingGroupBy::parameter)
                                        .collect(Collectors.joining(", "))));
        return queries.one(
                new FindFundingSummaryQuery(
                        grouping,
                        blankAsNull(area),
                        blankAsNull(administration),
                        category,
                        asOf,
                        Paging.page(page),
                        Paging.size(size)),
                FundingSummaryPage.class);
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
