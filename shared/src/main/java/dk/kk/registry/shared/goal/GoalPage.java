package dk.kk.registry.shared.goal;

import dk.kk.registry.shared.common.ListPage;
import java.util.List;

/** A page of GoalViews. */
public record GoalPage(List<GoalView> items, int page, int size, long total) implements ListPage<GoalView> {}
