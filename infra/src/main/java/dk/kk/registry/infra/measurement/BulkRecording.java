package dk.kk.registry.infra.measurement;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records many measurements at once, all or nothing (ADR 0008), for the bulk API and the CSV import alike.
 *
 * <p>The first pass reads every row and judges it by the same {@link RecordingRules} as a single measurement, with
 * references looked up once per request, and checks in chunks whether a figure is already recorded. If any row is
 * refused, nothing is recorded and the first errors are reported. The second pass reads the rows again and appends
 * their events through Axon's event store, a chunk at a time, in one transaction that holds an exclusive lock on the
 * event table: nothing else can be appended meanwhile, so the event processors never see the gaps a long transaction
 * would otherwise leave behind other writers, and no duplicate can slip in between the check and the append.
 */
@Component
public class BulkRecording {

    static final int CHUNK = 1_000;
    static final int REPORTED_ERRORS = 100;
    /** The aggregate type the {@code Measurement} aggregate's events are stored under. */
    static final String AGGREGATE_TYPE = "Measurement";

    /** Reports how far a bulk has come; called once per chunk. */
    public interface Progress {

        Progress NONE = new Progress() {
        };

        default void checked(long rows) {
        }

        default void appending(long total) {
        }

        default void appended(long rows, long total) {
        }
    }

    private final ReferenceCatalog catalog;
    private final IndicatorVersions indicators;
    private final EventStore eventStore;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final long maxRows;
    private final String lockTimeout;

