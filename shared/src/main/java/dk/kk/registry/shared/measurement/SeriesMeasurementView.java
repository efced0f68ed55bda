package dk.kk.registry.shared.measurement;

import dk.kk.registry.shared.common.UncertainValue;
import java.math.BigDecimal;

/** One measurement in an indicator's series, as the registry shows it (now or as of an instant). */
public record SeriesMeasurementView(
        String id,
        String area,
        PeriodView period,
        UncertainValue value,
        BigDecimal numerator,
        BigDecimal denominator,
        String source,
        String qualityNote,
        boolean corrected,
        int indicatorVersion) {}
