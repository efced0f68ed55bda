package dk.kk.registry.shared.measurement;

import java.math.BigDecimal;
import java.time.Instant;

/** One version of a measurement: what changed (RECORDED, CORRECTED, RETRACTED), when, by whom and why. */
public record MeasurementChangeView(
        long version,
        String change,
        BigDecimal value,
        String qualityNote,
        Instant recordedAt,
        String recordedBy,
        String source,
        String reason) {
}
