package dk.kk.registry.command.plan;

import dk.kk.registry.command.common.NothingChanged;
import dk.kk.registry.command.common.RuleViolation;
import dk.kk.registry.shared.plan.PlanStatus;
import java.time.LocalDate;

/**
 * A plan is drafted, adopted, followed up and evaluated in that order (a step may be skipped, none taken back); it
 * may be superseded from any status, and a superseded plan stays so. Each change is effective no earlier than the
 * one before.
 */
final class PlanStatusMovesForward {

    private PlanStatusMovesForward() {}

    static void check(PlanStatus from, LocalDate since, PlanStatus to, LocalDate effectiveFrom) {
        if (to == null) {
            throw new RuleViolation("RequiredFields", "status", "status is required");
        }
        if (effectiveFrom == null) {
            throw new RuleViolation("RequiredFields", "effectiveFrom", "effectiveFrom is required");
        }
        if (to == from) {
            throw new NothingChanged("status", "the plan is already " + to);
        }
        if (from == PlanStatus.SUPERSEDED) {
            throw new RuleViolation("PlanStatusMovesForward", "status", "a superseded plan stays superseded");
        }
        if (to != PlanStatus.SUPERSEDED && to.ordinal() < from.ordinal()) {
            throw new RuleViolation(
                    "PlanStatusMovesForward", "status", "a plan that is " + from + " cannot go back to " + to);
        }
        if (since != null && effectiveFrom.isBefore(since)) {
            throw new RuleViolation(
                    "DatesAreConsistent",
                    "effectiveFrom",
                    "the change is effective before the plan's current status (" + since + ")");
        }
    }
}
