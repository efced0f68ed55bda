package dk.kk.registry.query.common;

import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.common.UncertainValue;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Uncertain values and dates as read tables hold them: a value in three columns {@code <name>_form} (EXACT, RANGE,
 * BELOW, ABOVE, ABOUT), {@code <name>_low} and {@code <name>_high} (NULL where open); a date as its EDTF notation.
 */
public final class StoredValues {

    private StoredValues() {}

    /** The value in the columns named {@code <name>_form}, {@code _low} and {@code _high}; null when no form. */
    public static UncertainValue value(ResultSet rs, String name) throws SQLException {
        String form = rs.getString(name + "_form");
        if (form == null) {
            return null;
        }
        return value(
                UncertainValue.Form.valueOf(form), rs.getBigDecimal(name + "_low"), rs.getBigDecimal(name + "_high"));
    }

    public static UncertainValue value(UncertainValue.Form form, BigDecimal low, BigDecimal high) {
        return switch (form) {
            case EXACT -> UncertainValue.exact(low);
            case BELOW -> UncertainValue.below(high);
            case ABOVE -> UncertainValue.above(low);
            case ABOUT -> UncertainValue.about(low);
            case RANGE -> UncertainValue.range(low, high);
        };
    }

    /** The date whose notation is in the column; null when the column is. */
    public static UncertainDate period(ResultSet rs, String column) throws SQLException {
        String notation = rs.getString(column);
        return notation == null ? null : UncertainDate.parse(notation);
    }

    /** The date's EDTF notation, as its {@code <name>_stated} column holds it; null when there is no date. */
    public static String notation(UncertainDate date) {
        return date == null ? null : date.notation();
    }

    /** The day, for the columns the previous release reads as dates (ADR 0014); none for any other statement. */
    public static LocalDate exactDay(UncertainDate date) {
        return date == null || !date.isExactDay() ? null : date.exactDay();
    }

    /** The first day the date allows, for the {@code <name>_earliest} columns that order and filter by it. */
    public static LocalDate earliest(UncertainDate date) {
        return date == null ? null : date.earliest();
    }

    /** The last day the date allows ({@code <name>_latest}). */
    public static LocalDate latest(UncertainDate date) {
        return date == null ? null : date.latest();
    }
}
