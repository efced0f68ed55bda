package dk.kk.registry.query.goal;

import dk.kk.registry.shared.common.Certainty;
import dk.kk.registry.shared.common.UncertainValue;
import dk.kk.registry.shared.goal.Attainment;
import dk.kk.registry.shared.goal.Baseline;
import dk.kk.registry.shared.goal.GoalConclusionView;
import dk.kk.registry.shared.goal.GoalOutcome;
import dk.kk.registry.shared.goal.GoalStatusReportView;
import dk.kk.registry.shared.goal.GoalView;
import dk.kk.registry.shared.goal.Target;
import dk.kk.registry.shared.indicator.Direction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;

/**
 * How the board judges a goal (ADR 0007). The latest status (the report with the latest year) is measured against
 * the target, in the indicator's direction:
 * <ul>
 * <li>{@code RELATIVE_CHANGE}: (status - baseline) / baseline against the target fraction;</li>
 * <li>{@code ABSOLUTE_LEVEL}: the status value against the target level;</li>
 * <li>{@code PARITY_WITH_COMPARISON}: how far the areas are behind the comparison area (area minus comparison when
 * lower is better, comparison minus area when higher is better) against the tolerated distance;</li>
 * <li>{@code GAP_REDUCTION}: the share of the baseline's distance behind the comparison area that is closed,
 * (baseline distance - status distance) / baseline distance, against the target share.</li>
 * </ul>
 * A status for the deadline year or later is final: MET when the target is reached, else NOT_MET. Before the deadline
 * a goal is ON_TRACK when the target is already reached or the status is at least as good as the straight line from
 * the baseline (baseline year) to the target (deadline year) requires by the status year; otherwise OFF_TRACK. A goal
 * without a deadline is ON_TRACK only when the target is reached. A conclusion decides the verdict shown: MET, or
 * NOT_MET for every other outcome. No status report, or one without the figures the target needs, is NO_DATA.
 * Comparisons are exact; figures shown are rounded half-up to four decimals, percentages in sentences to one.
 *
 * <p>A baseline or status stated as a range or a bound (ADR 0016) is carried through by interval arithmetic
 * ({@link Span}): the verdict is judged at the least favourable end of what the figures allow and at the most
 * favourable. Where the two agree the verdict is {@code CERTAIN}; where they differ the range straddles what the target
 * requires, the board shows the least favourable verdict with {@code POSSIBLE} and the most favourable beside it.
 * Ranges shown are rounded outwards.
 *
 * <p>An approximate figure ("ca. 20", ADR 0016) is judged at the point its source gives, since the source states no
 * margin; but a verdict resting on it is never certain: the board answers {@code POSSIBLE} even where both ends agree,
 * and the figures shown are approximate.
 */
final class AttainmentRules {

    static final int SCALE = 4;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private AttainmentRules() {}

    static Assessment assess(GoalView goal, Direction direction) {
        GoalStatusReportView status = goal.statusReports().stream()
                .max(Comparator.comparingInt(GoalStatusReportView::year))
                .orElse(null);
        Assessment measured = measure(goal, status, direction);
        return concluded(measured, goal.conclusion());
    }

    private static Assessment measure(GoalView goal, GoalStatusReportView status, Direction direction) {
        Target target = goal.target();
        if (status == null) {
            return noData(target, "No status report yet");
        }
        if (direction == null) {
            return noData(target, "The direction of indicator '" + goal.indicator() + "' is not known");
        }
        Figures figures =
                switch (target.type()) {
                    case RELATIVE_CHANGE -> relativeChange(goal, status, direction);
                    case ABSOLUTE_LEVEL -> absoluteLevel(goal, status, direction);
                    case PARITY_WITH_COMPARISON -> parity(goal, status, direction);
                    case GAP_REDUCTION -> gapReduction(goal, status, direction);
                };
        if (figures.missing() != null) {
            return noData(target, figures.missing());
        }
        Assessment assessment = judge(figures, goal.baseline().year(), status.year(), goal.deadlineYear());
        return approximate(goal, status) ? approximately(assessment) : assessment;
    }

    /** Whether a figure the target's arithmetic uses was stated approximately ("ca."). */
    private static boolean approximate(GoalView goal, GoalStatusReportView status) {
        boolean comparisonUsed =
                switch (goal.target().type()) {
                    case PARITY_WITH_COMPARISON, GAP_REDUCTION -> true;
                    case RELATIVE_CHANGE, ABSOLUTE_LEVEL -> false;
                };
        return approximate(goal.baseline().areaValue())
                || approximate(status.areaValue())
                || comparisonUsed
                        && (approximate(goal.baseline().comparisonValue()) || approximate(status.comparisonValue()));
    }

    private static boolean approximate(UncertainValue value) {
        return value != null && value.isApproximate();
    }

