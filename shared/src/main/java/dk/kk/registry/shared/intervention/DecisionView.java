package dk.kk.registry.shared.intervention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A decision on the intervention: embedding, scaling or termination. */
public record DecisionView(
        DecisionType decision,
        LocalDate effectiveFrom,
        String administration,
        List<String> areas,
        String reason,
        Instant recordedAt) {
}
