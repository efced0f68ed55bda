package dk.kk.registry.shared.source;

import dk.kk.registry.shared.common.ListPage;
import java.util.List;

/** A page of SourceViews. */
public record SourcePage(List<SourceView> items, int page, int size, long total) implements ListPage<SourceView> {}
