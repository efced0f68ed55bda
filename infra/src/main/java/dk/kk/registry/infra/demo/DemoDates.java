package dk.kk.registry.infra.demo;

import dk.kk.registry.shared.common.UncertainDate;
import java.time.LocalDate;

/**
 * Where a command still holds a day, not a date as its source states it (policy periods, designations, criteria
 * revisions): the first or last possible day, never a day the notation does not bound. The notation itself goes with
 * the write's citation note, so the record says what the source supports.
 */
final class DemoDates {

    private DemoDates() {
    }

    /** The first possible day, or null where the date has no lower bound (the fact then waits for the command). */
    static LocalDate day(UncertainDate date) {
        return date == null ? null : date.earliest();
    }

    /** The last possible day, or null where the date has none (an open end). */
    static LocalDate lastDayOrNull(UncertainDate date) {
        return date == null ? null : date.latest();
    }
}
