package dk.kk.registry.shared.measurement;

import java.math.BigDecimal;
import java.time.Instant;

/** A measurement as its latest version stands, with when and by whom that version was recorded. */
public record RecentMeasurementView(
        String id,
        String indicator,
        String area,
        PeriodView period,
        BigDecimal value,
        boolean corrected,
        Instant recordedAt,
        String recordedBy) {
}
