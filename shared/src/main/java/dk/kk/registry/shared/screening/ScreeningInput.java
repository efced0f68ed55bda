package dk.kk.registry.shared.screening;

import java.math.BigDecimal;

/** One input of a screening: an area's value on a criterion's indicator in the year, the comparison value where the criterion is relative, and whether it met the criterion (false without data). */
public record ScreeningInput(
        String area,
        String criterion,
        String indicator,
        BigDecimal value,
        BigDecimal comparisonValue,
        boolean met,
        String measurementId,
        String comparisonMeasurementId) {}
