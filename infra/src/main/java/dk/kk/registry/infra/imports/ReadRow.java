package dk.kk.registry.infra.imports;

import dk.kk.registry.shared.common.Citation;
import java.util.List;

/**
 * A row as a source read it: its 0-based index, the measurement, or why it could not be read, and the source it cites
 * (a JSON row's {@code \"source\": {...}}), if any.
 */
public record ReadRow(long index, MeasurementRow row, List<RowError> errors, Citation citation) {

    public static ReadRow of(long index, MeasurementRow row) {
        return new ReadRow(index, row, List.of(), null);
    }

    /** A row that cites the source its figure comes from. */
    public static ReadRow of(long index, MeasurementRow row, Citation citation) {
        return new ReadRow(index, row, List.of(), citation);
    }

    public static ReadRow unreadable(long index, List<RowError> errors) {
        return new ReadRow(index, null, errors, null);
    }
}
