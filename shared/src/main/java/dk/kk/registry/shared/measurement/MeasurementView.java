package dk.kk.registry.shared.measurement;

import dk.kk.registry.shared.common.UncertainValue;
import java.math.BigDecimal;
import java.util.List;

/** A measurement as the registry shows it, with every version recorded up to then. */
public record MeasurementView(
        String id,
        long version,
        String indicator,
        int indicatorVersion,
        String area,
        PeriodView period,
        UncertainValue value,
        BigDecimal numerator,
        BigDecimal denominator,
        String source,
        String qualityNote,
        boolean corrected,
        boolean retracted,
        List<MeasurementChangeView> history) {}
