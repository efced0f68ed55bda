package dk.kk.registry.shared.policy;

import dk.kk.registry.shared.common.ListPage;
import java.util.List;

/** A page of PolicyViews. */
public record PolicyPage(List<PolicyView> items, int page, int size, long total) implements ListPage<PolicyView> {}
