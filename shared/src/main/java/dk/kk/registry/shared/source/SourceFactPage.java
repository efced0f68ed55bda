package dk.kk.registry.shared.source;

import dk.kk.registry.shared.common.ListPage;
import java.util.List;

/** A page of the facts recorded from one source. */
public record SourceFactPage(List<SourceFactView> items, int page, int size, long total)
        implements ListPage<SourceFactView> {}
