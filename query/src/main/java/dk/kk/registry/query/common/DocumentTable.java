package dk.kk.registry.query.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.RowMapper;

/**
 * How a projection's documents map onto a versioned table: the key columns, the columns each version's row carries
 * (taken from the document when the version is written) and how the current row reads back as a document. Every such
 * table has {@code version} (the aggregate's sequence number), {@code recorded_from} and {@code recorded_to} (NULL while
 * current; ADR 0004).
 */
public final class DocumentTable<D> {

    /** A column written from the document: its SQL expression takes one parameter per value. */
    record Column<D>(String name, String expression, List<Function<D, Object>> values, boolean direct) {

        /**
         * {@code direct}: the value goes into the column as it is (at most cast to the column's own type, which is what
         * COPY does), rather than through an SQL expression the database must compute.
         */
        Column(String name, String expression, List<Function<D, Object>> values) {
            this(
                    name,
                    expression,
                    values,
                    values.size() == 1 && DIRECT.matcher(expression).matches());
        }
    }

    private static final Pattern DIRECT = Pattern.compile("\\?(::\\w+)?");

    final String name;
    final List<String> keyColumns;
    final String aggregateColumn;
    final String scopeColumn;
    final String scope;
    final List<Column<D>> columns = new ArrayList<>();
    String readColumns;
    RowMapper<D> reader;
    Class<D> jsonType;
    int jsonValue = -1;

    private DocumentTable(
            String name, List<String> keyColumns, String aggregateColumn, String scopeColumn, String scope) {
        this.name = name;
        this.keyColumns = keyColumns;
        this.aggregateColumn = aggregateColumn;
        this.scopeColumn = scopeColumn;
        this.scope = scope;
    }

    /** A table keyed by one column, the aggregate's identifier. */
    public static <D> DocumentTable<D> keyedBy(String table, String keyColumn) {
        return new DocumentTable<>(table, List.of(keyColumn), keyColumn, null, null);
    }

    /** A table keyed by the aggregate's identifier and one more column naming the document within the aggregate. */
    public static <D> DocumentTable<D> keyedBy(String table, String aggregateColumn, String documentColumn) {
        return new DocumentTable<>(table, List.of(aggregateColumn, documentColumn), aggregateColumn, null, null);
    }

    /** The rows of a table shared by several kinds of document whose {@code scopeColumn} holds {@code scope}. */
    public static <D> DocumentTable<D> scoped(String table, String scopeColumn, String scope, String keyColumn) {
        return new DocumentTable<>(table, List.of(keyColumn), keyColumn, scopeColumn, scope);
    }

    public DocumentTable<D> column(String column, Function<D, Object> value) {
        columns.add(new Column<>(column, "?", List.of(value)));
        return this;
    }

    /** A column computed by an SQL expression from the values, one {@code ?} each. */
    @SafeVarargs
    public final DocumentTable<D> column(String column, String expression, Function<D, Object>... values) {
        columns.add(new Column<>(column, expression, List.of(values)));
        return this;
    }

    /** The document itself, as JSON in {@code column}: written with every version and read back as the current one. */
    public DocumentTable<D> json(String column, Class<D> type) {
        jsonValue = columns.stream().mapToInt(c -> c.values().size()).sum();
        columns.add(new Column<>(column, "?::jsonb", List.of(ReadModelJson::write)));
        readColumns = column + "::text AS " + column;
        reader = (rs, n) -> ReadModelJson.read(rs.getString(column), type);
        jsonType = type;
        return this;
    }

    /** Reads the current row's {@code columns} back as the document, for tables without a JSON document. */
    public DocumentTable<D> readBack(String selectedColumns, RowMapper<D> rowReader) {
        readColumns = selectedColumns;
        reader = rowReader;
        return this;
    }

    public String name() {
        return name;
    }

    Object[] values(D document) {
        List<Object> values = new ArrayList<>();
        for (Column<D> column : columns) {
            for (Function<D, Object> value : column.values()) {
                values.add(value.apply(document));
            }
        }
        return values.toArray();
    }

    /** The columns a version's row is written to: scope, key, version, interval, then the document's columns. */
    List<String> columnNames() {
        List<String> names = new ArrayList<>();
        if (scopeColumn != null) {
            names.add(scopeColumn);
        }
        names.addAll(keyColumns);
        names.addAll(List.of("version", "recorded_from", "recorded_to"));
        for (Column<D> column : columns) {
            names.add(column.name());
        }
        return names;
    }

    int computedColumns() {
        return (int) columns.stream().filter(column -> !column.direct()).count();
    }

    String insert() {
        List<String> expressions = new ArrayList<>();
        if (scopeColumn != null) {
            expressions.add("?");
        }
        for (String key : keyColumns) {
            expressions.add("?");
        }
        expressions.addAll(List.of("?", "?", "?"));
        for (Column<D> column : columns) {
            expressions.add(column.expression());
        }
        return "INSERT INTO " + name + " (" + String.join(", ", columnNames()) + ") VALUES ("
                + String.join(", ", expressions) + ") ON CONFLICT DO NOTHING";
    }

    String close() {
        return "UPDATE " + name + " SET recorded_to = ? WHERE " + keyCondition() + " AND recorded_to IS NULL";
    }

    String currentOne() {
        return "SELECT version, " + readColumns + " FROM " + name + " WHERE " + keyCondition()
                + " AND recorded_to IS NULL";
    }

    String currentOfAggregates() {
        return "SELECT " + String.join(", ", keyColumns) + ", version, " + readColumns + " FROM " + name + " WHERE "
                + (scopeColumn == null ? "" : scopeColumn + " = ? AND ") + aggregateColumn
                + " = ANY (?) AND recorded_to IS NULL";
    }

    private String keyCondition() {
        List<String> conditions = new ArrayList<>();
        if (scopeColumn != null) {
            conditions.add(scopeColumn + " = ?");
        }
        keyColumns.forEach(key -> conditions.add(key + " = ?"));
        return String.join(" AND ", conditions);
    }

    /** Binds the scope and key from {@code index}; answers the next index. */
    int bindKey(PreparedStatement statement, int index, List<String> key) throws SQLException {
        int i = index;
        if (scopeColumn != null) {
            statement.setString(i++, scope);
        }
        for (String part : key) {
            statement.setString(i++, part);
        }
        return i;
    }

    List<String> keyOf(ResultSet rs) throws SQLException {
        List<String> key = new ArrayList<>(keyColumns.size());
        for (int i = 1; i <= keyColumns.size(); i++) {
            key.add(rs.getString(i));
        }
        return key;
    }

    static void bindValue(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof Instant instant) {
            statement.setTimestamp(index, Timestamp.from(instant));
        } else if (value instanceof Collection<?> items) {
            Connection connection = statement.getConnection();
            statement.setArray(index, connection.createArrayOf("text", items.toArray()));
        } else if (value instanceof Enum<?> constant) {
            statement.setString(index, constant.name());
        } else {
            statement.setObject(index, value);
        }
    }
}
