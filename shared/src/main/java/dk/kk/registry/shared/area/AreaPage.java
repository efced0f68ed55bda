package dk.kk.registry.shared.area;

import dk.kk.registry.shared.common.ListPage;
import java.util.List;

/** A page of AreaViews. */
public record AreaPage(List<AreaView> items, int page, int size, long total) implements ListPage<AreaView> {}
