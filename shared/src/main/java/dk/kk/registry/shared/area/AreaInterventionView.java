package dk.kk.registry.shared.area;

import dk.kk.registry.shared.intervention.InterventionCategory;
import java.time.LocalDate;

/** An intervention as it touched an area: when it ran there and what it was. */
public record AreaInterventionView(
        String id,
        String title,
        InterventionCategory category,
        String leadAdministration,
        LocalDate from,
        LocalDate to) {
}