    BulkRecording(ReferenceCatalog catalog, IndicatorVersions indicators, EventStore eventStore, JdbcTemplate jdbc,
            PlatformTransactionManager transactionManager,
            @Value("${registry.measurements.max-rows:100000}") long maxRows,
            @Value("${registry.measurements.lock-timeout:10s}") String lockTimeout) {
        this.catalog = catalog;
        this.indicators = indicators;
        this.eventStore = eventStore;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.maxRows = maxRows;
        this.lockTimeout = lockTimeout;
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
        } catch (RecordedMeanwhile e) {
            Report report = new Report(source);
            e.existing.forEach(id -> report.add(checked.ids().get(id), RowError.duplicate(alreadyRecorded(id), id)));
            return report.refused(checked.rows());
        }
        long done = System.nanoTime();
        return new BulkOutcome.Recorded(List.copyOf(checked.ids().keySet()), (appendStarted - started) / 1_000_000,
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
                    report.add(read.index(), RowError.duplicate("the same indicator, area and period as "
                            + source.field(earlier, null), command.measurementId()));
                    continue;
                }
                if (read.citation() != null
                        && !catalog.exists(ReferenceKind.SOURCE, read.citation().sourceId())) {
                    report.add(read.index(), RowError.rule("CitationsNameKnownSources", "source.id",
                            "no source '" + read.citation().sourceId() + "' is registered; register it first "
                                    + "(POST /api/sources)"));
                    continue;
                }
                try {
                    RecordingRules.recorded(command, references, references);
                } catch (RuleViolation violation) {
                    report.add(read.index(), RowError.rule(violation.rule(), violation.field(),
                            violation.getMessage()));
                    continue;
                }
                unchecked.add(command.measurementId());
                if (unchecked.size() == CHUNK) {
                    recordedAmong(unchecked).forEach(id -> report.add(ids.get(id),
                            RowError.duplicate(alreadyRecorded(id), id)));
                    unchecked.clear();
                    progress.checked(rows);
                }
            }
        }
        recordedAmong(unchecked).forEach(id -> report.add(ids.get(id), RowError.duplicate(alreadyRecorded(id), id)));
        progress.checked(rows);
        return new Checked(rows, ids, report);
    }

    private void append(MeasurementSource source, Author author, Checked checked, Progress progress) {
        long total = checked.ids().size();
        progress.appending(total);
        Instant recordedAt = GenericDomainEventMessage.clock.instant();
        transactions.executeWithoutResult(status -> {
            jdbc.execute("SET LOCAL lock_timeout = '" + lockTimeout.replace("'", "") + "'");
            jdbc.execute("LOCK TABLE domainevententry IN EXCLUSIVE MODE");
            List<String> existing = new ArrayList<>();
            List<String> chunk = new ArrayList<>(CHUNK);
            for (String id : checked.ids().keySet()) {
                chunk.add(id);
                if (chunk.size() == CHUNK) {
                    existing.addAll(recordedAmong(chunk));
                    chunk.clear();
                }
            }
            existing.addAll(recordedAmong(chunk));
            if (!existing.isEmpty()) {
                throw new RecordedMeanwhile(existing);
            }
            // Read again under the lock: a redefinition cannot come between this and the append.
            CachedReferences references = new CachedReferences(catalog, indicators);
            MetaData plain = author.metaData(null);
            Iterator<String> expected = checked.ids().keySet().iterator();
            List<EventMessage<?>> batch = new ArrayList<>(CHUNK);
            long appended = 0;
            try (MeasurementSource.Cursor cursor = source.open()) {
                for (ReadRow read = cursor.next(); read != null; read = cursor.next()) {
                    MeasurementRecordedEvent event = recordable(read, references, expected);
                    String reason = read.row().reason();
                    MetaData meta = reason == null || reason.isBlank() ? plain : author.metaData(reason);
                    if (read.citation() != null) {
                        meta = meta.and(AuditMetadata.CITATION, read.citation().toMetadata());
                    }
                    batch.add(new GenericDomainEventMessage<>(AGGREGATE_TYPE, event.measurementId(), 0, event, meta,
                            UUID.randomUUID().toString(), recordedAt));
                    if (batch.size() == CHUNK) {
                        eventStore.publish(batch);
                        appended += batch.size();
                        batch.clear();
                        progress.appended(appended, total);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (!batch.isEmpty()) {
                eventStore.publish(batch);
                appended += batch.size();
                progress.appended(appended, total);
            }
            if (appended != total || expected.hasNext()) {
                throw new IllegalStateException("the rows changed between checking and recording them");
            }
        });
    }

    /** A row of the second pass, which must be the row the first pass accepted in the same place. */
    private static MeasurementRecordedEvent recordable(ReadRow read, CachedReferences references,
            Iterator<String> expected) {
        if (!read.errors().isEmpty() || !read.row().inputErrors().isEmpty() || !expected.hasNext()) {
            throw new IllegalStateException("the rows changed between checking and recording them");
        }
        RecordMeasurementCommand command = read.row().command();
        if (!command.measurementId().equals(expected.next())) {
            throw new IllegalStateException("the rows changed between checking and recording them");
        }
        return RecordingRules.recorded(command, references, references);
    }

    private List<String> recordedAmong(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.queryForList("""
                SELECT aggregateidentifier FROM domainevententry
                WHERE sequencenumber = 0 AND aggregateidentifier = ANY (?)""", String.class,
                (Object) ids.toArray(String[]::new));
    }

    private static String alreadyRecorded(String id) {
        return "this indicator, area and period is already recorded as measurement " + id;
    }

    private record Checked(long rows, LinkedHashMap<String, Long> ids, Report report) {
    }

    /** Figures recorded by someone else between the check and the append: nothing of this bulk is recorded. */
    private static final class RecordedMeanwhile extends RuntimeException {

        private final List<String> existing;

        RecordedMeanwhile(List<String> existing) {
            super(null, null, false, false);
            this.existing = existing;
        }
    }

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
                errors.add(new BulkOutcome.ReportedError(error.kind(), source.field(row, error.field()),
                        error.message(), error.rule(), error.existingId()));
            }
        }

        BulkOutcome.Refused refused(long rows) {
            return new BulkOutcome.Refused(rows, invalidRows.size(), worst, List.copyOf(errors));
        }
    }
}
