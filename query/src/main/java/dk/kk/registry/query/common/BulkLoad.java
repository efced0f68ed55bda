package dk.kk.registry.query.common;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.postgresql.PGConnection;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A rebuild's writes in bulk (issue 20): while a rebuild replays the whole log into fresh tables on this thread, every
 * {@link VersionedDocuments} keeps its documents' current versions in memory and sends each version's row once, with
 * {@code COPY}, when it is superseded or when the load ends; a version is never inserted open and updated closed. A
 * column computed by SQL (the Danish {@code tsvector}) is computed by the database once per distinct input, with one
 * query per batch of rows, and a version whose inputs are those of the version before shares its value. The other
 * statements of {@link WriteAtCommit} go as JDBC batches of a thousand rows.
 *
 * <p>Memory stays bounded: past {@link #OPEN_DOCUMENTS} open documents in one table, the least recently changed one is
 * written open and, should another event change it, read back and closed with an {@code UPDATE} like the live path.
 *
 * <p>Live processors never see it: a bulk load is the caller's thread's, from {@link #begin} to {@link #close}.
 */
public final class BulkLoad implements AutoCloseable {

    /** The open documents held per table; the bench's interventions are about 4 KiB each in memory. */
    static final int OPEN_DOCUMENTS = 20_000;

    private static final int COPY_ROWS = 5_000;
    private static final int BATCH_ROWS = 1_000;
    private static final ThreadLocal<BulkLoad> CURRENT = new ThreadLocal<>();

    private final JdbcTemplate jdbc;
    private final int openDocuments;
    private final Map<VersionedDocuments<?>, Documents<?>> documents = new IdentityHashMap<>();
    private final Map<WriteAtCommit.Statement<?>, Statements> statements = new LinkedHashMap<>();

    private BulkLoad(JdbcTemplate jdbc, int openDocuments) {
        this.jdbc = jdbc;
        this.openDocuments = openDocuments;
    }

    /** Starts a bulk load on this thread, written through {@code jdbc} (a PostgreSQL connection). */
    public static BulkLoad begin(JdbcTemplate jdbc) {
        return begin(jdbc, OPEN_DOCUMENTS);
    }

    static BulkLoad begin(JdbcTemplate jdbc, int openDocuments) {
        if (CURRENT.get() != null) {
            throw new IllegalStateException("a bulk load is already under way on this thread");
        }
        BulkLoad load = new BulkLoad(jdbc, openDocuments);
        CURRENT.set(load);
        return load;
    }

    static BulkLoad current() {
        return CURRENT.get();
    }

    /** Writes everything still held: the documents' current versions, and the statements' last rows. */
    public void finish() {
        for (Documents<?> table : documents.values()) {
            table.finish();
        }
        for (Statements pending : statements.values()) {
            pending.flush();
        }
    }

    /** Ends the load on this thread; rows not {@link #finish finished} are dropped. */
    @Override
    public void close() {
        CURRENT.remove();
    }

    /**
     * A write of the load failed. The transaction is then aborted: the caller rolls back to before the load and may
     * replay event by event to find the event that fails.
     */
    public static final class WriteFailed extends IllegalStateException {
        WriteFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Whether {@code e}, or what it wraps, is a failed write of a bulk load. */
    public static boolean failedToWrite(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof WriteFailed) {
                return true;
            }
        }
        return false;
    }

    private static void written(String table, Runnable write) {
        try {
            write.run();
        } catch (RuntimeException e) {
            throw new WriteFailed(
                    "the bulk load of " + table + " could not write: "
                            + NestedExceptionUtils.getMostSpecificCause(e).getMessage(),
                    e);
        }
    }

    @SuppressWarnings("unchecked")
    <D> Documents<D> documents(VersionedDocuments<D> owner, DocumentTable<D> table) {
        return (Documents<D>) documents.computeIfAbsent(owner, key -> new Documents<>(owner, table));
    }

    <R> void add(WriteAtCommit.Statement<R> statement, R row, WriteAtCommit writer) {
        Statements pending = statements.computeIfAbsent(statement, key -> new Statements(statement, writer));
        pending.rows.add(row);
        if (pending.rows.size() >= BATCH_ROWS) {
            pending.flush();
        }
    }

    private final class Statements {
        final WriteAtCommit.Statement<?> statement;
        final WriteAtCommit writer;
        final List<Object> rows = new ArrayList<>();

        Statements(WriteAtCommit.Statement<?> statement, WriteAtCommit writer) {
            this.statement = statement;
            this.writer = writer;
        }

        @SuppressWarnings("unchecked")
        void flush() {
            if (!rows.isEmpty()) {
                written("a statement's rows", () -> writer.write((WriteAtCommit.Statement<Object>) statement, rows));
                rows.clear();
            }
        }
    }

    /** A computed column's value for one set of inputs, shared by the versions that have them. */
    static final class Computed {
        final List<Object> inputs;
        String text;

        Computed(List<Object> inputs) {
            this.inputs = inputs;
        }
    }

    /** One table's documents during the load. */
    final class Documents<D> {
        private final VersionedDocuments<D> owner;
        private final DocumentTable<D> table;
        private final Map<List<String>, VersionedDocuments.Current<D>> open = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<List<String>, VersionedDocuments.Current<D>> eldest) {
                if (size() <= openDocuments) {
                    return false;
                }
                spill(eldest.getKey(), eldest.getValue());
                return true;
            }
        };
        /** Documents written open to the table (evicted from {@link #open}). */
        private final Set<List<String>> spilled = new HashSet<>();

        private final List<VersionedDocuments.Row> copy = new ArrayList<>();
        private final List<VersionedDocuments.Row> closes = new ArrayList<>();
        private final String copySql;

        Documents(VersionedDocuments<D> owner, DocumentTable<D> table) {
            this.owner = owner;
            this.table = table;
            this.copySql = "COPY " + table.name() + " (" + String.join(", ", table.columnNames()) + ") FROM STDIN";
        }

        /** The document's current version: held here, or read back from the table if it was spilled. */
        VersionedDocuments.Current<D> current(List<String> key) {
            VersionedDocuments.Current<D> current = open.get(key);
            if (current == null && spilled.remove(key)) {
                flush();
                current = owner.read(key);
            }
            return current;
        }

        /** The document's new current version, its row held until superseded; its computed columns shared if same. */
        void hold(List<String> key, VersionedDocuments.Current<D> previous, VersionedDocuments.Current<D> next) {
            VersionedDocuments.Row row = next.pending;
            VersionedDocuments.Row before = previous == null ? null : previous.pending;
            row.computed = new Computed[table.computedColumns()];
            int value = 0;
            int computed = 0;
            for (DocumentTable.Column<D> column : table.columns) {
                int count = column.values().size();
                if (!column.direct()) {
                    List<Object> inputs = Arrays.asList(row.values).subList(value, value + count);
                    Computed same = before == null ? null : before.computed[computed];
                    row.computed[computed] =
                            same != null && same.inputs.equals(inputs) ? same : new Computed(new ArrayList<>(inputs));
                    computed++;
                }
                value += count;
            }
            open.put(key, next);
        }

        /** The row of a version superseded while held: written closed. */
        void superseded(VersionedDocuments.Row row) {
            add(row);
        }

        /** A version read back from the table and now superseded: closed there. */
        void close(VersionedDocuments.Row next) {
            closes.add(next);
        }

        private void spill(List<String> key, VersionedDocuments.Current<D> current) {
            if (current.pending != null) {
                add(current.pending);
                spilled.add(key);
            }
        }

        private void add(VersionedDocuments.Row row) {
            copy.add(row);
            if (copy.size() >= COPY_ROWS) {
                flush();
            }
        }

        void finish() {
            for (VersionedDocuments.Current<D> current : open.values()) {
                if (current.pending != null) {
                    copy.add(current.pending);
                }
            }
            open.clear();
            spilled.clear();
            flush();
        }

        /** Closes first (they concern rows already in the table, none of those copied now), then the copy. */
        private void flush() {
            if (!closes.isEmpty()) {
                written(table.name(), () -> owner.writeCloses(closes));
                closes.clear();
            }
            if (copy.isEmpty()) {
                return;
            }
            written(table.name(), this::compute);
            StringBuilder text = new StringBuilder(copy.size() * 512);
            for (VersionedDocuments.Row row : copy) {
                encode(row, text);
            }
            copy.clear();
            written(
                    table.name(),
                    () -> jdbc.execute((ConnectionCallback<Long>) connection -> {
                        try {
                            return connection
                                    .unwrap(PGConnection.class)
                                    .getCopyAPI()
                                    .copyIn(copySql, new StringReader(text.toString()));
                        } catch (IOException e) {
                            throw new SQLException(e);
                        }
                    }));
        }

        /** Every computed value the rows to copy lack, one query per computed column. */
        private void compute() {
            int computed = 0;
            for (DocumentTable.Column<D> column : table.columns) {
                if (column.direct()) {
                    continue;
                }
                int index = computed++;
                Map<List<Object>, List<Computed>> missing = new LinkedHashMap<>();
                for (VersionedDocuments.Row row : copy) {
                    Computed value = row.computed[index];
                    if (value.text == null) {
                        missing.computeIfAbsent(value.inputs, key -> new ArrayList<>())
                                .add(value);
                    }
                }
                if (!missing.isEmpty()) {
                    computeAll(column, missing);
                }
            }
        }

        private void computeAll(DocumentTable.Column<D> column, Map<List<Object>, List<Computed>> missing) {
            int parameters = column.values().size();
            List<List<Object>> inputs = new ArrayList<>(missing.keySet());
            StringBuilder names = new StringBuilder();
            StringBuilder arrays = new StringBuilder();
            String expression = column.expression();
            for (int p = 0; p < parameters; p++) {
                names.append("p").append(p).append(", ");
                arrays.append(p == 0 ? "" : ", ").append("?::text[]");
                expression = expression.replaceFirst("\\?", "u.p" + p);
            }
            String sql = "SELECT (" + expression + ")::text FROM unnest(" + arrays + ") WITH ORDINALITY AS u(" + names
                    + "n) ORDER BY u.n";
            List<String> texts = jdbc.execute((ConnectionCallback<List<String>>) connection -> {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    for (int p = 0; p < parameters; p++) {
                        Object[] values = new Object[inputs.size()];
                        for (int i = 0; i < inputs.size(); i++) {
                            Object input = inputs.get(i).get(p);
                            values[i] = input == null ? null : input.toString();
                        }
                        Array array = connection.createArrayOf("text", values);
                        statement.setArray(p + 1, array);
                    }
                    List<String> answers = new ArrayList<>(inputs.size());
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            answers.add(rs.getString(1));
                        }
                    }
                    return answers;
                }
            });
            for (int i = 0; i < inputs.size(); i++) {
                for (Computed value : missing.get(inputs.get(i))) {
                    value.text = texts.get(i);
                }
            }
        }

        private void encode(VersionedDocuments.Row row, StringBuilder text) {
            if (table.scopeColumn != null) {
                field(table.scope, text);
                text.append('\t');
            }
            for (String part : row.key) {
                field(part, text);
                text.append('\t');
            }
            text.append(row.version).append('\t');
            field(row.recordedFrom, text);
            text.append('\t');
            field(row.recordedTo, text);
            int value = 0;
            int computed = 0;
            for (DocumentTable.Column<D> column : table.columns) {
                text.append('\t');
                if (column.direct()) {
                    field(row.values[value], text);
                } else {
                    field(row.computed[computed++].text, text);
                }
                value += column.values().size();
            }
            text.append('\n');
        }
    }

    /** One value in COPY's text format: NULL as {@code \N}, the rest as PostgreSQL reads it from a parameter. */
    static void field(Object value, StringBuilder text) {
        if (value == null) {
            text.append("\\N");
        } else if (value instanceof Collection<?> items) {
            escape(arrayLiteral(items), text);
        } else if (value instanceof Enum<?> constant) {
            escape(constant.name(), text);
        } else if (value instanceof Instant instant) {
            text.append(instant);
        } else {
            escape(value.toString(), text);
        }
    }

    /** A text[] literal: every element double-quoted, quotes and backslashes in it escaped. */
    static String arrayLiteral(Collection<?> items) {
        StringBuilder literal = new StringBuilder("{");
        boolean first = true;
        for (Object item : items) {
            if (!first) {
                literal.append(',');
            }
            first = false;
            if (item == null) {
                literal.append("NULL");
                continue;
            }
            literal.append('"');
            String element = item instanceof Enum<?> constant ? constant.name() : item.toString();
            for (int i = 0; i < element.length(); i++) {
                char c = element.charAt(i);
                if (c == '"' || c == '\\') {
                    literal.append('\\');
                }
                literal.append(c);
            }
            literal.append('"');
        }
        return literal.append('}').toString();
    }

    private static void escape(String value, StringBuilder text) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                default -> text.append(c);
            }
        }
    }
}
