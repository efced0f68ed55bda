package dk.kk.registry.shared.area;

import dk.kk.registry.shared.common.UncertainDate;
import java.time.Instant;
import java.util.List;

/**
 * One designation of an area, with its period in valid time as its sources state it (the end null while it lasts) and
 * when and why it was recorded.
 */
public record DesignationView(
        String designationId,
        DesignationList list,
        String policy,
        UncertainDate effectiveFrom,
        UncertainDate effectiveTo,
        List<String> criteria,
        String screeningId,
        String reason,
        String endReason,
        Instant recordedAt) {}
