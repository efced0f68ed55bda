package dk.kk.registry.infra.measurement;

import java.util.List;

/** A row as a source read it: its 0-based index, the measurement, or why it could not be read. */
public record ReadRow(long index, MeasurementRow row, List<RowError> errors) {

    public static ReadRow of(long index, MeasurementRow row) {
        return new ReadRow(index, row, List.of());
    }

    public static ReadRow unreadable(long index, List<RowError> errors) {
        return new ReadRow(index, null, errors);
    }
}
