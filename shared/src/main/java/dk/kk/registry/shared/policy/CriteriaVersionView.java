package dk.kk.registry.shared.policy;

import dk.kk.registry.shared.common.UncertainDate;
import java.time.Instant;
import java.util.List;

/** One version of a policy's designation criteria. */
public record CriteriaVersionView(
        int version, String label, UncertainDate effectiveFrom, List<String> criteria, Instant recordedAt) {}
