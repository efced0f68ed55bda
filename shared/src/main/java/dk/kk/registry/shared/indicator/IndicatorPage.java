package dk.kk.registry.shared.indicator;

import dk.kk.registry.shared.common.ListPage;
import java.util.List;

/** A page of IndicatorViews. */
public record IndicatorPage(List<IndicatorView> items, int page, int size, long total)
        implements ListPage<IndicatorView> {}
