package dk.kk.registry.query.common;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The transaction-time condition on a versioned read table: the rows current now, or the rows the registry showed at
 * an instant (recorded_from inclusive, recorded_to exclusive).
 */
public final class AsOf {

    /** The registry's days are Copenhagen's days. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    private AsOf() {
    }

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

    public static LocalDate today(Instant asOf) {
        return LocalDate.ofInstant(asOf == null ? Instant.now() : asOf, ZONE);
    }
}
