package dk.kk.registry.shared.area;

import dk.kk.registry.shared.common.UncertainDate;

/**
 * The area that stands for the designated areas taken together ("de udsatte byområder samlet"): the sources report
 * many figures and record many interventions for "the areas" without naming one. An intervention recorded for it ran
 * possibly, never certainly, in each area that was (certainly or possibly) designated while it ran, by the
 * designations' dates as stated: the source does not say which of the areas it reached.
 */
public final class DesignatedAreasTogether {

    public static final String ID = "designated-areas";

    private DesignatedAreasTogether() {}

    /**
     * Of two starts, the one that allows no earlier day: the part of a span inside a designation may begin no sooner
     * than both. Only the bounds of what is possible matter here, since such a span is never certain.
     */
    public static UncertainDate laterStart(UncertainDate a, UncertainDate b) {
        if (a == null || a.earliest() == null) {
            return b == null ? a : b;
        }
        if (b == null || b.earliest() == null) {
            return a;
        }
        return b.earliest().isAfter(a.earliest()) ? b : a;
    }

    /** Of two ends (null: none yet), the one that allows no later day. */
    public static UncertainDate earlierEnd(UncertainDate a, UncertainDate b) {
        if (a == null || a.latest() == null) {
            return b == null ? a : b;
        }
        if (b == null || b.latest() == null) {
            return a;
        }
        return b.latest().isBefore(a.latest()) ? b : a;
    }
}
