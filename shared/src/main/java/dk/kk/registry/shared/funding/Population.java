package dk.kk.registry.shared.funding;

/**
 * How the registry knows how many people live in an area: the indicator with the well-known id {@code population}
 * (unit {@code COUNT}, residents; indbyggertal), recorded like any other measurement for a whole year. An administrator
 * defines it once ({@code POST /api/indicators}); evaluators record its values. Money per resident per year is
 * computed only where it has a value.
 */
public final class Population {

    public static final String INDICATOR = "population";

    /** The per-resident figure could be computed. */
    public static final String OK = "OK";
    /** A year the money covers has no population value for the area: no figure, never a guess. */
    public static final String NO_DATA = "NO_DATA";
    /** The group has no funding line that is not withdrawn, so there are no years to spread money over. */
    public static final String NO_FUNDING = "NO_FUNDING";

    private Population() {}
}
