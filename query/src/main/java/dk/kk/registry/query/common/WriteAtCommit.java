package dk.kk.registry.query.common;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A projection's writes, collected over the processor's batch (up to a thousand events in one transaction) and sent
 * as one JDBC batch per statement when the batch commits: a few round trips per batch instead of several per event.
 *
 * <p>When a batch's writes fail at commit, the processor retries that batch, and this time every row is written as its
 * event is handled, so the one event that fails does so in its handler, under its savepoint, and is parked in the
 * dead-letter queue while the rest of the batch commits; the next commit ends that mode. Without a batching unit of
 * work (a dead letter handed back on its own) every row is written at once; during a rebuild's {@link BulkLoad} the rows
 * go in batches of a thousand.
 */
public final class WriteAtCommit {

    private final JdbcTemplate jdbc;
    private final String projection;
    private final String batchKey = WriteAtCommit.class.getName() + ".batch." + UUID.randomUUID();
    private final String eachEventKey = WriteAtCommit.class.getName() + ".eachEvent." + UUID.randomUUID();
    private volatile boolean writeEachEvent;

    /** {@code projection} names the projection in the reason a failed write gives (a dead letter's cause). */
    public WriteAtCommit(JdbcTemplate jdbc, String projection) {
        this.jdbc = jdbc;
        this.projection = projection;
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    /** Binds one row's parameters. */
    @FunctionalInterface
    public interface Binder<R> {
        void bind(PreparedStatement statement, R row) throws SQLException;
    }

    /** One statement, run once per row; each instance has its own rows in a batch. */
    public static final class Statement<R> {

        private final String sql;
        private final Binder<R> binder;

        public Statement(String sql, Binder<R> binder) {
            this.sql = sql;
            this.binder = binder;
        }

        /** A statement whose rows are its parameters' values, in order (an instant as a timestamp, a list as text[]). */
        public static Statement<Object[]> ofValues(String sql) {
            return new Statement<>(sql, (statement, values) -> {
                for (int i = 0; i < values.length; i++) {
                    DocumentTable.bindValue(statement, i + 1, values[i]);
                }
            });
        }
    }

    /** Writes the row now, or at the batch's commit, after the rows of statements first used before this one. */
    public <R> void add(Statement<R> statement, R row) {
        BulkLoad load = BulkLoad.current();
        if (load != null) {
            load.add(statement, row, this);
            return;
        }
        Batch batch = batch();
        if (batch == null) {
            write(statement, List.of(row));
        } else {
            batch.rows(statement).add(row);
        }
    }

    /** Makes the batch write these statements' rows in this order, whichever of them gets a row first. */
    void inOrder(Statement<?>... statements) {
        Batch batch = batch();
        if (batch != null) {
            for (Statement<?> statement : statements) {
                batch.rows(statement);
            }
        }
    }

    /** The batch's resource under {@code key}, made once per batch; null when rows are written at once. */
    <T> T perBatch(String key, Function<BatchingUnitOfWork<?>, T> make) {
        Batch batch = batch();
        return batch == null ? null : batch.unitOfWork.getOrComputeResource(key, k -> make.apply(batch.unitOfWork));
    }

    private Batch batch() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        if (!(root instanceof BatchingUnitOfWork<?> batching)) {
            return null;
        }
        if (writeEachEvent) {
            root.getOrComputeResource(eachEventKey, key -> {
                root.afterCommit(u -> writeEachEvent = false);
                return Boolean.TRUE;
            });
            return null;
        }
        return root.getOrComputeResource(batchKey, key -> {
            Batch batch = new Batch(batching);
            root.onPrepareCommit(u -> {
                try {
                    batch.flush();
                } catch (RuntimeException e) {
                    writeEachEvent = true;
                    throw e;
                }
            });
            return batch;
        });
    }

    <R> void write(Statement<R> statement, List<R> rows) {
        try {
            jdbc.batchUpdate(statement.sql, rows, rows.size(), statement.binder::bind);
        } catch (DataAccessException e) {
            // A JDBC batch hides the database's reason behind "Batch entry 0 …"; an admin reads it as the dead
            // letter's.
            throw new IllegalStateException(
                    "the " + projection + " projection could not write: "
                            + NestedExceptionUtils.getMostSpecificCause(e).getMessage(),
                    e);
        }
    }

    private final class Batch {

        final BatchingUnitOfWork<?> unitOfWork;
        private final Map<Statement<?>, List<Object>> rows = new LinkedHashMap<>();

        Batch(BatchingUnitOfWork<?> unitOfWork) {
            this.unitOfWork = unitOfWork;
        }

        @SuppressWarnings("unchecked")
        <R> List<R> rows(Statement<R> statement) {
            return (List<R>) rows.computeIfAbsent(statement, key -> new ArrayList<>());
        }

        @SuppressWarnings("unchecked")
        void flush() {
            for (Map.Entry<Statement<?>, List<Object>> entry : rows.entrySet()) {
                if (!entry.getValue().isEmpty()) {
                    write((Statement<Object>) entry.getKey(), entry.getValue());
                }
            }
            rows.clear();
        }
    }
}
