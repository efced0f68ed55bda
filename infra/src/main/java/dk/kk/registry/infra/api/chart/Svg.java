package dk.kk.registry.infra.api.chart;

import dk.kk.registry.shared.common.UncertainValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.Function;

/**
 * Charts as SVG text, drawn on the server: no JavaScript, readable in any browser and printable. Axis labels, units
 * and a legend are always drawn; values are exact decimals until they become pixels.
 */
final class Svg {

    static final String[] COLOURS = {
        "#1f5a96", "#c0392b", "#2e8b57", "#8e44ad", "#d35400", "#16a085", "#7f8c8d", "#b7950b"
    };
    private static final int WIDTH = 820;
    private static final int HEIGHT = 460;
    private static final int LEFT = 80;
    private static final int RIGHT = 250;
    private static final int TOP = 50;
    private static final int BOTTOM = 100;
    /**
     * Text sizes in pixels at the chart's own size, which the pages show it at: nothing under 12 (WCAG's legible
     * minimum as the issue asks it), labels and the title larger.
     */
    static final int SMALL = 12;

    private static final int LABEL = 13;
    private static final int TITLE = 16;

    /** A line; {@code notes} holds the data-quality note of a year's value, where it has one. */
    record Series(String name, SortedMap<Integer, UncertainValue> points, Map<Integer, String> notes, boolean dashed) {}

    record Marker(int year, String label) {}

    /** A bar per value; a range or a bound is drawn as a pale bar floating over what it allows, not as a point. */
    record Bar(String label, List<UncertainValue> values) {}

    private Svg() {}

