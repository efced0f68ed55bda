package dk.kk.registry.shared.measurement;

import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.common.UncertainValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records the value of an indicator in an area for a period. The id is {@link MeasurementIds#of} the indicator, the
 * area and the period; a year is the period from 1 January to 31 December. An uncertain period ("2024?",
 * "2023/2024") is {@code period}, with {@code periodFrom}/{@code periodTo} its earliest and latest day; {@code period}
 * is {@code null} when the period is exactly periodFrom to periodTo. A period open at its start ("../2024-11": no
 * later than November 2024, as a figure dated only by the document that reports it) has {@code periodFrom} null.
 */
public record RecordMeasurementCommand(
        @TargetAggregateIdentifier String measurementId,
        String indicator,
        String area,
        LocalDate periodFrom,
        LocalDate periodTo,
        UncertainDate period,
        UncertainValue value,
        BigDecimal numerator,
        BigDecimal denominator,
        String source,
        String qualityNote) {

    /** A value as its source states it over an exact period. */
    public static RecordMeasurementCommand of(
            String indicator,
            String area,
            LocalDate periodFrom,
            LocalDate periodTo,
            UncertainValue value,
            BigDecimal numerator,
            BigDecimal denominator,
            String source,
            String qualityNote) {
        return create(indicator, area, periodFrom, periodTo, null, value, numerator, denominator, source, qualityNote);
    }

    /**
     * A value over a period written in EDTF: a day, month or year stated exactly is that exact period (and the same
     * measurement as one given by its first and last day); anything else ("2024?", "2023/2024") is kept as stated
     * between its earliest and latest day; one open at its start ("../2024-11") has no first day. A period without a
     * last day ("unknown", "2017/..") is left to the rules to refuse.
     */
    public static RecordMeasurementCommand of(
            String indicator,
            String area,
            UncertainDate period,
            UncertainValue value,
            BigDecimal numerator,
            BigDecimal denominator,
            String source,
            String qualityNote) {
        if (period == null) {
            return of(indicator, area, null, null, value, numerator, denominator, source, qualityNote);
        }
        boolean exact = period.exactlyAsStated()
                && switch (period.precision()) {
                    case DAY, MONTH, YEAR -> true;
                    default -> false;
                };
        return create(
                indicator,
                area,
                period.earliest(),
                period.latest(),
                exact ? null : period,
                value,
                numerator,
                denominator,
                source,
                qualityNote);
    }

    private static RecordMeasurementCommand create(
            String indicator,
            String area,
            LocalDate periodFrom,
            LocalDate periodTo,
            UncertainDate period,
            UncertainValue value,
            BigDecimal numerator,
            BigDecimal denominator,
            String source,
            String qualityNote) {
        // an uncertain period is keyed by its notation, so one open at its start ("../2024-11") has an id too
        String id = indicator == null || area == null || periodTo == null || periodFrom == null && period == null
                ? null
                : MeasurementIds.of(indicator, area, periodFrom, periodTo, period);
        return new RecordMeasurementCommand(
                id, indicator, area, periodFrom, periodTo, period, value, numerator, denominator, source, qualityNote);
    }
}
