package dk.kk.registry.query.intervention;

import dk.kk.registry.shared.common.Certainty;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/**
 * A window of valid time asked in SQL with the rule of {@link Certainty#ranWithin}: something ran in the window
 * possibly when its start may fall on or before the window's last day and its end may fall on or after the first;
 * certainly when both certainly do. A qualified date ({@code ?}, {@code ~}) is never certain and bounds nothing; an
 * unknown date (no earliest, no latest) is possible, never certain; no end at all is open, so it lasts.
 *
 * @param from the window's first day
 * @param to   the window's last day
 */
record ValidTimeWindow(LocalDate from, LocalDate to) {

    /** A date's notation carries a qualifier: its bounds are the source's best guess. */
    private static final String QUALIFIED = " ~ '[?~%]'";

    /**
     * The condition that a period ran in the window (possibly, or certainly when {@code certainOnly}), over SQL
     * expressions of its start's notation, earliest and latest day, and of its end's; binds its values to {@code args}.
     */
    String ran(
            String start,
            String startEarliest,
            String startLatest,
            String end,
            String endEarliest,
            String endLatest,
            boolean certainOnly,
            List<Object> args) {
        if (certainOnly) {
            args.add(Date.valueOf(to));
            args.add(Date.valueOf(from));
            return "(NOT " + start + QUALIFIED + " AND " + startLatest + " IS NOT NULL AND " + startLatest + " <= ?"
                    + " AND (" + end + " IS NULL OR (NOT " + end + QUALIFIED + " AND " + endEarliest
                    + " IS NOT NULL AND " + endEarliest + " >= ?)))";
        }
        args.add(Date.valueOf(to));
        args.add(Date.valueOf(from));
        return "((" + start + QUALIFIED + " OR " + startEarliest + " IS NULL OR " + startEarliest + " <= ?)"
                + " AND (" + end + " IS NULL OR " + end + QUALIFIED + " OR " + endLatest + " IS NULL OR "
                + endLatest + " >= ?))";
    }
}
