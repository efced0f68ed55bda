package dk.kk.registry.shared.goal;

import dk.kk.registry.shared.common.ListPage;
import java.util.List;

/** A page of the goal board. */
public record GoalBoard(List<GoalBoardRow> items, int page, int size, long total) implements ListPage<GoalBoardRow> {}
