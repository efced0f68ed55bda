package dk.kk.registry.shared.indicator;

import java.time.Instant;

/** One version of an indicator's definition, with when, by whom and why it was recorded. */
public record IndicatorVersionView(
        int version,
        String name,
        Unit unit,
        Direction direction,
        String source,
        Instant recordedAt,
        String recordedBy,
        String reason) {

    /** How a version reads in one CSV cell. */
    @Override
    public String toString() {
        return version + ": " + name + " (" + unit + ", " + direction + ", " + source + ")";
    }
}