    /** A verdict on an approximate figure: its values approximate, and possible at most. */
    private static Assessment approximately(Assessment assessment) {
        return new Assessment(
                assessment.measuredValue() == null
                        ? null
                        : assessment.measuredValue().approximately(),
                assessment.requiredValue(),
                assessment.expectedShare(),
                assessment.expectedValue() == null
                        ? null
                        : assessment.expectedValue().approximately(),
                assessment.measuredAttainment(),
                Certainty.POSSIBLE,
                assessment.bestPossibleAttainment(),
                assessment.attainment(),
                assessment.certainty() == Certainty.CERTAIN
                        ? assessment.explanation() + " (on an approximate figure: uncertain)"
                        : assessment.explanation());
    }

    /** The quantity compared, at the baseline and at the status, the target it must reach, and which way is better. */
    private record Figures(
            Span atBaseline,
            Span measured,
            Ratio required,
            boolean higherIsBetter,
            boolean fraction,
            boolean signed,
            String facts,
            String missing) {

        static Figures missing(String why) {
            return new Figures(null, null, null, false, false, false, null, why);
        }

        /**
         * Whether {@code value} is at least as good as {@code bar}; a {@code null} value or bar is an open side of a
         * range, as unfavourable as can be when {@code favourable} is false and as favourable as can be otherwise.
         */
        boolean atLeastAsGoodAs(Ratio value, Ratio bar, boolean favourable) {
            if (value == null || bar == null) {
                return favourable;
            }
            int order = value.compareTo(bar);
            return higherIsBetter ? order >= 0 : order <= 0;
        }

        /** The end of a span that is least ({@code favourable} false) or most favourable. */
        Ratio end(Span span, boolean favourable) {
            return higherIsBetter == favourable ? span.high() : span.low();
        }

        String format(Span value) {
            return fraction ? percent(value, signed) : plain(value);
        }
    }

    private static Figures relativeChange(GoalView goal, GoalStatusReportView status, Direction direction) {
        UncertainValue baseline = goal.baseline().areaValue();
        Span atBaseline = Span.of(baseline);
        if (atBaseline.mayBeZero()) {
            return Figures.missing(
                    baseline.isExact()
                            ? "A relative change from a baseline of 0 is undefined"
                            : "A relative change from a baseline of " + plain(baseline)
                                    + ", which may be 0, is undefined");
        }
        Span change = Span.of(status.areaValue()).dividedBy(atBaseline).plus(Ratio.of(BigDecimal.ONE.negate()));
        Ratio required = Ratio.of(goal.target().value());
        String facts = "Baseline " + plain(baseline) + " (" + goal.baseline().year() + ") → status "
                + plain(status.areaValue()) + " (" + status.year() + ") = " + percent(change, true)
                + " against a target of " + percent(required, true) + by(goal) + ", " + says(direction);
        return new Figures(
                Span.of(Ratio.ZERO),
                change,
                required,
                direction == Direction.HIGHER_IS_BETTER,
                true,
                true,
                facts,
                null);
    }

    private static Figures absoluteLevel(GoalView goal, GoalStatusReportView status, Direction direction) {
        Ratio required = Ratio.of(goal.target().value());
        String facts = "Status " + plain(status.areaValue()) + " (" + status.year() + ") against a target level of "
                + plain(goal.target().value()) + by(goal) + " (baseline "
                + plain(goal.baseline().areaValue())
                + " in " + goal.baseline().year() + "), " + says(direction);
        return new Figures(
                Span.of(goal.baseline().areaValue()),
                Span.of(status.areaValue()),
                required,
                direction == Direction.HIGHER_IS_BETTER,
                false,
                false,
                facts,
                null);
    }

    private static Figures parity(GoalView goal, GoalStatusReportView status, Direction direction) {
        String missing = missingComparison(goal, status);
        if (missing != null) {
            return Figures.missing(missing);
        }
        Span before = behind(goal.baseline().areaValue(), goal.baseline().comparisonValue(), direction);
        Span now = behind(status.areaValue(), status.comparisonValue(), direction);
        Ratio tolerated = Ratio.of(goal.target().value());
        String facts = "Behind " + goal.comparisonArea() + " by " + plain(before) + " ("
                + pair(
                        goal.baseline().year(),
                        goal.baseline().areaValue(),
                        goal.baseline().comparisonValue())
                + ") → " + plain(now) + " (" + pair(status.year(), status.areaValue(), status.comparisonValue())
                + ") against at most " + plain(goal.target().value()) + by(goal) + ", " + says(direction);
        return new Figures(before, now, tolerated, false, false, false, facts, null);
    }

