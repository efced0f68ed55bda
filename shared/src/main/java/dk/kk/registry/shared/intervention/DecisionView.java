package dk.kk.registry.shared.intervention;

import dk.kk.registry.shared.common.UncertainDate;
import java.time.Instant;
import java.util.List;

/** A decision on the intervention: embedding, scaling or termination. */
public record DecisionView(
        DecisionType decision,
        UncertainDate effectiveFrom,
        String administration,
        List<String> areas,
        String reason,
        Instant recordedAt) {}
