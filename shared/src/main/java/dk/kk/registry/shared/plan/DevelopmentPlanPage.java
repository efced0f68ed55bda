package dk.kk.registry.shared.plan;

import dk.kk.registry.shared.common.ListPage;
import java.util.List;

/** A page of development plans. */
public record DevelopmentPlanPage(List<DevelopmentPlanView> items, int page, int size, long total)
        implements ListPage<DevelopmentPlanView> {}
