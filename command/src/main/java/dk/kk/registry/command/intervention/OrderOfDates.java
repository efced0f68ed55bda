package dk.kk.registry.command.intervention;

import java.time.LocalDate;

/**
 * The rules on two dates or years of one command that need nothing else to be judged: a form asks them beside its own
 * checks, so that an empty title and an end before the start are shown in one round. The command is judged by the
 * same rules again when it is sent.
 */
public final class OrderOfDates {

    private OrderOfDates() {
    }

    public static void plannedPeriod(LocalDate plannedStart, LocalDate plannedEnd) {
        if (plannedStart != null) {
            Dates.checked(plannedStart, plannedEnd);
        }
    }

    public static void fundingYears(Integer fromYear, Integer toYear) {
        if (fromYear != null && toYear != null) {
            FundingRules.requireYears(fromYear, toYear);
        }
    }

    public static void evaluatedPeriod(LocalDate periodFrom, LocalDate periodTo) {
        if (periodFrom != null && periodTo != null) {
            EvaluationRules.requireForward(periodFrom, periodTo);
        }
    }
}
