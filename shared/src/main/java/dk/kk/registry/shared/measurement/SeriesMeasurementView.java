package dk.kk.registry.shared.measurement;

import java.math.BigDecimal;

/** One measurement in an indicator's series, as the registry shows it (now or as of an instant). */
public record SeriesMeasurementView(
        String id,
        String area,
        PeriodView period,
        BigDecimal value,
        BigDecimal numerator,
        BigDecimal denominator,
        String source,
        String qualityNote,
        boolean corrected,
        int indicatorVersion) {
}
