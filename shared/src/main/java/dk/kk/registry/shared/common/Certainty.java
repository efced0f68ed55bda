package dk.kk.registry.shared.common;

import java.time.LocalDate;

/**
 * How sure an answer about valid time is, given dates as their sources state them: {@code CERTAIN} holds whatever the
 * true dates are within what the sources allow; {@code POSSIBLE} may hold.
 */
public enum Certainty {
    CERTAIN,
    POSSIBLE;

    /**
     * Whether something that ran from {@code start} to {@code end} ran on some day of {@code [from, to]}; {@code null}
     * when it certainly did not. A {@code null} start is unknown, a {@code null} end is open (it still runs or its end
     * is not known); a {@code null} window bound is open too.
     */
    public static Certainty ranWithin(UncertainDate start, UncertainDate end, LocalDate from, LocalDate to) {
        UncertainDate begun = start == null ? UncertainDate.UNKNOWN : start;
        boolean startedInTime = to == null || begun.possiblyOnOrBefore(to);
        boolean lastedLongEnough = end == null || from == null || end.possiblyOnOrAfter(from);
        if (!startedInTime || !lastedLongEnough) {
            return null;
        }
        boolean certainlyStarted =
                to == null ? begun.exactlyAsStated() && !begun.isUnknown() : begun.certainlyOnOrBefore(to);
        boolean certainlyLasted = from == null || end == null || end.certainlyOnOrAfter(from);
        return certainlyStarted && certainlyLasted ? CERTAIN : POSSIBLE;
    }

    /** The weaker of two certainties; {@code null} (certainly not) is weakest. */
    public Certainty and(Certainty other) {
        return other == null ? null : this == CERTAIN && other == CERTAIN ? CERTAIN : POSSIBLE;
    }
}
