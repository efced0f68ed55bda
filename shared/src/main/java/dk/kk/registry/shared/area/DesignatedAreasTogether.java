package dk.kk.registry.shared.area;

/**
 * The area that stands for the designated areas taken together ("de udsatte byområder samlet"): the sources report
 * many figures and record many interventions for "the areas" without naming one. An intervention recorded for it ran
 * possibly, never certainly, in each area that was (certainly or possibly) designated while it ran, by the
 * designations' dates as stated: the source does not say which of the areas it reached.
 */
public final class DesignatedAreasTogether {

    public static final String ID = "designated-areas";

    private DesignatedAreasTogether() {}
}
