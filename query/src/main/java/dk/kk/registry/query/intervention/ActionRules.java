package dk.kk.registry.query.intervention;

import dk.kk.registry.shared.intervention.ActionNeeded;
import dk.kk.registry.shared.intervention.FundingLineView;
import dk.kk.registry.shared.intervention.InterventionView;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * When an open intervention needs its project manager: its evaluation is overdue or falls due within the horizon, its
 * planned end is within the horizon, it has no funding line standing, or its stage has not moved for a year. A closed
 * intervention (ended, embedded, terminated) needs none of these.
 */
final class ActionRules {

    static final int HORIZON_DAYS = 90;

    private ActionRules() {}

    /**
     * The day the evaluation falls due, counted from the latest day the planned end allows; null when there is none to
     * make (evaluated, no planned end or none with a latest day, closed).
     */
    static LocalDate evaluationDue(InterventionView intervention, Duration grace) {
        if (!open(intervention) || !intervention.evaluations().isEmpty() || intervention.plannedEnd() == null) {
            return null;
        }
        LocalDate latestEnd = intervention.plannedEnd().latest();
        return latestEnd == null ? null : latestEnd.plusDays(grace.toDays());
    }

    static List<ActionNeeded> reasons(InterventionView intervention, LocalDate today, Duration grace) {
        List<ActionNeeded> reasons = new ArrayList<>();
        if (!open(intervention)) {
            return reasons;
        }
        LocalDate horizon = today.plusDays(HORIZON_DAYS);
        LocalDate due = evaluationDue(intervention, grace);
        if (intervention.overdueEvaluation()) {
            reasons.add(ActionNeeded.EVALUATION_OVERDUE);
        } else if (due != null && !due.isBefore(today) && !due.isAfter(horizon)) {
            reasons.add(ActionNeeded.EVALUATION_DUE);
        }
        LocalDate end = intervention.plannedEnd() == null
                ? null
                : intervention.plannedEnd().latest();
        if (end != null && !end.isBefore(today) && !end.isAfter(horizon)) {
            reasons.add(ActionNeeded.PLANNED_END_NEAR);
        }
        if (intervention.funding().stream().allMatch(FundingLineView::withdrawn)) {
            reasons.add(ActionNeeded.NO_FUNDING);
        }
        if (intervention.stageSince() != null && intervention.stageSince().certainlyOnOrBefore(today.minusYears(1))) {
            reasons.add(ActionNeeded.STAGE_UNCHANGED);
        }
        return reasons;
    }

    private static boolean open(InterventionView intervention) {
        return intervention.endedOn() == null
                && (intervention.stage() == null || !intervention.stage().isClosed());
    }
}
