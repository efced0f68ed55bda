package dk.kk.registry.query.common;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/** One page of the rows of a table that match a condition, and how many match in all. */
public record Paged<T>(List<T> items, long total) {

    /**
     * Counts the rows of {@code table} that match {@code where} (with {@code args} for its parameters), and reads page
     * {@code page} (from 0) of {@code size} of them, in {@code order}, by their {@code columns}.
     */
    public static <T> Paged<T> read(
            JdbcTemplate jdbc,
            String columns,
            String table,
            CharSequence where,
            List<Object> args,
            String order,
            int page,
            int size,
            RowMapper<T> row) {
        Long total =
                jdbc.queryForObject("SELECT count(*) FROM " + table + " WHERE " + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        List<T> items = jdbc.query(
                "SELECT " + columns + " FROM " + table + " WHERE " + where + " ORDER BY " + order + " LIMIT ? OFFSET ?",
                row,
                pageArgs.toArray());
        return new Paged<>(items, total == null ? 0 : total);
    }
}
