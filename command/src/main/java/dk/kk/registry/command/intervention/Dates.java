package dk.kk.registry.command.intervention;

import dk.kk.registry.command.common.RuleViolation;
import java.time.LocalDate;

/** The valid-time frame of an intervention: planned start, planned end and the day a decision closed it. */
record Dates(LocalDate plannedStart, LocalDate plannedEnd, LocalDate closedOn) {

    static final String RULE = "DatesAreConsistent";

    static Dates checked(LocalDate plannedStart, LocalDate plannedEnd) {
        Require.present(plannedStart, "plannedStart");
        if (plannedEnd != null && plannedEnd.isBefore(plannedStart)) {
            throw new RuleViolation(RULE, "plannedEnd", "plannedEnd " + plannedEnd + " is before plannedStart "
                    + plannedStart);
        }
        return new Dates(plannedStart, plannedEnd, null);
    }

    void requireNotBeforeStart(LocalDate date, String field) {
        if (date.isBefore(plannedStart)) {
            throw new RuleViolation(RULE, field, field + " " + date + " is before the intervention's planned start "
                    + plannedStart);
        }
    }

    void requireExtension(LocalDate newEnd) {
        requireNotBeforeStart(newEnd, "plannedEnd");
        if (plannedEnd != null && !newEnd.isAfter(plannedEnd)) {
            throw new RuleViolation("ExtensionsMoveTheEndLater", "plannedEnd",
                    "the new planned end " + newEnd + " is not after the current planned end " + plannedEnd);
        }
    }

    Dates corrected(LocalDate newStart, LocalDate newEnd) {
        Dates result = checked(newStart != null ? newStart : plannedStart, newEnd != null ? newEnd : plannedEnd);
        return new Dates(result.plannedStart, result.plannedEnd, closedOn);
    }

    Dates withPlannedEnd(LocalDate newEnd) {
        return new Dates(plannedStart, newEnd, closedOn);
    }

    Dates closedOn(LocalDate day) {
        return new Dates(plannedStart, plannedEnd, day);
    }
}