    private static Figures gapReduction(GoalView goal, GoalStatusReportView status, Direction direction) {
        String missing = missingComparison(goal, status);
        if (missing != null) {
            return Figures.missing(missing);
        }
        Span before = behind(goal.baseline().areaValue(), goal.baseline().comparisonValue(), direction);
        if (before.mayBeAtMostZero()) {
            boolean certainlyNot = before.high() != null && before.high().signum() <= 0;
            return Figures.missing("The areas " + (certainlyNot ? "were not" : "may not have been") + " behind "
                    + goal.comparisonArea() + " at the baseline ("
                    + pair(
                            goal.baseline().year(),
                            goal.baseline().areaValue(),
                            goal.baseline().comparisonValue())
                    + ", " + says(direction) + "): there is no gap to reduce");
        }
        if (before.high() == null) {
            return Figures.missing("The baseline's gap to " + goal.comparisonArea() + " has no upper bound ("
                    + pair(
                            goal.baseline().year(),
                            goal.baseline().areaValue(),
                            goal.baseline().comparisonValue())
                    + "): no share of it can be said to be closed");
        }
        Span now = behind(status.areaValue(), status.comparisonValue(), direction);
        Span closed = now.dividedByPositive(before).negate().plus(Ratio.of(BigDecimal.ONE));
        Ratio required = Ratio.of(goal.target().value());
        String facts = "Gap to " + goal.comparisonArea() + " " + plain(before) + " ("
                + pair(
                        goal.baseline().year(),
                        goal.baseline().areaValue(),
                        goal.baseline().comparisonValue())
                + ") → " + plain(now) + " (" + pair(status.year(), status.areaValue(), status.comparisonValue())
                + ") = " + percent(closed, false) + " of the gap closed against a target of "
                + percent(required, false) + by(goal) + ", " + says(direction);
        return new Figures(Span.of(Ratio.ZERO), closed, required, true, true, false, facts, null);
    }

    private static Assessment judge(Figures figures, int baselineYear, int statusYear, Integer deadlineYear) {
        UncertainValue measured = figures.measured().shown(SCALE);
        BigDecimal required = figures.required().rounded(SCALE);
        boolean surelyReached =
                figures.atLeastAsGoodAs(figures.end(figures.measured(), false), figures.required(), false);
        boolean possiblyReached =
                figures.atLeastAsGoodAs(figures.end(figures.measured(), true), figures.required(), true);
        if (deadlineYear != null && statusYear >= deadlineYear) {
            Attainment worst = surelyReached ? Attainment.MET : Attainment.NOT_MET;
            Attainment best = possiblyReached ? Attainment.MET : Attainment.NOT_MET;
            String because = ": the status is for the deadline year or later and the target is "
                    + (surelyReached ? "reached" : possiblyReached ? "possibly reached" : "not reached");
            return assessed(
                    measured,
                    required,
                    BigDecimal.ONE,
                    UncertainValue.exact(required),
                    worst,
                    best,
                    figures.facts() + because);
        }
        if (deadlineYear == null) {
            Attainment worst = surelyReached ? Attainment.ON_TRACK : Attainment.OFF_TRACK;
            Attainment best = possiblyReached ? Attainment.ON_TRACK : Attainment.OFF_TRACK;
            String because = surelyReached
                    ? ": the target is reached (no deadline)"
                    : possiblyReached
                            ? ": the target is possibly reached (no deadline)"
                            : ": the target is not reached and there is no deadline to pace against";
            return assessed(measured, required, null, null, worst, best, figures.facts() + because);
        }
        Ratio share = Ratio.of(statusYear - baselineYear, deadlineYear - baselineYear);
        Span expected = figures.atBaseline()
                .scaled(Ratio.of(BigDecimal.ONE).minus(share))
                .plus(figures.required().times(share));
        BigDecimal shownShare = share.rounded(SCALE);
        UncertainValue shownExpected = expected.shown(SCALE);
        if (surelyReached) {
            return assessed(
                    measured,
                    required,
                    shownShare,
                    shownExpected,
                    Attainment.ON_TRACK,
                    Attainment.ON_TRACK,
                    figures.facts() + ": the target is reached before the deadline");
        }
        // The line's most demanding value is the end of its span that would be most favourable as a figure.
        boolean surelyOnLine =
                figures.atLeastAsGoodAs(figures.end(figures.measured(), false), figures.end(expected, true), false);
        boolean possiblyOnLine = possiblyReached
                || figures.atLeastAsGoodAs(figures.end(figures.measured(), true), figures.end(expected, false), true);
        Attainment worst = surelyOnLine ? Attainment.ON_TRACK : Attainment.OFF_TRACK;
        Attainment best = possiblyOnLine ? Attainment.ON_TRACK : Attainment.OFF_TRACK;
        return assessed(
                measured,
                required,
                shownShare,
                shownExpected,
                worst,
                best,
                figures.facts() + ": the straight line from " + baselineYear + " to " + deadlineYear + " requires "
                        + figures.format(expected) + " by " + statusYear
                        + (worst == best ? "" : ", which the figures may or may not meet"));
    }

