package dk.kk.registry.shared.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One version of a policy's designation criteria. */
public record CriteriaVersionView(
        int version,
        String label,
        LocalDate effectiveFrom,
        List<String> criteria,
        Instant recordedAt) {
}
