package dk.kk.registry.command.goal;

import dk.kk.registry.command.common.NewIds;
import dk.kk.registry.command.common.RuleViolation;
import dk.kk.registry.command.common.Years;
import dk.kk.registry.shared.goal.Baseline;
import dk.kk.registry.shared.goal.ConcludeGoalCommand;
import dk.kk.registry.shared.goal.GoalOutcome;

/**
 * A conclusion judges the figures, so one that says the goal was met, partly met or not met rests on at least one
 * status report and comes no earlier than the latest of them; abandoning a goal needs no figures. Its year has
 * begun and is not before the baseline.
 */
final class ConclusionRules {

    private ConclusionRules() {}

    static void check(ConcludeGoalCommand command, Baseline baseline, Integer latestStatusYear) {
        NewIds.requirePresent(command.outcome(), "outcome");
        Years.requirePlausible(command.year(), "year");
        if (command.year() < baseline.year()) {
            throw new RuleViolation(
                    "DatesAreConsistent", "year", "the conclusion is before the baseline year " + baseline.year());
        }
        Years.requireBegun(command.year(), "year");
        if (command.outcome() == GoalOutcome.ABANDONED) {
            return;
        }
        if (latestStatusYear == null) {
            throw new RuleViolation(
                    "ConclusionsRestOnAStatus",
                    "outcome",
                    "a goal is concluded " + command.outcome() + " only on a status report; report one first "
                            + "(or conclude ABANDONED)");
        }
        if (command.year() < latestStatusYear) {
            throw new RuleViolation(
                    "ConclusionsRestOnAStatus",
                    "year",
                    "the conclusion is before the latest status report (" + latestStatusYear + ")");
        }
    }
}
