package dk.kk.registry.command.intervention;

import dk.kk.registry.command.common.RuleViolation;
import dk.kk.registry.shared.common.UncertainDate;

/**
 * The valid-time frame of an intervention: planned start, planned end and the day a decision closed it, each as its
 * source states it. Dates are refused as out of order only where they certainly are, whatever their true days within
 * what was stated: "2018" may end "2018-03" ({@link UncertainDate#certainlyBefore}).
 */
record Dates(UncertainDate plannedStart, UncertainDate plannedEnd, UncertainDate closedOn) {

    static final String RULE = "DatesAreConsistent";

    /** A start the source does not give is unknown; an end not given stays none. */
    static Dates checked(UncertainDate plannedStart, UncertainDate plannedEnd) {
        UncertainDate start = plannedStart == null ? UncertainDate.UNKNOWN : plannedStart;
        if (plannedEnd != null && plannedEnd.certainlyBefore(start)) {
            throw new RuleViolation(
                    RULE, "plannedEnd", "plannedEnd " + plannedEnd + " is before plannedStart " + start);
        }
        return new Dates(start, plannedEnd, null);
    }

    void requireNotBeforeStart(UncertainDate date, String field) {
        if (date.certainlyBefore(plannedStart)) {
            throw new RuleViolation(
                    RULE, field, field + " " + date + " is before the intervention's planned start " + plannedStart);
        }
    }

    /** A new planned end is refused only where it certainly is no later than the current one (or says the same). */
    void requireExtension(UncertainDate newEnd) {
        requireNotBeforeStart(newEnd, "plannedEnd");
        if (plannedEnd != null && (newEnd.equals(plannedEnd) || notLater(newEnd, plannedEnd))) {
            throw new RuleViolation(
                    "ExtensionsMoveTheEndLater",
                    "plannedEnd",
                    "the new planned end " + newEnd + " is not after the current planned end " + plannedEnd);
        }
    }

    private static boolean notLater(UncertainDate newEnd, UncertainDate current) {
        return newEnd.exactlyAsStated()
                && current.exactlyAsStated()
                && newEnd.latest() != null
                && current.earliest() != null
                && !newEnd.latest().isAfter(current.earliest());
    }

    Dates corrected(UncertainDate newStart, UncertainDate newEnd) {
        Dates result = checked(newStart != null ? newStart : plannedStart, newEnd != null ? newEnd : plannedEnd);
        return new Dates(result.plannedStart, result.plannedEnd, closedOn);
    }

    Dates withPlannedEnd(UncertainDate newEnd) {
        return new Dates(plannedStart, newEnd, closedOn);
    }

    Dates closedOn(UncertainDate day) {
        return new Dates(plannedStart, plannedEnd, day);
    }
}
