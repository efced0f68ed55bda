package dk.kk.registry.shared.area;

import dk.kk.registry.shared.common.UncertainValue;
import java.time.LocalDate;

/**
 * A measurement recorded for an area: indicator, period, value and any quality note. {@code periodStated} is an
 * uncertain period as its source states it (EDTF, "2024?"), periodFrom and periodTo then its earliest and latest day
 * (periodFrom null for a period open at its start, "../2024-11").
 */
public record AreaMeasurementView(
        String measurementId,
        String indicator,
        LocalDate periodFrom,
        LocalDate periodTo,
        UncertainValue value,
        String qualityNote,
        boolean corrected,
        String periodStated) {}
