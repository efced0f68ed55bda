package dk.kk.registry.command.common;

import java.time.LocalDate;
import java.time.ZoneId;
import org.axonframework.eventhandling.GenericEventMessage;

/** Years a goal speaks of: within the registry's horizon, and, for what has been measured, already begun. */
public final class Years {

    static final int FIRST = 1990;
    static final int LAST = 2100;
    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    private Years() {}

    public static void requirePlausible(Integer year, String field) {
        if (year == null) {
            throw new RuleViolation("RequiredFields", field, field + " is required");
        }
        if (year < FIRST || year > LAST) {
            throw new RuleViolation("YearsArePlausible", field, field + " must be between " + FIRST + " and " + LAST);
        }
    }

    /** Axon's event clock, so that the fixture tests can fix "now". */
    public static void requireBegun(int year, String field) {
        int current = LocalDate.ofInstant(GenericEventMessage.clock.instant(), COPENHAGEN)
                .getYear();
        if (year > current) {
            throw new RuleViolation("YearHasBegun", field, field + " " + year + " has not begun");
        }
    }
}
