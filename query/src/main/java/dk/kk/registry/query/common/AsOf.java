package dk.kk.registry.query.common;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * The transaction-time condition on a versioned read table: the rows current now, or the rows the registry showed at
 * an instant (recorded_from inclusive, recorded_to exclusive).
 */
public final class AsOf {

    /** The registry's days are Copenhagen's days. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    private AsOf() {}

    public static String condition(String alias, Instant asOf, List<Object> args) {
        String prefix = alias.isEmpty() ? "" : alias + ".";
        if (asOf == null) {
            return prefix + "recorded_to IS NULL";
        }
        Timestamp at = Timestamp.from(asOf);
        args.add(at);
        args.add(at);
        return prefix + "recorded_from <= ? AND (" + prefix + "recorded_to IS NULL OR " + prefix + "recorded_to > ?)";
    }

    /**
     * The same condition for a table indexed on its transaction-time interval (a GiST index on
     * {@code tstzrange(recorded_from, recorded_to)}, as {@code intervention_version} is): as of an instant it names
     * the interval, so the index finds the versions that contain the instant instead of bounding one end only.
     */
    public static String interval(String alias, Instant asOf, List<Object> args) {
        String prefix = alias.isEmpty() ? "" : alias + ".";
        if (asOf == null) {
            return prefix + "recorded_to IS NULL";
        }
        args.add(Timestamp.from(asOf));
        return "tstzrange(" + prefix + "recorded_from, " + prefix + "recorded_to) @> ?::timestamptz";
    }

    /**
     * The version of one document the registry showed as of an instant (the current one when {@code asOf} is null):
     * {@code select} reads the table up to its key condition ({@code SELECT … FROM t WHERE key = ?}).
     */
    public static <T> Optional<T> one(JdbcTemplate jdbc, String select, Object key, Instant asOf, RowMapper<T> row) {
        List<Object> args = new ArrayList<>(List.of(key));
        String condition = condition("", asOf, args);
        return jdbc.query(select + " AND " + condition, row, args.toArray()).stream()
                .findFirst();
    }

    public static LocalDate today(Instant asOf) {
        return LocalDate.ofInstant(asOf == null ? Instant.now() : asOf, ZONE);
    }
}
