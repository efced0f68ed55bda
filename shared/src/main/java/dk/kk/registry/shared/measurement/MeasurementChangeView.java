package dk.kk.registry.shared.measurement;

import dk.kk.registry.shared.common.UncertainValue;
import java.time.Instant;

/** One version of a measurement: what changed (RECORDED, CORRECTED, RETRACTED), when, by whom and why. */
public record MeasurementChangeView(
        long version,
        String change,
        UncertainValue value,
        String qualityNote,
        Instant recordedAt,
        String recordedBy,
        String source,
        String reason) {}