    /**
     * Values over years, one line per series, with vertical markers (e.g. baseline and status years); the values at
     * the marked years are written out, a {@code *} after those with a data-quality note (the note is the point's
     * tooltip). Numbers are written by {@code number} (the language's decimal sign). A range or a bound is drawn as
     * an error bar over what it allows (to the plot's edge on an open side), its line passing through the bar's middle
     * on a hollow point, so that no made-up point looks measured.
     */
    static String lines(
            String title,
            String xLabel,
            String yLabel,
            List<Series> series,
            List<Marker> markers,
            String note,
            Function<BigDecimal, String> number) {
        StringBuilder svg = start(title, describeLines(series, markers, number, note));
        List<BigDecimal> all = new ArrayList<>();
        int minYear = Integer.MAX_VALUE;
        int maxYear = Integer.MIN_VALUE;
        for (Series s : series) {
            s.points().values().forEach(v -> bounds(v, all));
            if (!s.points().isEmpty()) {
                minYear = Math.min(minYear, s.points().firstKey());
                maxYear = Math.max(maxYear, s.points().lastKey());
            }
        }
        for (Marker m : markers) {
            minYear = Math.min(minYear, m.year());
            maxYear = Math.max(maxYear, m.year());
        }
        if (all.isEmpty()) {
            return empty(svg, note);
        }
        if (minYear == maxYear) {
            minYear--;
            maxYear++;
        }
        Scale y = Scale.of(all);
        axes(svg, xLabel, HEIGHT - BOTTOM + 40, yLabel, y, number);
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        int years = maxYear - minYear;
        Set<Integer> marked = new HashSet<>();
        markers.forEach(m -> marked.add(m.year()));
        int step = Math.max(1, years / 10);
        for (int year = minYear; year <= maxYear; year += step) {
            double x = LEFT + plotWidth * (year - minYear) / (double) years;
            svg.append(text(x, HEIGHT - BOTTOM + 18, String.valueOf(year), "middle", SMALL));
        }
        for (Marker m : markers) {
            double x = LEFT + plotWidth * (m.year() - minYear) / (double) years;
            svg.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" " + "stroke=\"#555\" stroke-dasharray=\"4 3\"/>",
                    x,
                    TOP,
                    x,
                    TOP + plotHeight));
            svg.append(text(x, TOP - 6, m.label(), "middle", SMALL));
        }
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            String colour = COLOURS[i % COLOURS.length];
            StringBuilder path = new StringBuilder();
            for (var point : s.points().entrySet()) {
                double x = LEFT + plotWidth * (point.getKey() - minYear) / (double) years;
                UncertainValue value = point.getValue();
                double low = value.low() == null ? TOP + plotHeight : y.pixel(value.low(), TOP, plotHeight);
                double high = value.high() == null ? TOP : y.pixel(value.high(), TOP, plotHeight);
                double py = value.isExact()
                        ? low
                        : value.low() == null ? high : value.high() == null ? low : (low + high) / 2;
                path.append(path.isEmpty() ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", x, py));
                String quality = s.notes().get(point.getKey());
                String written = value(value, number);
                if (!value.isExact()) {
                    svg.append(String.format(
                            Locale.ROOT,
                            "<path d=\"M%.1f %.1f L%.1f %.1f M%.1f %.1f L%.1f %.1f "
                                    + "M%.1f %.1f L%.1f %.1f\" stroke=\"%s\" stroke-width=\"2\"/>",
                            x,
                            low,
                            x,
                            high,
                            x - 5,
                            low,
                            x + 5,
                            low,
                            x - 5,
                            high,
                            x + 5,
                            high,
                            colour));
                }
                svg.append(String.format(
                        Locale.ROOT,
                        "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\"%s>"
                                + "<title>%s %d: %s%s</title></circle>",
                        x,
                        py,
                        value.isExact() ? colour : "#fff",
                        value.isExact() ? "" : " stroke=\"" + colour + "\" stroke-width=\"2\"",
                        escape(s.name()),
                        point.getKey(),
                        escape(written),
                        quality == null ? "" : " – " + escape(quality)));
                if (marked.contains(point.getKey())) {
                    svg.append(text(x + 6, py - 6, written + (quality == null ? "" : "*"), "start", SMALL));
                }
            }
            svg.append("<path d=\"")
                    .append(path)
                    .append("\" fill=\"none\" stroke=\"")
                    .append(colour)
                    .append("\" stroke-width=\"2\"")
                    .append(s.dashed() ? " stroke-dasharray=\"6 4\"" : "")
                    .append("/>");
            legend(svg, i, s.name(), colour, s.dashed());
        }
        return finish(svg, note);
    }

    /**
     * Bars per label, one bar per value series side by side; negative values hang below the zero line, and each bar's
     * value is written at its end.
     */
    static String bars(
            String title,
            String xLabel,
            String yLabel,
            List<String> seriesNames,
            List<Bar> bars,
            String note,
            Function<BigDecimal, String> number) {
        StringBuilder svg = start(title, describeBars(seriesNames, bars, number, note));
        List<BigDecimal> all = new ArrayList<>();
        bars.forEach(b -> b.values().stream().filter(v -> v != null).forEach(v -> bounds(v, all)));
        if (all.isEmpty()) {
            return empty(svg, note);
        }
        all.add(BigDecimal.ZERO);
        Scale y = Scale.of(all);
        axes(svg, xLabel, HEIGHT - 6, yLabel, y, number);
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        double slot = plotWidth / (double) bars.size();
        int perSlot = Math.max(1, seriesNames.size());
        double barWidth = Math.min(60, Math.max(2, slot * 0.7 / perSlot));
        double zero = y.pixel(BigDecimal.ZERO, TOP, plotHeight);
        for (int b = 0; b < bars.size(); b++) {
            Bar bar = bars.get(b);
            double x0 = LEFT + slot * b + (slot - barWidth * perSlot) / 2;
            for (int v = 0; v < bar.values().size(); v++) {
                UncertainValue uncertain = bar.values().get(v);
                if (uncertain == null) {
                    continue;
                }
                if (!onePoint(uncertain)) {
                    floating(
                            svg,
                            y,
                            plotHeight,
                            x0 + v * barWidth,
                            barWidth,
                            COLOURS[v % COLOURS.length],
                            bar.label(),
                            uncertain,
                            value(uncertain, number),
                            bars.size() * perSlot <= 24);
                    continue;
                }
                BigDecimal value = uncertain.low();
                String written = value(uncertain, number);
                double py = y.pixel(value, TOP, plotHeight);
                svg.append(String.format(
                        Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                                + "fill=\"%s\"><title>%s: %s</title></rect>",
                        x0 + v * barWidth,
                        Math.min(py, zero),
                        barWidth,
                        Math.abs(zero - py),
                        COLOURS[v % COLOURS.length],
                        escape(bar.label()),
                        escape(written)));
                if (bars.size() * perSlot <= 24) {
                    // Past the bar's end; a long bar hanging below zero carries it inside its end instead, clear of
                    // the area labels under the plot.
                    boolean inside = value.signum() < 0 && py - zero > 16;
                    double end = value.signum() < 0 ? (inside ? py - 5 : py + 13) : Math.min(py, zero) - 4;
                    String label = text(x0 + v * barWidth + barWidth / 2, end, written, "middle", SMALL);
                    svg.append(inside ? label.replace("<text ", "<text fill=\"#fff\" ") : label);
                }
            }
            String label = bar.label().length() > 28 ? bar.label().substring(0, 27) + "…" : bar.label();
            double cx = LEFT + slot * b + slot / 2;
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" font-size=\"%d\" text-anchor=\"end\" "
                            + "transform=\"rotate(-35 %.1f %d)\">%s</text>",
                    cx,
                    HEIGHT - BOTTOM + 14,
                    SMALL,
                    cx,
                    HEIGHT - BOTTOM + 14,
                    escape(label)));
        }
        svg.append(String.format(
                Locale.ROOT,
                "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#000\"/>",
                LEFT,
                zero,
                WIDTH - RIGHT,
                zero));
        for (int i = 0; i < seriesNames.size(); i++) {
            legend(svg, i, seriesNames.get(i), COLOURS[i % COLOURS.length], false);
        }
        return finish(svg, note);
    }

    /** A range's bar: from its low to its high bound (the plot's edge where open), pale, with its text above. */
    private static void floating(
            StringBuilder svg,
            Scale y,
            int plotHeight,
            double x,
            double width,
            String colour,
            String label,
            UncertainValue value,
            String written,
            boolean labelled) {
        double low = value.low() == null ? TOP + plotHeight : y.pixel(value.low(), TOP, plotHeight);
        double high = value.high() == null ? TOP : y.pixel(value.high(), TOP, plotHeight);
        svg.append(String.format(
                Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                        + "fill=\"%s\" fill-opacity=\"0.3\" stroke=\"%s\" stroke-dasharray=\"3 2\"><title>%s: %s</title>"
                        + "</rect>",
                x,
                high,
                width,
                Math.max(1, low - high),
                colour,
                colour,
                escape(label),
                escape(written)));
        if (labelled) {
            svg.append(text(x + width / 2, high - 4, written, "middle", SMALL));
        }
    }

    /** An exact or approximate point, drawn as a bar of its own (a range floats). */
    private static boolean onePoint(UncertainValue value) {
        return value.low() != null && value.high() != null && value.low().compareTo(value.high()) == 0;
    }

    /** The bounds a value gives the scale: both sides of a range, the one side of a bound. */
    private static void bounds(UncertainValue value, List<BigDecimal> all) {
        if (value.low() != null) {
            all.add(value.low());
        }
        if (value.high() != null && !value.isExact()) {
            all.add(value.high());
        }
    }

    /**
     * A value as a chart writes it: "0,6", "67–72", "< 60", "> 5", "≈ 20" (about), in the language's decimals; a range
     * derived from an approximate value "≈ 47–52".
     */
    static String value(UncertainValue value, Function<BigDecimal, String> number) {
        return switch (value.form()) {
            case EXACT -> number.apply(value.exactValue());
            case BELOW -> "< " + number.apply(value.high());
            case ABOVE -> "> " + number.apply(value.low());
            case ABOUT -> "≈ " + number.apply(value.low());
            case RANGE ->
                (value.isApproximate() ? "≈ " : "")
                        + (value.low() == null
                                ? "≤ " + number.apply(value.high())
                                : value.high() == null
                                        ? "≥ " + number.apply(value.low())
                                        : number.apply(value.low()) + "–" + number.apply(value.high()));
        };
    }

    private static StringBuilder start(String title, String description) {
        StringBuilder svg = new StringBuilder();
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                        + "viewBox=\"0 0 %d %d\" role=\"img\" aria-labelledby=\"chart-title\" aria-describedby=\"chart-desc\" "
                        + "font-family=\"sans-serif\">",
                WIDTH,
                HEIGHT,
                WIDTH,
                HEIGHT));
        svg.append("<title id=\"chart-title\">").append(escape(title)).append("</title>");
        svg.append("<desc id=\"chart-desc\">").append(escape(description)).append("</desc>");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>");
        svg.append(text(LEFT, 24, title, "start", TITLE));
        return svg;
    }

    /**
     * What the lines show, for a screen reader: each line's values at the marked years (its first and last where
     * none is marked), then the note.
     */
    static String describeLines(
            List<Series> series, List<Marker> markers, Function<BigDecimal, String> number, String note) {
        List<String> parts = new ArrayList<>();
        for (Series s : series) {
            List<Integer> years = new ArrayList<>();
            markers.stream().map(Marker::year).filter(s.points()::containsKey).forEach(years::add);
            if (years.isEmpty() && !s.points().isEmpty()) {
                years.add(s.points().firstKey());
                years.add(s.points().lastKey());
            }
            List<String> values = new ArrayList<>();
            years.stream()
                    .distinct()
                    .forEach(year -> values.add(year + ": " + value(s.points().get(year), number)
                            + (s.notes().containsKey(year) ? "*" : "")));
            parts.add(s.name() + (values.isEmpty() ? " –" : " " + String.join(", ", values)));
        }
        return described(parts, note);
    }

    /** What the bars show, for a screen reader: each label with its values, then the note. */
    static String describeBars(
            List<String> seriesNames, List<Bar> bars, Function<BigDecimal, String> number, String note) {
        List<String> parts = new ArrayList<>();
        for (Bar bar : bars) {
            List<String> values = new ArrayList<>();
            for (int v = 0; v < bar.values().size(); v++) {
                UncertainValue value = bar.values().get(v);
                String name = v < seriesNames.size() && seriesNames.size() > 1 ? seriesNames.get(v) + " " : "";
                values.add(name + (value == null ? "–" : value(value, number)));
            }
            parts.add(bar.label() + ": " + String.join(", ", values));
        }
        return described(parts, note);
    }

    private static String described(List<String> parts, String note) {
        String text = String.join("; ", parts);
        return note == null || note.isBlank() ? text : text + ". " + note;
    }

    private static void axes(
            StringBuilder svg,
            String xLabel,
            int xLabelY,
            String yLabel,
            Scale y,
            Function<BigDecimal, String> number) {
        int plotHeight = HEIGHT - TOP - BOTTOM;
        svg.append(String.format(
                Locale.ROOT,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#000\"/>",
                LEFT,
                TOP,
                LEFT,
                TOP + plotHeight));
        svg.append(String.format(
                Locale.ROOT,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#000\"/>",
                LEFT,
                TOP + plotHeight,
                WIDTH - RIGHT,
                TOP + plotHeight));
        for (BigDecimal tick : y.ticks()) {
            double py = y.pixel(tick, TOP, plotHeight);
            svg.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>",
                    LEFT,
                    py,
                    WIDTH - RIGHT,
                    py));
            svg.append(text(LEFT - 6, py + 4, number.apply(tick.stripTrailingZeros()), "end", SMALL));
        }
        svg.append(String.format(
                Locale.ROOT,
                "<text x=\"18\" y=\"%d\" font-size=\"%d\" text-anchor=\"middle\" "
                        + "transform=\"rotate(-90 18 %d)\">%s</text>",
                TOP + plotHeight / 2,
                LABEL,
                TOP + plotHeight / 2,
                escape(yLabel)));
        if (!xLabel.isEmpty()) {
            svg.append(text(LEFT + (WIDTH - LEFT - RIGHT) / 2.0, xLabelY, xLabel, "middle", LABEL));
        }
    }

    private static void legend(StringBuilder svg, int index, String name, String colour, boolean dashed) {
        int y = TOP + 10 + index * 20;
        int x = WIDTH - RIGHT + 14;
        svg.append(String.format(
                Locale.ROOT,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" " + "stroke-width=\"3\"%s/>",
                x,
                y,
                x + 22,
                y,
                colour,
                dashed ? " stroke-dasharray=\"6 4\"" : ""));
        String label = name.length() > 32 ? name.substring(0, 31) + "…" : name;
        svg.append(text(x + 28, y + 4, label, "start", SMALL));
    }

    private static String empty(StringBuilder svg, String note) {
        svg.append(text(WIDTH / 2.0, HEIGHT / 2.0, note == null ? "—" : note, "middle", LABEL));
        return svg.append("</svg>\n").toString();
    }

    /** A note goes under the legend, clear of the axis labels; its parts ({@code ;}-separated) one per line. */
    private static String finish(StringBuilder svg, String note) {
        if (note != null && !note.isBlank()) {
            String[] parts = note.split(";\\s*");
            for (int i = 0; i < parts.length; i++) {
                svg.append(text(
                        WIDTH - RIGHT + 14, HEIGHT - BOTTOM - 15 * (parts.length - 1 - i), parts[i], "start", SMALL));
            }
        }
        return svg.append("</svg>\n").toString();
    }

    private static String text(double x, double y, String content, String anchor, int size) {
        return String.format(
                Locale.ROOT,
                "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\" text-anchor=\"%s\">%s</text>",
                x,
                y,
                size,
                anchor,
                escape(content));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /** A value axis from a rounded minimum to a rounded maximum, always including zero where values are positive. */
    record Scale(BigDecimal min, BigDecimal max, BigDecimal step) {

        static Scale of(List<BigDecimal> values) {
            BigDecimal low =
                    values.stream().min(BigDecimal::compareTo).orElseThrow().min(BigDecimal.ZERO);
            BigDecimal high =
                    values.stream().max(BigDecimal::compareTo).orElseThrow().max(BigDecimal.ZERO);
            if (low.compareTo(high) == 0) {
                high = low.add(BigDecimal.ONE);
            }
            BigDecimal step = niceStep(high.subtract(low).divide(BigDecimal.valueOf(5), 10, RoundingMode.HALF_UP));
            BigDecimal min = low.divide(step, 0, RoundingMode.FLOOR).multiply(step);
            BigDecimal max = high.divide(step, 0, RoundingMode.CEILING).multiply(step);
            return new Scale(min, max, step);
        }

        private static BigDecimal niceStep(BigDecimal raw) {
            BigDecimal magnitude = BigDecimal.ONE.scaleByPowerOfTen(raw.precision() - raw.scale() - 1);
            for (String factor : new String[] {"1", "2", "2.5", "5", "10"}) {
                BigDecimal candidate = magnitude.multiply(new BigDecimal(factor));
                if (candidate.compareTo(raw) >= 0) {
                    return candidate;
                }
            }
            return magnitude.multiply(BigDecimal.TEN);
        }

        List<BigDecimal> ticks() {
            List<BigDecimal> ticks = new ArrayList<>();
            for (BigDecimal t = min; t.compareTo(max) <= 0; t = t.add(step)) {
                ticks.add(t);
            }
            return ticks;
        }

        double pixel(BigDecimal value, int top, int height) {
            double span = max.subtract(min).doubleValue();
            return top + height - height * value.subtract(min).doubleValue() / span;
        }
    }
}
