package dk.kk.registry.infra.imports;

import dk.kk.registry.command.common.ReferenceCatalog;
import dk.kk.registry.command.common.RuleViolation;
import dk.kk.registry.command.measurement.IndicatorVersions;
import dk.kk.registry.command.measurement.RecordingRules;
import dk.kk.registry.shared.common.AuditMetadata;
import dk.kk.registry.shared.common.ReferenceKind;
import dk.kk.registry.shared.measurement.MeasurementRecordedEvent;
import dk.kk.registry.shared.measurement.RecordMeasurementCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import org.axonframework.messaging.MetaData;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Records many measurements at once, all or nothing (ADR 0008), for the bulk API and the CSV import alike.
 *
 * <p>The first pass reads every row and judges it by the same {@link RecordingRules} as a single measurement, with
 * references looked up once per request, and checks in chunks whether a figure is already recorded. If any row is
 * refused, nothing is recorded and the first errors are reported. The second pass reads the rows again and hands
 * their events to {@link BulkAppend}, the one class that appends them, all or none, under a lock on the event table.
 */
@Component
public class BulkRecording {

    static final int CHUNK = BulkAppend.CHUNK;
    static final int REPORTED_ERRORS = 100;

    /** Reports how far a bulk has come; called once per chunk. */
    public interface Progress {

        Progress NONE = new Progress() {};

        default void checked(long rows) {}

        default void appending(long total) {}

        default void appended(long rows, long total) {}
    }

    private final ReferenceCatalog catalog;
    private final IndicatorVersions indicators;
    private final BulkAppend events;
    private final long maxRows;

    BulkRecording(
            ReferenceCatalog catalog,
            IndicatorVersions indicators,
            BulkAppend events,
            @Value("${registry.measurements.max-rows:100000}") long maxRows) {
        this.catalog = catalog;
        this.indicators = indicators;
        this.events = events;
        this.maxRows = maxRows;
    }

    public long maxRows() {
        return maxRows;
    }

    public BulkOutcome record(MeasurementSource source, Author author, Progress progress) throws IOException {
        long started = System.nanoTime();
        Checked checked = check(source, progress);
        if (checked.rows() == 0) {
            return new BulkOutcome.Empty();
        }
        if (!checked.report().isEmpty()) {
            return checked.report().refused(checked.rows());
        }
        long appendStarted = System.nanoTime();
        try {
            append(source, author, checked, progress);
        } catch (BulkAppend.RecordedMeanwhile e) {
            Report report = new Report(source);
            e.existing().forEach(id -> report.add(checked.ids().get(id), RowError.duplicate(alreadyRecorded(id), id)));
            return report.refused(checked.rows());
        }
        long done = System.nanoTime();
        return new BulkOutcome.Recorded(
                List.copyOf(checked.ids().keySet()),
                (appendStarted - started) / 1_000_000,
                (done - appendStarted) / 1_000_000);
    }

    private Checked check(MeasurementSource source, Progress progress) throws IOException {
        CachedReferences references = new CachedReferences(catalog, indicators);
        LinkedHashMap<String, Long> ids = new LinkedHashMap<>();
        List<String> unchecked = new ArrayList<>(CHUNK);
        Report report = new Report(source);
        long rows = 0;
        try (MeasurementSource.Cursor cursor = source.open()) {
            for (ReadRow read = cursor.next(); read != null; read = cursor.next()) {
                if (++rows > maxRows) {
                    throw new TooManyRows(maxRows);
                }
                if (!read.errors().isEmpty()) {
                    report.add(read.index(), read.errors());
                    continue;
                }
                List<RowError> input = read.row().inputErrors();
                if (!input.isEmpty()) {
                    report.add(read.index(), input);
                    continue;
                }
                RecordMeasurementCommand command = read.row().command();
                Long earlier = ids.putIfAbsent(command.measurementId(), read.index());
                if (earlier != null) {
                    report.add(
                            read.index(),
                            RowError.duplicate(
                                    "the same indicator, area and period as " + source.field(earlier, null),
                                    command.measurementId()));
                    continue;
                }
                if (read.citation() != null
                        && !catalog.exists(ReferenceKind.SOURCE, read.citation().sourceId())) {
                    report.add(
                            read.index(),
                            RowError.rule(
                                    "CitationsNameKnownSources",
                                    "source.id",
                                    "no source '" + read.citation().sourceId() + "' is registered; register it first "
                                            + "(POST /api/sources)"));
                    continue;
                }
                try {
                    RecordingRules.recorded(command, references, references);
                } catch (RuleViolation violation) {
                    report.add(
                            read.index(), RowError.rule(violation.rule(), violation.field(), violation.getMessage()));
                    continue;
                }
                unchecked.add(command.measurementId());
                if (unchecked.size() == CHUNK) {
                    events.recordedAmong(unchecked)
                            .forEach(id -> report.add(ids.get(id), RowError.duplicate(alreadyRecorded(id), id)));
                    unchecked.clear();
                    progress.checked(rows);
                }
            }
        }
        events.recordedAmong(unchecked)
                .forEach(id -> report.add(ids.get(id), RowError.duplicate(alreadyRecorded(id), id)));
        progress.checked(rows);
        return new Checked(rows, ids, report);
    }

