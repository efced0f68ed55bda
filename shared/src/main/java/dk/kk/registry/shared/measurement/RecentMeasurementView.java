package dk.kk.registry.shared.measurement;

import dk.kk.registry.shared.common.UncertainValue;
import java.time.Instant;

/** A measurement as its latest version stands, with when and by whom that version was recorded. */
public record RecentMeasurementView(
        String id,
        String indicator,
        String area,
        PeriodView period,
        UncertainValue value,
        boolean corrected,
        Instant recordedAt,
        String recordedBy) {}
