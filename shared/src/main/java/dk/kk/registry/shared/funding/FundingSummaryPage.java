package dk.kk.registry.shared.funding;

import dk.kk.registry.shared.common.ListPage;
import java.util.List;

/** A page of funding totals, one per group, ordered by group. */
public record FundingSummaryPage(String groupBy, List<FundingTotalView> items, int page, int size, long total)
        implements ListPage<FundingTotalView> {}
