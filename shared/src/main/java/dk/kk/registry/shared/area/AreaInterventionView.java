package dk.kk.registry.shared.area;

import dk.kk.registry.shared.common.Certainty;
import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.intervention.InterventionCategory;

/**
 * An intervention as it touched an area: when it ran there (as stated) and what it was; {@code certainty} says, under a
 * year of the timeline, whether it certainly or possibly ran in that year (null in the plain list). {@code through}
 * names the area it was recorded for when that is not this one but the designated areas taken together
 * ({@link DesignatedAreasTogether}); it then ran here possibly at most, and only while this area was designated.
 */
public record AreaInterventionView(
        String id,
        String title,
        InterventionCategory category,
        String leadAdministration,
        UncertainDate from,
        UncertainDate to,
        Certainty certainty,
        String through) {

    /**
     * The same period, with how sure it is that it ran in the year (or window) it is listed under: possibly at most
     * where it was recorded for the designated areas together.
     */
    public AreaInterventionView within(Certainty ran) {
        Certainty here = through != null && ran == Certainty.CERTAIN ? Certainty.POSSIBLE : ran;
        return new AreaInterventionView(id, title, category, leadAdministration, from, to, here, through);
    }
}
