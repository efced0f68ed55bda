package dk.kk.registry.infra.imports;

import java.io.Closeable;
import java.io.IOException;

/**
 * Rows of measurements that can be read more than once (a spooled request body, a file): the bulk recording checks
 * every row before it appends any, then reads them again to append them.
 */
public interface MeasurementSource {

    Cursor open() throws IOException;

    /** How an error on a field of a row is named to the client, e.g. {@code [17].value} or {@code line 19: value}. */
    String field(long index, String field);

    /** Reads rows one at a time; {@code next()} answers null after the last. */
    interface Cursor extends Closeable {

        ReadRow next() throws IOException;
    }
}
