package dk.kk.registry.shared.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day as a source states it, never more precisely: a day, a month, a year, somewhere in an interval, on or before,
 * on or after, uncertain ({@code ?}), approximate ({@code ~}) or unknown. Written in the notation of ISO 8601-2 / EDTF
 * level 1 ({@code 2018-05-14}, {@code 2018-05}, {@code 2018}, {@code 2011/2014}, {@code ../2011-09}, {@code 2018/..},
 * {@code 2018?}, {@code 2018~}, {@code unknown}); an exact day is a plain ISO date, so every event recorded with a
 * {@link LocalDate} reads as one of these unchanged.
 *
 * <p>{@link #earliest()} and {@link #latest()} are the first and last day the stated date allows; {@code null} is
 * unbounded. A qualified date ({@code ?}, {@code ~}) keeps the bounds of what it qualifies, but nothing derived from
 * it is ever certain ({@link #exactlyAsStated()} is false).
 */
public final class UncertainDate implements Comparable<UncertainDate> {

    /** The years a date may name: four digits, as the registry's exact dates always allowed (no year 0). */
    public static final int FIRST_YEAR = 1;

    public static final int LAST_YEAR = 9999;

    public static final UncertainDate UNKNOWN =
            new UncertainDate("unknown", Precision.UNKNOWN, null, null, false, false);

    /** How much a date says. */
    public enum Precision {
        DAY,
        MONTH,
        YEAR,
        INTERVAL,
        ON_OR_BEFORE,
        ON_OR_AFTER,
        UNKNOWN
    }

    private static final Pattern SINGLE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?([?~%])?");

    private final String notation;
    private final Precision precision;
    private final LocalDate earliest;
    private final LocalDate latest;
    private final boolean uncertain;
    private final boolean approximate;

    private UncertainDate(
            String notation,
            Precision precision,
            LocalDate earliest,
            LocalDate latest,
            boolean uncertain,
            boolean approximate) {
        this.notation = notation;
        this.precision = precision;
        this.earliest = earliest;
        this.latest = latest;
        this.uncertain = uncertain;
        this.approximate = approximate;
    }

    /** An exact day. */
    public static UncertainDate of(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return new UncertainDate(day.toString(), Precision.DAY, day, day, false, false);
    }

    /** A whole year, as a source that gives only the year states it. */
    public static UncertainDate year(int year) {
        return parse(String.format("%04d", year));
    }

    /** An exact day, or {@code null} for none. */
    public static UncertainDate ofNullable(LocalDate day) {
        return day == null ? null : of(day);
    }

    /**
     * Reads the notation; {@code null}, blank and {@code unknown} are {@link #UNKNOWN}.
     *
     * @throws IllegalArgumentException naming what is wrong with the text
     */
    public static UncertainDate parse(String text) {
        if (text == null || text.isBlank() || text.strip().equalsIgnoreCase("unknown")) {
            return UNKNOWN;
        }
        String value = text.strip();
        if (value.length() > 40) {
            throw new IllegalArgumentException("a date is at most 40 characters");
        }
        int slash = value.indexOf('/');
        if (slash < 0) {
            return single(value);
        }
        if (value.indexOf('/', slash + 1) >= 0) {
            throw new IllegalArgumentException("a date has at most one '/': " + value);
        }
        String start = value.substring(0, slash);
        String end = value.substring(slash + 1);
        boolean openStart = start.equals("..") || start.isEmpty();
        boolean openEnd = end.equals("..") || end.isEmpty();
        if (openStart && openEnd) {
            return UNKNOWN;
        }
        UncertainDate from = openStart ? null : single(start);
        UncertainDate to = openEnd ? null : single(end);
        if (from != null && to != null && from.earliest.isAfter(to.latest)) {
            throw new IllegalArgumentException("the interval ends before it starts: " + value);
        }
        boolean uncertain = (from != null && from.uncertain) || (to != null && to.uncertain);
        boolean approximate = (from != null && from.approximate) || (to != null && to.approximate);
        String notation = (from == null ? ".." : from.notation) + "/" + (to == null ? ".." : to.notation);
        Precision precision =
                from == null ? Precision.ON_OR_BEFORE : to == null ? Precision.ON_OR_AFTER : Precision.INTERVAL;
        return new UncertainDate(
                notation,
                precision,
                from == null ? null : from.earliest,
                to == null ? null : to.latest,
                uncertain,
                approximate);
    }

    private static UncertainDate single(String value) {
        Matcher matcher = SINGLE.matcher(value);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a date (YYYY-MM-DD, YYYY-MM, YYYY, an interval a/b, ../b, a/.., "
                    + "with ? or ~, or unknown): " + value);
        }
        int year = Integer.parseInt(matcher.group(1));
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException(
                    "the year must be between " + FIRST_YEAR + " and " + LAST_YEAR + ": " + value);
        }
        String qualifier = matcher.group(4);
        boolean uncertain = "?".equals(qualifier) || "%".equals(qualifier);
        boolean approximate = "~".equals(qualifier) || "%".equals(qualifier);
        try {
            if (matcher.group(3) != null) {
                LocalDate day =
                        LocalDate.of(year, Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)));
                return new UncertainDate(value, Precision.DAY, day, day, uncertain, approximate);
            }
            if (matcher.group(2) != null) {
                YearMonth month = YearMonth.of(year, Integer.parseInt(matcher.group(2)));
                return new UncertainDate(
                        value, Precision.MONTH, month.atDay(1), month.atEndOfMonth(), uncertain, approximate);
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("no such day or month: " + value);
        }
        return new UncertainDate(
                value, Precision.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), uncertain, approximate);
    }

    /** The first day the date allows; {@code null} when it is open towards the past. */
    public LocalDate earliest() {
        return earliest;
    }

    /** The last day the date allows; {@code null} when it is open towards the future. */
    public LocalDate latest() {
        return latest;
    }

    public Precision precision() {
        return precision;
    }

    /** {@code ?}: the source is not sure. */
    public boolean uncertain() {
        return uncertain;
    }

    /** {@code ~}: the source says "about". */
    public boolean approximate() {
        return approximate;
    }

    public boolean isUnknown() {
        return precision == Precision.UNKNOWN;
    }

    /** A single day with no qualifier: what an exact {@link LocalDate} said before. */
    public boolean isExactDay() {
        return precision == Precision.DAY && !uncertain && !approximate;
    }

    /** The day, when the date is an exact day. */
    public LocalDate exactDay() {
        if (!isExactDay()) {
            throw new IllegalStateException("not an exact day: " + notation);
        }
        return earliest;
    }

    /** False for {@code ?} and {@code ~}: bounds taken from such a date are the source's best guess, not a fact. */
    public boolean exactlyAsStated() {
        return !uncertain && !approximate;
    }

    /** The date certainly falls on or before {@code day}. */
    public boolean certainlyOnOrBefore(LocalDate day) {
        return exactlyAsStated() && latest != null && !latest.isAfter(day);
    }

    /** The date may fall on or before {@code day}. */
    public boolean possiblyOnOrBefore(LocalDate day) {
        return !exactlyAsStated() || earliest == null || !earliest.isAfter(day);
    }

    /** The date certainly falls on or after {@code day}. */
    public boolean certainlyOnOrAfter(LocalDate day) {
        return exactlyAsStated() && earliest != null && !earliest.isBefore(day);
    }

    /** The date may fall on or after {@code day}. */
    public boolean possiblyOnOrAfter(LocalDate day) {
        return !exactlyAsStated() || latest == null || !latest.isBefore(day);
    }

    /** The date certainly falls before {@code other} (every day this allows is before every day that allows). */
    public boolean certainlyBefore(UncertainDate other) {
        return exactlyAsStated()
                && other.exactlyAsStated()
                && latest != null
                && other.earliest != null
                && latest.isBefore(other.earliest);
    }

    /** The ISO 8601-2 / EDTF notation: what the API and the events carry. */
    public String notation() {
        return notation;
    }

    /** Orders by the earliest possible day (open past first), then by the latest (open future last). */
    @Override
    public int compareTo(UncertainDate other) {
        int byEarliest = compare(earliest, other.earliest, true);
        return byEarliest != 0 ? byEarliest : compare(latest, other.latest, false);
    }

    private static int compare(LocalDate a, LocalDate b, boolean nullFirst) {
        if (a == null || b == null) {
            return a == b ? 0 : (a == null) == nullFirst ? -1 : 1;
        }
        return a.compareTo(b);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UncertainDate date && notation.equals(date.notation);
    }

    @Override
    public int hashCode() {
        return notation.hashCode();
    }

    @Override
    public String toString() {
        return notation;
    }
}
