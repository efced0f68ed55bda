package dk.kk.registry.infra.ui;

import dk.kk.registry.shared.common.Money;
import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.common.UncertainValue;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How pages show dates, instants and money, in the user's language; templates call it as {@code @uiFormat}. Instants
 * are shown in Copenhagen time, the registry's users' time.
 */
@Component("uiFormat")
public class UiFormat {

    public static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    public String date(LocalDate date) {
        return date == null
                ? ""
                : date.format(DateTimeFormatter.ofPattern(danish() ? "d/M yyyy" : "d MMM yyyy", locale()));
    }

    /**
     * A date as its source states it, the way Danish staff write it: "14/5 2018", "maj 2018", "2018", "mellem 2011 og
     * 2014", "senest september 2011", "2018 eller før", "tidligst 2018", "ca. 2018", "2018 (usikkert)", "ukendt".
     */
    public String date(UncertainDate date) {
        if (date == null || date.isUnknown()) {
            return danish() ? "ukendt" : "unknown";
        }
        String shown =
                switch (date.precision()) {
                    case DAY, MONTH, YEAR -> single(date.notation());
                    case INTERVAL -> {
                        String[] parts = date.notation().split("/");
                        yield (danish() ? "mellem %s og %s" : "between %s and %s")
                                .formatted(single(parts[0]), single(parts[1]));
                    }
                    case ON_OR_BEFORE -> {
                        String end = date.notation().substring(3);
                        yield bare(end).length() == 4
                                ? (danish() ? "%s eller før" : "%s or earlier").formatted(single(end))
                                : (danish() ? "senest %s" : "by %s").formatted(single(end));
                    }
                    case ON_OR_AFTER -> {
                        String start =
                                date.notation().substring(0, date.notation().length() - 3);
                        yield bare(start).length() == 4
                                ? (danish() ? "%s eller senere" : "%s or later").formatted(single(start))
                                : (danish() ? "tidligst %s" : "from %s at the earliest").formatted(single(start));
                    }
                    case UNKNOWN -> danish() ? "ukendt" : "unknown";
                };
        return shown;
    }

    /** One date of the notation with its qualifier: "14/5 2018", "september 2011", "ca. 2018", "2018 (usikkert)". */
    private String single(String notation) {
        String plain = bare(notation);
        boolean approximate = notation.endsWith("~") || notation.endsWith("%");
        boolean uncertain = notation.endsWith("?") || notation.endsWith("%");
        String shown =
                switch (plain.length()) {
                    case 10 -> date(LocalDate.parse(plain));
                    case 7 -> YearMonth.parse(plain).format(DateTimeFormatter.ofPattern("MMMM yyyy", locale()));
                    default -> plain;
                };
        if (approximate) {
            shown = (danish() ? "ca. " : "circa ") + shown;
        }
        if (uncertain) {
            shown = shown + (danish() ? " (usikkert)" : " (uncertain)");
        }
        return shown;
    }

    private static String bare(String notation) {
        return notation.replaceAll("[?~%]$", "");
    }

    /** A value as its source states it: "0,6", "67–72", "under 60", "over 5", "højst 72", "mindst 67", "ca. 20". */
    public String value(UncertainValue value) {
        if (value == null) {
            return "";
        }
        return switch (value.form()) {
            case EXACT -> number(value.exactValue());
            case BELOW -> (danish() ? "under " : "below ") + number(value.high());
            case ABOVE -> (danish() ? "over " : "above ") + number(value.low());
            case ABOUT -> (danish() ? "ca. " : "about ") + number(value.low());
            case RANGE ->
                (value.isApproximate() ? (danish() ? "ca. " : "about ") : "")
                        + (value.low() == null
                                ? (danish() ? "højst " : "at most ") + number(value.high())
                                : value.high() == null
                                        ? (danish() ? "mindst " : "at least ") + number(value.low())
                                        : number(value.low()) + "–" + number(value.high()));
        };
    }

    /** A measured number with its own decimals, in the user's language ("0,6"; "1.234,5"). */
    public String number(BigDecimal number) {
        return number == null
                ? ""
                : format(number, Math.max(0, number.stripTrailingZeros().scale()), "#,##0");
    }

    public String instant(Instant instant) {
        return instant == null
                ? ""
                : instant.atZone(COPENHAGEN)
                        .format(DateTimeFormatter.ofPattern(
                                danish() ? "d/M yyyy 'kl.' HH:mm" : "d MMM yyyy HH:mm", locale()));
    }

    /** An instant as a {@code datetime-local} input wants it, in Copenhagen time. */
    public String instantInput(Instant instant) {
        return instant == null
                ? ""
                : instant.atZone(COPENHAGEN)
                        .toLocalDateTime()
                        .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
    }

    public String money(Money money) {
        return money == null ? "" : amount(money.amount()) + " kr.";
    }

    public String amount(BigDecimal amount) {
        return amount == null ? "" : format(amount, 2);
    }

    /** An amount with thousands separators and at least two decimals, none of its own dropped: for a form's field. */
    static String exactAmount(BigDecimal amount) {
        return format(amount, Math.max(2, amount.scale()));
    }

    private static String format(BigDecimal amount, int maximumDecimals) {
        return format(amount, maximumDecimals, "#,##0.00");
    }

    private static String format(BigDecimal amount, int maximumDecimals, String pattern) {
        DecimalFormat format = new DecimalFormat(
                pattern, DecimalFormatSymbols.getInstance(danish() ? Locale.forLanguageTag("da") : Locale.UK));
        format.setMaximumFractionDigits(maximumDecimals);
        return format.format(amount);
    }

    /** Ids (of areas, organisations) shown by their names where known, joined by commas. */
    public String names(Collection<String> ids, Map<String, String> names) {
        return ids == null ? "" : ids.stream().map(id -> name(id, names)).collect(Collectors.joining(", "));
    }

    public String name(String id, Map<String, String> names) {
        return id == null ? "" : names.getOrDefault(id, id);
    }

    private static boolean danish() {
        return !"en".equals(locale().getLanguage());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
