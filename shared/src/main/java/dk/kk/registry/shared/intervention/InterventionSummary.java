package dk.kk.registry.shared.intervention;

import dk.kk.registry.shared.common.Certainty;
import dk.kk.registry.shared.common.UncertainDate;
import java.time.Instant;
import java.util.List;

/**
 * One row of the intervention search; {@code activeCertainty} says whether it certainly or possibly ran in the searched
 * window (null when no window was given).
 */
public record InterventionSummary(
        String id,
        long version,
        String title,
        InterventionKind kind,
        InterventionCategory category,
        String leadAdministration,
        Stage stage,
        UncertainDate plannedStart,
        UncertainDate plannedEnd,
        UncertainDate endedOn,
        List<String> areas,
        boolean overdueEvaluation,
        Instant lastChangedAt,
        Certainty activeCertainty) {

    public InterventionSummary withActiveCertainty(Certainty certainty) {
        return new InterventionSummary(
                id,
                version,
                title,
                kind,
                category,
                leadAdministration,
                stage,
                plannedStart,
                plannedEnd,
                endedOn,
                areas,
                overdueEvaluation,
                lastChangedAt,
                certainty);
    }
}
