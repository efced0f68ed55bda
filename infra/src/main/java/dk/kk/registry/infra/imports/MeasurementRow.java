package dk.kk.registry.infra.imports;

import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.common.UncertainValue;
import dk.kk.registry.shared.measurement.RecordMeasurementCommand;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One measurement as read from a request body or a file, before the registry's rules have judged it. {@code period}
 * is the period as stated in EDTF when it was given so ("2024?", "2023/2024", or an exact "2024"), and then
 * periodFrom/periodTo are its earliest and latest day (periodFrom null for a period open at its start, "../2024-11");
 * {@code null} when the period came as a year or a from/to pair.
 */
public record MeasurementRow(
        String indicator,
        String area,
        LocalDate periodFrom,
        LocalDate periodTo,
        UncertainDate period,
        UncertainValue value,
        BigDecimal numerator,
        BigDecimal denominator,
        String source,
        String qualityNote,
        String reason) {

    static final int ID_LENGTH = 64;
    static final int SOURCE_LENGTH = 200;
    static final int TEXT_LENGTH = 2_000;

    /** Missing or oversized fields: malformed input (400) rather than a broken rule. */
    public List<RowError> inputErrors() {
        List<RowError> errors = new ArrayList<>(2);
        requireId(indicator, "indicator", errors);
        requireId(area, "area", errors);
        if (period != null && periodTo == null) {
            errors.add(RowError.input(
                    "period",
                    "a measurement's period needs a last possible day; '" + period.notation() + "' has none: "
                            + JsonMeasurementRows.PERIOD_FORMS));
        } else if (period == null && (periodFrom == null || periodTo == null)) {
            errors.add(RowError.input("period", "period is required: " + JsonMeasurementRows.PERIOD_FORMS));
        }
        if (value == null) {
            errors.add(RowError.input("value", "value is required"));
        }
        limit(source, "source", SOURCE_LENGTH, errors);
        limit(qualityNote, "qualityNote", TEXT_LENGTH, errors);
        limit(reason, "reason", TEXT_LENGTH, errors);
        return errors;
    }

    public RecordMeasurementCommand command() {
        return period != null
                ? RecordMeasurementCommand.of(
                        indicator.strip(), area.strip(), period, value, numerator, denominator, source, qualityNote)
                : RecordMeasurementCommand.of(
                        indicator.strip(),
                        area.strip(),
                        periodFrom,
                        periodTo,
                        value,
                        numerator,
                        denominator,
                        source,
                        qualityNote);
    }

    private static void requireId(String id, String field, List<RowError> errors) {
        if (id == null || id.isBlank()) {
            errors.add(RowError.input(field, field + " is required"));
        } else if (id.length() > ID_LENGTH) {
            errors.add(RowError.input(field, field + " is longer than " + ID_LENGTH + " characters"));
        }
    }

    private static void limit(String text, String field, int max, List<RowError> errors) {
        if (text != null && text.length() > max) {
            errors.add(RowError.input(field, field + " is longer than " + max + " characters"));
        }
    }
}
