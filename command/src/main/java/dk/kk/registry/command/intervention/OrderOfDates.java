package dk.kk.registry.command.intervention;

import dk.kk.registry.shared.common.UncertainDate;

/**
 * The rules on two dates or years of one command that need nothing else to be judged: a form asks them beside its own
 * checks, so that an empty title and an end before the start are shown in one round. The command is judged by the
 * same rules again when it is sent.
 */
public final class OrderOfDates {

    private OrderOfDates() {}

    public static void plannedPeriod(UncertainDate plannedStart, UncertainDate plannedEnd) {
        Dates.checked(plannedStart, plannedEnd);
    }

    public static void fundingYears(Integer fromYear, Integer toYear) {
        if (fromYear != null && toYear != null) {
            FundingRules.requireYears(fromYear, toYear);
        }
    }

    public static void evaluatedPeriod(UncertainDate periodFrom, UncertainDate periodTo) {
        if (periodFrom != null && periodTo != null) {
            EvaluationRules.requireForward(periodFrom, periodTo);
        }
    }
}