    private void append(MeasurementSource source, Author author, Checked checked, Progress progress) {
        long total = checked.ids().size();
        progress.appending(total);
        events.append(
                checked.ids().keySet(),
                write -> {
                    // Read again under the lock: a redefinition cannot come between this and the append.
                    CachedReferences references = new CachedReferences(catalog, indicators);
                    MetaData plain = author.metaData(null);
                    Iterator<String> expected = checked.ids().keySet().iterator();
                    try (MeasurementSource.Cursor cursor = source.open()) {
                        for (ReadRow read = cursor.next(); read != null; read = cursor.next()) {
                            MeasurementRecordedEvent event = recordable(read, references, expected);
                            String reason = read.row().reason();
                            MetaData meta = reason == null || reason.isBlank() ? plain : author.metaData(reason);
                            if (read.citation() != null) {
                                meta = meta.and(
                                        AuditMetadata.CITATION, read.citation().toMetadata());
                            }
                            write.add(event, meta);
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    // Each row appended is one the first pass accepted, in its place: as many as were checked, or none.
                    if (expected.hasNext()) {
                        throw new IllegalStateException("the rows changed between checking and recording them");
                    }
                },
                done -> progress.appended(done, total));
    }

    /** A row of the second pass, which must be the row the first pass accepted in the same place. */
    private static MeasurementRecordedEvent recordable(
            ReadRow read, CachedReferences references, Iterator<String> expected) {
        if (!read.errors().isEmpty() || !read.row().inputErrors().isEmpty() || !expected.hasNext()) {
            throw new IllegalStateException("the rows changed between checking and recording them");
        }
        RecordMeasurementCommand command = read.row().command();
        if (!command.measurementId().equals(expected.next())) {
            throw new IllegalStateException("the rows changed between checking and recording them");
        }
        return RecordingRules.recorded(command, references, references);
    }

    private static String alreadyRecorded(String id) {
        return "this indicator, area and period is already recorded as measurement " + id;
    }

    private record Checked(long rows, LinkedHashMap<String, Long> ids, Report report) {}

    /** The first errors, in the order found, and how many rows had one. */
    private static final class Report {

        private final MeasurementSource source;
        private final List<BulkOutcome.ReportedError> errors = new ArrayList<>();
        private final java.util.Set<Long> invalidRows = new java.util.HashSet<>();
        private RowError.Kind worst;

        Report(MeasurementSource source) {
            this.source = source;
        }

        boolean isEmpty() {
            return invalidRows.isEmpty();
        }

        void add(long row, List<RowError> rowErrors) {
            rowErrors.forEach(error -> add(row, error));
        }

        void add(long row, RowError error) {
            invalidRows.add(row);
            if (worst == null || error.kind().ordinal() < worst.ordinal()) {
                worst = error.kind();
            }
            if (errors.size() < REPORTED_ERRORS) {
                errors.add(new BulkOutcome.ReportedError(
                        error.kind(),
                        source.field(row, error.field()),
                        error.message(),
                        error.rule(),
                        error.existingId()));
            }
        }

        BulkOutcome.Refused refused(long rows) {
            return new BulkOutcome.Refused(rows, invalidRows.size(), worst, List.copyOf(errors));
        }
    }
}
