package dk.kk.registry.infra.imports;

import java.util.List;

/**
 * What came of a bulk recording: every row recorded (their ids in the order given), or none, with the first errors
 * found, how many rows had one, and the gravest kind among them.
 */
public sealed interface BulkOutcome {

    /** An error as reported to the client: the field names the row, e.g. {@code [17].value}. */
    record ReportedError(RowError.Kind kind, String field, String message, String rule, String existingId) {}

    record Recorded(List<String> ids, long checkMillis, long appendMillis) implements BulkOutcome {

        public String lastId() {
            return ids.get(ids.size() - 1);
        }
    }

    /**
     * Nothing recorded. {@code worst} decides the answer: unreadable input (400) before broken rules (422) before
     * figures already recorded (409).
     */
    record Refused(long rows, long invalidRows, RowError.Kind worst, List<ReportedError> errors)
            implements BulkOutcome {}

    /** The source held no rows at all. */
    record Empty() implements BulkOutcome {}
}
