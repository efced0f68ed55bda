package dk.kk.registry.command.plan;

import java.util.List;

/**
 * The areas a goal is about, as it was set (a goal's areas never change): what a plan needs to know to take only its
 * own area's goals. Answered from the event store, consistently with every committed command.
 */
public interface GoalScopes {

    List<String> areasOf(String goalId);
}
