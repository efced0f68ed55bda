package dk.kk.registry.shared.area;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A measurement recorded for an area: indicator, period, value and any quality note. */
public record AreaMeasurementView(
        String measurementId,
        String indicator,
        LocalDate periodFrom,
        LocalDate periodTo,
        BigDecimal value,
        String qualityNote,
        boolean corrected) {
}
