package dk.kk.registry.shared.comparison;

import dk.kk.registry.shared.intervention.InterventionCategory;
import java.time.Instant;
import java.util.List;

/** Compare the mean difference-in-differences of areas where a category of intervention ran in the window with areas where it did not. */
public record FindExposureQuery(
        String indicator,
        InterventionCategory category,
        List<String> areas,
        String comparison,
        int baseline,
        int status,
        Instant asOf) {}
