package dk.kk.registry.infra.api;

import dk.kk.registry.infra.http.BadInput;

/**
 * The years a figure can be asked for in a parameter (a series' {@code from}/{@code to}, a comparison's or a chart's
 * {@code baseline} and {@code status}): 1900 to 2100. A year outside them is a mistake in the request, answered 400
 * naming the parameter, not an empty answer that looks like missing data.
 */
public final class StatisticsYears {

    public static final int EARLIEST = 1900;
    public static final int LATEST = 2100;

    private StatisticsYears() {}

    /** Refuses a year outside the range; {@code null} (not given) passes. */
    public static void require(Integer year, String parameter) {
        if (year != null && (year < EARLIEST || year > LATEST)) {
            throw new BadInput(parameter, parameter + " must be a year between " + EARLIEST + " and " + LATEST);
        }
    }
}
