package dk.kk.registry.shared.measurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records the value of an indicator in an area for a period. The id is {@link MeasurementIds#of} the indicator, the
 * area and the period; a year is the period from 1 January to 31 December.
 */
public record RecordMeasurementCommand(
        @TargetAggregateIdentifier String measurementId,
        String indicator,
        String area,
        LocalDate periodFrom,
        LocalDate periodTo,
        BigDecimal value,
        BigDecimal numerator,
        BigDecimal denominator,
        String source,
        String qualityNote) {

    public static RecordMeasurementCommand of(String indicator, String area, LocalDate periodFrom, LocalDate periodTo,
            BigDecimal value, BigDecimal numerator, BigDecimal denominator, String source, String qualityNote) {
        String id = indicator == null || area == null || periodFrom == null || periodTo == null ? null
                : MeasurementIds.of(indicator, area, periodFrom, periodTo);
        return new RecordMeasurementCommand(id, indicator, area, periodFrom, periodTo, value, numerator, denominator,
                source, qualityNote);
    }
}
