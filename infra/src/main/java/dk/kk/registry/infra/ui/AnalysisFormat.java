package dk.kk.registry.infra.ui;

import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.common.UncertainValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * How the evaluators' and auditors' pages show figures, in the user's language, and the addresses of the server-drawn
 * charts they embed; templates call it as {@code @analysisFormat}. A chart's address carries the page's "as of"
 * instant, so a chart never shows more than the table beside it.
 */
@Component("analysisFormat")
public class AnalysisFormat {

    private static final String NONE = "–";

    private final UiFormat format;

    AnalysisFormat(UiFormat format) {
        this.format = format;
    }

    /** A measured value or a derived one, with up to four decimals and nothing added; a dash for none. */
    public String number(BigDecimal value) {
        if (value == null) {
            return NONE;
        }
        DecimalFormat format = new DecimalFormat("#,##0.####", symbols());
        return format.format(value);
    }

    /** A change, with its sign always shown. */
    public String signed(BigDecimal value) {
        if (value == null) {
            return NONE;
        }
        return (value.signum() > 0 ? "+" : "") + number(value);
    }

    /** A fraction as a percentage with one decimal: 0.5 is "50 %". */
    public String share(BigDecimal fraction) {
        if (fraction == null) {
            return NONE;
        }
        BigDecimal percent = fraction.movePointRight(2).setScale(1, RoundingMode.HALF_UP);
        DecimalFormat format = new DecimalFormat("#,##0.#", symbols());
        return format.format(percent) + " %";
    }

    /**
     * A value as its source states it or as arithmetic on ranges gives it: exact as {@link #number(BigDecimal)}, a
     * range "67–72", a bound "under 60" / "over 5" (Danish: "under", "over"; an open range "højst" / "mindst").
     */
    public String number(UncertainValue value) {
        return uncertain(value, this::number);
    }

    /** A change as a range or a bound, each figure with its sign. */
    public String signed(UncertainValue value) {
        return uncertain(value, this::signed);
    }

    /** A fraction's range as percentages: "11,1 %–19,4 %". */
    public String share(UncertainValue fraction) {
        return uncertain(fraction, this::share);
    }

    /** A measurement's uncertain period, stated in EDTF ("2024?"), the Danish way ("ca. 2024"). */
    public String period(String stated) {
        return stated == null ? NONE : format.date(UncertainDate.parse(stated));
    }

    private String uncertain(UncertainValue value, Function<BigDecimal, String> figure) {
        if (value == null) {
            return NONE;
        }
        boolean danish = !"en".equals(LocaleContextHolder.getLocale().getLanguage());
        return switch (value.form()) {
            case EXACT -> figure.apply(value.exactValue());
            case BELOW -> (danish ? "under " : "below ") + figure.apply(value.high());
            case ABOVE -> (danish ? "over " : "above ") + figure.apply(value.low());
            case ABOUT -> (danish ? "ca. " : "about ") + figure.apply(value.low());
            case RANGE ->
                (value.isApproximate() ? (danish ? "ca. " : "about ") : "")
                        + (value.low() == null
                                ? (danish ? "højst " : "at most ") + figure.apply(value.high())
                                : value.high() == null
                                        ? (danish ? "mindst " : "at least ") + figure.apply(value.low())
                                        : figure.apply(value.low()) + "–" + figure.apply(value.high()));
        };
    }

    /** A recorded-at instant as the event table holds it (ISO-8601 text), in Copenhagen time; as is if unreadable. */
    public String recorded(String iso) {
        if (iso == null) {
            return NONE;
        }
        try {
            return format.instant(Instant.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    /** The indicator's series in the areas against the comparison, the baseline and status years marked. */
    public String seriesChart(
            String indicator, List<String> areas, String comparison, Integer baseline, Integer status, Instant asOf) {
        return chart("/api/charts/series.svg", indicator, areas, comparison, baseline, status, asOf);
    }

    /** The difference-in-differences per area between the baseline and status years. */
    public String didChart(
            String indicator, List<String> areas, String comparison, int baseline, int status, Instant asOf) {
        return chart("/api/charts/did.svg", indicator, areas, comparison, baseline, status, asOf);
    }

    /** A chart's address: the question's parameters, those left open left out, in the page's language. */
    private static String chart(
            String path,
            String indicator,
            List<String> areas,
            String comparison,
            Integer baseline,
            Integer status,
            Instant asOf) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path).queryParam("indicator", indicator);
        areas.forEach(area -> uri.queryParam("area", area));
        if (comparison != null && !comparison.isBlank()) {
            uri.queryParam("comparison", comparison);
        }
        if (baseline != null) {
            uri.queryParam("baseline", baseline);
        }
        if (status != null) {
            uri.queryParam("status", status);
        }
        if (asOf != null) {
            uri.queryParam("asOf", asOf.toString());
        }
        uri.queryParam("lang", english() ? "en" : "da");
        return uri.encode().build().toUriString();
    }

    private static DecimalFormatSymbols symbols() {
        return DecimalFormatSymbols.getInstance(english() ? Locale.UK : Locale.forLanguageTag("da"));
    }

    private static boolean english() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage());
    }
}
