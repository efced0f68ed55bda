package dk.kk.registry.command.measurement;

import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.common.UncertainValue;
import dk.kk.registry.shared.measurement.MeasurementIds;
import dk.kk.registry.shared.measurement.MeasurementRecordedEvent;
import dk.kk.registry.shared.measurement.RecordMeasurementCommand;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Builds a measurement for a test: by default SOF's eviction warnings in Tingbjerg/Husum in 2017, 1.4 %, as the 2024
 * status report gives it. Each method answers a changed copy.
 */
record Measurements(
        String indicator,
        String area,
        LocalDate from,
        LocalDate to,
        UncertainDate period,
        UncertainValue value,
        BigDecimal numerator,
        BigDecimal denominator,
        String source,
        String qualityNote) {

    static final String INDICATOR = "eviction-warnings";
    static final String AREA = "tingbjerg-husum";
    static final String ID = MeasurementIds.of(INDICATOR, AREA, LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31));

    static Measurements evictionWarnings() {
        return new Measurements(
                INDICATOR,
                AREA,
                LocalDate.of(2017, 1, 1),
                LocalDate.of(2017, 12, 31),
                null,
                UncertainValue.exact(new BigDecimal("1.4")),
                null,
                null,
                "DOMUS",
                null);
    }

    Measurements in(String area) {
        return new Measurements(indicator, area, from, to, period, value, numerator, denominator, source, qualityNote);
    }

    Measurements of(String indicator) {
        return new Measurements(indicator, area, from, to, period, value, numerator, denominator, source, qualityNote);
    }

    Measurements period(String from, String to) {
        return new Measurements(
                indicator,
                area,
                LocalDate.parse(from),
                LocalDate.parse(to),
                period,
                value,
                numerator,
                denominator,
                source,
                qualityNote);
    }

    Measurements value(String value) {
        return value(value == null ? null : UncertainValue.exact(new BigDecimal(value)));
    }

    Measurements value(UncertainValue value) {
        return new Measurements(indicator, area, from, to, period, value, numerator, denominator, source, qualityNote);
    }

    /** The period as a source states it in EDTF, uncertain ("2017?") or not ("2017"). */
    Measurements stated(String period) {
        UncertainDate stated = UncertainDate.parse(period);
        return new Measurements(
                indicator,
                area,
                stated.earliest(),
                stated.latest(),
                stated,
                value,
                numerator,
                denominator,
                source,
                qualityNote);
    }

    Measurements counts(String numerator, String denominator) {
        return new Measurements(
                indicator,
                area,
                from,
                to,
                period,
                value,
                numerator == null ? null : new BigDecimal(numerator),
                denominator == null ? null : new BigDecimal(denominator),
                source,
                qualityNote);
    }

    Measurements source(String source) {
        return new Measurements(indicator, area, from, to, period, value, numerator, denominator, source, qualityNote);
    }

    Measurements note(String qualityNote) {
        return new Measurements(indicator, area, from, to, period, value, numerator, denominator, source, qualityNote);
    }

    String id() {
        return command().measurementId();
    }

    RecordMeasurementCommand command() {
        return period == null
                ? RecordMeasurementCommand.of(
                        indicator, area, from, to, value, numerator, denominator, source, qualityNote)
                : RecordMeasurementCommand.of(
                        indicator, area, period, value, numerator, denominator, source, qualityNote);
    }

    MeasurementRecordedEvent recorded(int indicatorVersion) {
        return new MeasurementRecordedEvent(
                id(),
                indicator,
                indicatorVersion,
                area,
                from,
                to,
                command().period(),
                value,
                numerator,
                denominator,
                source,
                qualityNote);
    }

    MeasurementRecordedEvent recorded() {
        return recorded(1);
    }
}
