package dk.kk.registry.shared.intervention;

import dk.kk.registry.shared.common.ListPage;
import java.util.List;

/** A page of InterventionSummarys. */
public record InterventionPage(List<InterventionSummary> items, int page, int size, long total)
        implements ListPage<InterventionSummary> {}
