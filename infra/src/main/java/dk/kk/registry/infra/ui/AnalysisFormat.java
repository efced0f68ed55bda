package dk.kk.registry.infra.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
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
    public String seriesChart(String indicator, List<String> areas, String comparison, Integer baseline,
            Integer status, Instant asOf) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/api/charts/series.svg")
                .queryParam("indicator", indicator);
        areas.forEach(area -> uri.queryParam("area", area));
        return withCommon(uri, comparison, baseline, status, asOf);
    }

    /** The difference-in-differences per area between the baseline and status years. */
    public String didChart(String indicator, List<String> areas, String comparison, int baseline, int status,
            Instant asOf) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/api/charts/did.svg")
                .queryParam("indicator", indicator);
        areas.forEach(area -> uri.queryParam("area", area));
        return withCommon(uri, comparison, baseline, status, asOf);
    }

    private static String withCommon(UriComponentsBuilder uri, String comparison, Integer baseline, Integer status,
            Instant asOf) {
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
