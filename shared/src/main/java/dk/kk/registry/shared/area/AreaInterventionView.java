package dk.kk.registry.shared.area;

import dk.kk.registry.shared.common.Certainty;
import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.intervention.InterventionCategory;

/**
 * An intervention as it touched an area: when it ran there (as stated) and what it was; {@code certainty} says, under a
 * year of the timeline, whether it certainly or possibly ran in that year (null in the plain list).
 */
public record AreaInterventionView(
        String id,
        String title,
        InterventionCategory category,
        String leadAdministration,
        UncertainDate from,
        UncertainDate to,
        Certainty certainty) {

    /** The same period, with how sure it is that it ran in the year (or window) it is listed under. */
    public AreaInterventionView within(Certainty ran) {
        return new AreaInterventionView(id, title, category, leadAdministration, from, to, ran);
    }
}
