package dk.kk.registry.command.goal;

import dk.kk.registry.command.common.RuleViolation;
import dk.kk.registry.shared.goal.GoalConcludedEvent;

/**
 * A concluded goal takes no further status reports, target revisions or conclusions: the conclusion is the
 * administration's last word on it. Corrections of reports made before it are still recorded, since a wrong fact
 * stays wrong after the goal ends.
 */
final class ConcludedGoalsStayClosed {

    private ConcludedGoalsStayClosed() {}

    static void check(GoalConcludedEvent conclusion) {
        if (conclusion != null) {
            throw new RuleViolation(
                    "ConcludedGoalsStayClosed",
                    null,
                    "the goal was concluded ("
                            + conclusion.outcome() + " in " + conclusion.year() + "); only corrections of its status "
                            + "reports can still be recorded");
        }
    }
}
