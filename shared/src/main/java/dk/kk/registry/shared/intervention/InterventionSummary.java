package dk.kk.registry.shared.intervention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One row of the intervention search. */
public record InterventionSummary(
        String id,
        long version,
        String title,
        InterventionKind kind,
        InterventionCategory category,
        String leadAdministration,
        Stage stage,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        LocalDate endedOn,
        List<String> areas,
        boolean overdueEvaluation,
        Instant lastChangedAt) {
}