    /** The verdict and its certainty, with the sentence ending in the verdict the board shows. */
    private static Assessment assessed(
            UncertainValue measured,
            BigDecimal required,
            BigDecimal share,
            UncertainValue expected,
            Attainment worst,
            Attainment best,
            String because) {
        if (worst == best) {
            return new Assessment(
                    measured,
                    required,
                    share,
                    expected,
                    worst,
                    Certainty.CERTAIN,
                    best,
                    worst,
                    because + " → " + worst);
        }
        return new Assessment(
                measured,
                required,
                share,
                expected,
                worst,
                Certainty.POSSIBLE,
                best,
                worst,
                because + " → " + worst + " if the least favourable value the figures allow holds, " + best
                        + " if the most favourable does (uncertain)");
    }

    private static Assessment concluded(Assessment measured, GoalConclusionView conclusion) {
        if (conclusion == null) {
            return measured.settled(measured.attainment(), measured.explanation() + ".");
        }
        Attainment verdict = conclusion.outcome() == GoalOutcome.MET ? Attainment.MET : Attainment.NOT_MET;
        return measured.settled(
                verdict,
                measured.explanation() + "; concluded " + conclusion.outcome() + " in " + conclusion.year() + " → "
                        + verdict + ".");
    }

    private static Assessment noData(Target target, String why) {
        return new Assessment(
                null,
                target.value(),
                null,
                null,
                Attainment.NO_DATA,
                null,
                null,
                Attainment.NO_DATA,
                why + " → NO_DATA");
    }

    private static String missingComparison(GoalView goal, GoalStatusReportView status) {
        Baseline baseline = goal.baseline();
        if (baseline.comparisonValue() == null) {
            return "The baseline has no value for " + goal.comparisonArea();
        }
        if (status.comparisonValue() == null) {
            return "The status for " + status.year() + " has no value for " + goal.comparisonArea();
        }
        return null;
    }

    /** How far the areas are behind the comparison area: positive when they are worse off. */
    private static Span behind(UncertainValue area, UncertainValue comparison, Direction direction) {
        Span gap = Span.of(area).minus(Span.of(comparison));
        return direction == Direction.LOWER_IS_BETTER ? gap : gap.negate();
    }

    private static String by(GoalView goal) {
        return goal.deadlineYear() == null ? "" : " by " + goal.deadlineYear();
    }

    private static String says(Direction direction) {
        return direction == Direction.LOWER_IS_BETTER ? "lower is better" : "higher is better";
    }

    private static String pair(int year, UncertainValue area, UncertainValue comparison) {
        return year + ": " + plain(area) + " against " + plain(comparison);
    }

    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped).toPlainString();
    }

    /** {@code 0.6}, {@code 67–72}, {@code below 60}, {@code above 5}, {@code at most 72}, {@code at least 67}. */
    static String plain(UncertainValue value) {
        return switch (value.form()) {
            case EXACT -> plain(value.exactValue());
            case BELOW -> "below " + plain(value.high());
            case ABOVE -> "above " + plain(value.low());
            case ABOUT -> "about " + plain(value.low());
            case RANGE ->
                (value.isApproximate() ? "about " : "")
                        + (value.low() == null
                                ? "at most " + plain(value.high())
                                : value.high() == null
                                        ? "at least " + plain(value.low())
                                        : plain(value.low()) + "–" + plain(value.high()));
        };
    }

    private static String plain(Span value) {
        UncertainValue shown = value.shown(SCALE);
        return shown == null ? "unbounded" : plain(shown);
    }

    static String percent(Ratio fraction, boolean signed) {
        BigDecimal percent = fraction.times(Ratio.of(HUNDRED)).rounded(1);
        String text = plain(percent);
        return (signed && percent.signum() > 0 ? "+" : "") + text + " %";
    }

    /** A span of fractions as percentages, a range's bounds rounded outwards to one decimal. */
    static String percent(Span fraction, boolean signed) {
        if (fraction.isExact()) {
            return percent(fraction.point(), signed);
        }
        Span percents = fraction.scaled(Ratio.of(HUNDRED));
        String low = percents.low() == null
                ? null
                : signedText(percents.low().roundedTowards(1, RoundingMode.FLOOR), signed) + " %";
        String high = percents.high() == null
                ? null
                : signedText(percents.high().roundedTowards(1, RoundingMode.CEILING), signed) + " %";
        return low == null
                ? (high == null ? "unbounded" : "at most " + high)
                : high == null ? "at least " + low : low + " to " + high;
    }

    private static String signedText(BigDecimal value, boolean signed) {
        return (signed && value.signum() > 0 ? "+" : "") + plain(value);
    }
}
