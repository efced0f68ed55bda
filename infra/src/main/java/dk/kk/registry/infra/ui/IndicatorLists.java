package dk.kk.registry.infra.ui;

import dk.kk.registry.infra.gateway.Queries;
import dk.kk.registry.infra.http.Paging;
import dk.kk.registry.shared.indicator.IndicatorPage;
import dk.kk.registry.shared.indicator.IndicatorView;
import dk.kk.registry.shared.indicator.ListIndicatorsQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The indicators as known at the page's instant, by id and by name, for choices and for showing ids by name. */
@Component
class IndicatorLists {

    private final Queries queries;

    IndicatorLists(Queries queries) {
        this.queries = queries;
    }

    /** Every indicator by id, in the order of their names. */
    Map<String, IndicatorView> byId(Instant asOf) {
        List<IndicatorView> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            IndicatorPage found =
                    queries.one(new ListIndicatorsQuery(asOf, page, Paging.MAX_SIZE), IndicatorPage.class);
            all.addAll(found.items());
            if (all.size() >= found.total() || found.items().isEmpty()) {
                break;
            }
        }
        all.sort(Comparator.comparing(IndicatorView::name, String.CASE_INSENSITIVE_ORDER));
        Map<String, IndicatorView> byId = new LinkedHashMap<>();
        all.forEach(indicator -> byId.put(indicator.id(), indicator));
        return byId;
    }
}
