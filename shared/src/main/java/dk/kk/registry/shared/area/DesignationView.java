package dk.kk.registry.shared.area;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One designation of an area, with its period in valid time and when and why it was recorded. */
public record DesignationView(
        String designationId,
        DesignationList list,
        String policy,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        List<String> criteria,
        String screeningId,
        String reason,
        String endReason,
        Instant recordedAt) {
}
