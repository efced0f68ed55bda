package dk.kk.registry.shared.overlap;

import dk.kk.registry.shared.common.ListPage;
import java.util.List;

/** A page of overlaps, ordered by area, start of the overlap and the pair's titles. */
public record OverlapPage(List<OverlapView> items, int page, int size, long total) implements ListPage<OverlapView> {}
