package dk.kk.registry.query.common;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The versions of a projection's documents in one table (ADR 0004): each event closes the document's current row and
 * inserts the next version, keyed by the aggregate's sequence number, so an event seen twice changes nothing.
 *
 * <p>During a rebuild's {@link BulkLoad} the documents are held in memory and every version's row is copied once, closed
 * or current, instead.
 *
 * <p>Over a processor's batch the current documents of every aggregate among the batch's events are read with one
 * query, then changed in memory event by event, and the rows are written when the batch commits ({@link
 * WriteAtCommit}): a version superseded within the batch is inserted already closed.
 *
 * <p>One rule when no current row exists: only {@link #start} begins a document; a {@link #revise} of a document the
 * table does not hold writes nothing and says so in the log, since the event that began it never reached this read
 * model.
 */
public final class VersionedDocuments<D> {

    private static final Logger log = LoggerFactory.getLogger(VersionedDocuments.class);

    private final WriteAtCommit writer;
    private final DocumentTable<D> table;
    private final Set<String> eventPackages;
    private final String cacheKey = VersionedDocuments.class.getName() + ".current." + UUID.randomUUID();
    private final WriteAtCommit.Statement<Row> close;
    private final WriteAtCommit.Statement<Row> insert;

    /** Documents of {@code table}, changed by events from the packages of {@code eventsOf}'s classes. */
    public VersionedDocuments(WriteAtCommit writer, DocumentTable<D> table, Class<?>... eventsOf) {
        this.writer = writer;
        this.table = table;
        this.eventPackages = new HashSet<>();
        for (Class<?> type : eventsOf) {
            eventPackages.add(type.getPackageName());
        }
        this.close = new WriteAtCommit.Statement<>(table.close(), (statement, row) -> {
            statement.setTimestamp(1, Timestamp.from(row.recordedFrom));
            table.bindKey(statement, 2, row.key);
        });
        this.insert = new WriteAtCommit.Statement<>(table.insert(), (statement, row) -> {
            int i = table.bindKey(statement, 1, row.key);
            statement.setLong(i++, row.version);
            statement.setTimestamp(i++, Timestamp.from(row.recordedFrom));
            statement.setTimestamp(i++, row.recordedTo == null ? null : Timestamp.from(row.recordedTo));
            for (Object value : row.values) {
                DocumentTable.bindValue(statement, i++, value);
            }
        });
    }

    public String tableName() {
        return table.name();
    }

    /** Begins the document under {@code key} with this event, unless the event's version is already stored. */
    public void start(DomainEventMessage<?> message, List<String> key, Supplier<D> first) {
        record(message, key, null, first);
    }

    public void start(DomainEventMessage<?> message, String key, Supplier<D> first) {
        start(message, List.of(key), first);
    }

    /**
     * Writes the next version of the document under {@code key}, {@code change} made to the current one (which it may
     * change in place); nothing when the event's version is already stored or no current row exists.
     */
    public void revise(DomainEventMessage<?> message, List<String> key, UnaryOperator<D> change) {
        record(message, key, change, null);
    }

    public void revise(DomainEventMessage<?> message, String key, UnaryOperator<D> change) {
        revise(message, List.of(key), change);
    }

    /** Empties the table, or this scope of it. */
    public void reset() {
        if (table.scopeColumn == null) {
            writer.jdbc().update("TRUNCATE " + table.name());
        } else {
            writer.jdbc().update("DELETE FROM " + table.name() + " WHERE " + table.scopeColumn + " = ?", table.scope);
        }
    }

    private void record(DomainEventMessage<?> message, List<String> key, UnaryOperator<D> change, Supplier<D> first) {
        BulkLoad load = BulkLoad.current();
        BulkLoad.Documents<D> bulk = load == null ? null : load.documents(this, table);
        Batch<D> batch = null;
        Current<D> current;
        if (bulk != null) {
            current = bulk.current(key);
        } else {
            writer.inOrder(close, insert);
            batch = writer.perBatch(cacheKey, this::prefetch);
            current = batch == null ? read(key) : batch.current(key, this);
        }
        long version = message.getSequenceNumber();
        if (current != null && current.version >= version) {
            return;
        }
        if (current == null && first == null) {
            log.warn(
                    "{}: no current row for {}, so {} (version {}) changes nothing",
                    table.name(),
                    key,
                    message.getPayloadType().getSimpleName(),
                    version);
            return;
        }
        D next;
        try {
            next = first != null ? first.get() : change.apply(current.doc);
        } catch (RuntimeException e) {
            // The document may be half changed: the next event of this key starts from the last good version.
            if (current != null && current.json != null) {
                current.doc = ReadModelJson.read(current.json, table.jsonType);
            }
            throw e;
        }
        Instant at = message.getTimestamp();
        Row row = new Row(key, version, at, table.values(next));
        if (current != null) {
            if (current.pending != null) {
                current.pending.recordedTo = at;
                if (bulk != null) {
                    bulk.superseded(current.pending);
                }
            } else if (bulk != null) {
                bulk.close(row);
            } else {
                writer.add(close, row);
            }
        }
        if (bulk != null) {
            bulk.hold(key, current, new Current<>(version, next, row.json(table), row));
            return;
        }
        writer.add(insert, row);
        if (batch != null) {
            batch.current.put(key, new Current<>(version, next, row.json(table), row));
        }
    }

    /** Closes these versions' predecessors in the table (a bulk load's documents read back). */
    void writeCloses(List<Row> next) {
        writer.write(close, next);
    }

    Current<D> read(List<String> key) {
        List<Current<D>> rows = writer.jdbc()
                .query(
                        table.currentOne(),
                        statement -> table.bindKey(statement, 1, key),
                        (rs, n) -> new Current<>(
                                rs.getLong(1),
                                table.reader.mapRow(rs, n),
                                table.jsonType == null ? null : rs.getString(2),
                                null));
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** The current documents of every aggregate among the batch's events, read with one query. */
    private Batch<D> prefetch(BatchingUnitOfWork<?> unitOfWork) {
        Set<String> aggregates = new HashSet<>();
        for (Object message : unitOfWork.getMessages()) {
            if (message instanceof DomainEventMessage<?> event
                    && eventPackages.contains(event.getPayloadType().getPackageName())) {
                aggregates.add(event.getAggregateIdentifier());
            }
        }
        Batch<D> batch = new Batch<>(aggregates, table.keyColumns.indexOf(table.aggregateColumn));
        if (aggregates.isEmpty()) {
            return batch;
        }
        int versionColumn = table.keyColumns.size() + 1;
        writer.jdbc()
                .query(
                        table.currentOfAggregates(),
                        statement -> {
                            int i = 1;
                            if (table.scopeColumn != null) {
                                statement.setString(i++, table.scope);
                            }
                            statement.setArray(
                                    i, statement.getConnection().createArrayOf("text", aggregates.toArray()));
                        },
                        rs -> {
                            batch.current.put(
                                    table.keyOf(rs),
                                    new Current<>(
                                            rs.getLong(versionColumn),
                                            table.reader.mapRow(rs, 0),
                                            table.jsonType == null ? null : rs.getString(versionColumn + 1),
                                            null));
                        });
        return batch;
    }

    /** The batch's current documents: those of the prefetched aggregates, then any other read when first needed. */
    private static final class Batch<D> {
        final Map<List<String>, Current<D>> current = new HashMap<>();
        private final Set<String> prefetched;
        private final int aggregateIndex;

        Batch(Set<String> prefetched, int aggregateIndex) {
            this.prefetched = prefetched;
            this.aggregateIndex = aggregateIndex;
        }

        Current<D> current(List<String> key, VersionedDocuments<D> documents) {
            if (current.containsKey(key)) {
                return current.get(key);
            }
            // Every current row of a prefetched aggregate is known: one not among them does not exist.
            Current<D> found = prefetched.contains(key.get(aggregateIndex)) ? null : documents.read(key);
            current.put(key, found);
            return found;
        }
    }

    /** A document's current version; {@code pending} is its row while the batch holds it unwritten. */
    static final class Current<D> {
        final long version;
        D doc;
        final String json;
        final Row pending;

        Current(long version, D doc, String json, Row pending) {
            this.version = version;
            this.doc = doc;
            this.json = json;
            this.pending = pending;
        }
    }

    /** One version's row, its values taken from the document when it was written; closed if superseded in the batch. */
    static final class Row {
        final List<String> key;
        final long version;
        final Instant recordedFrom;
        final Object[] values;
        Instant recordedTo;
        /** In a bulk load, the values of the computed columns ({@link BulkLoad.Computed}). */
        BulkLoad.Computed[] computed;

        Row(List<String> key, long version, Instant recordedFrom, Object[] values) {
            this.key = key;
            this.version = version;
            this.recordedFrom = recordedFrom;
            this.values = values;
        }

        String json(DocumentTable<?> table) {
            return table.jsonValue < 0 ? null : (String) values[table.jsonValue];
        }
    }
}
