package dk.kk.registry.infra.http;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The dates and instants the registry accepts, in bodies and in parameters alike: years 0001 to 9999, as API.md's
 * {@code YYYY-MM-DD} writes them. PostgreSQL stores a wider range but has no year 0, and an instant far beyond it (an
 * {@code asOf} in the year 1 000 000 000) fails in the database rather than at the door.
 */
public final class DateRange {

    public static final LocalDate FIRST = LocalDate.of(1, 1, 1);
    public static final LocalDate LAST = LocalDate.of(9999, 12, 31);
    static final Instant FIRST_INSTANT = FIRST.atStartOfDay(ZoneOffset.UTC).toInstant();
    static final Instant LAST_INSTANT =
            LAST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1);

    /** How a refusal describes the range, after "expected a date …". */
    public static final String DATES = "between " + FIRST + " and " + LAST;

    public static final String INSTANTS = "between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z";

    private DateRange() {}

    /** The date, or an {@link IllegalArgumentException} when it lies outside the range. */
    public static LocalDate check(LocalDate date) {
        if (date.isBefore(FIRST) || date.isAfter(LAST)) {
            throw new IllegalArgumentException(date + " is not a date " + DATES);
        }
        return date;
    }

    public static LocalDateTime check(LocalDateTime time) {
        check(time.toLocalDate());
        return time;
    }

    public static Instant check(Instant instant) {
        if (instant.isBefore(FIRST_INSTANT) || instant.isAfter(LAST_INSTANT)) {
            throw new IllegalArgumentException(instant + " is not an instant " + INSTANTS);
        }
        return instant;
    }
}
