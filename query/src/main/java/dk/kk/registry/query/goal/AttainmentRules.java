package dk.kk.registry.query.goal;

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
 */
final class AttainmentRules {

    static final int SCALE = 4;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private AttainmentRules() {
    }

    static Assessment assess(GoalView goal, Direction direction) {
        GoalStatusReportView status = goal.statusReports().stream()
                .max(Comparator.comparingInt(GoalStatusReportView::year)).orElse(null);
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
        Figures figures = switch (target.type()) {
            case RELATIVE_CHANGE -> relativeChange(goal, status, direction);
            case ABSOLUTE_LEVEL -> absoluteLevel(goal, status, direction);
            case PARITY_WITH_COMPARISON -> parity(goal, status, direction);
            case GAP_REDUCTION -> gapReduction(goal, status, direction);
        };
        if (figures.missing() != null) {
            return noData(target, figures.missing());
        }
        return judge(figures, goal.baseline().year(), status.year(), goal.deadlineYear());
    }

    /** The quantity compared, at the baseline and at the status, the target it must reach, and which way is better. */
    private record Figures(Ratio atBaseline, Ratio measured, Ratio required, boolean higherIsBetter,
            boolean fraction, boolean signed, String facts, String missing) {

        static Figures missing(String why) {
            return new Figures(null, null, null, false, false, false, null, why);
        }

        boolean atLeastAsGoodAs(Ratio value, Ratio bar) {
            int order = value.compareTo(bar);
            return higherIsBetter ? order >= 0 : order <= 0;
        }

        String format(Ratio value) {
            return fraction ? percent(value, signed) : plain(value.rounded(SCALE));
        }

        BigDecimal shown(Ratio value) {
            return value.rounded(SCALE);
        }
    }

    private static Figures relativeChange(GoalView goal, GoalStatusReportView status, Direction direction) {
        BigDecimal baseline = goal.baseline().areaValue();
        if (baseline.signum() == 0) {
            return Figures.missing("A relative change from a baseline of 0 is undefined");
        }
        Ratio change = Ratio.of(status.areaValue().subtract(baseline), baseline);
        Ratio required = Ratio.of(goal.target().value());
        String facts = "Baseline " + plain(baseline) + " (" + goal.baseline().year() + ") → status "
                + plain(status.areaValue()) + " (" + status.year() + ") = " + percent(change, true)
                + " against a target of " + percent(required, true) + by(goal) + ", " + says(direction);
        return new Figures(Ratio.ZERO, change, required, direction == Direction.HIGHER_IS_BETTER, true, true, facts,
                null);
    }

    private static Figures absoluteLevel(GoalView goal, GoalStatusReportView status, Direction direction) {
        Ratio level = Ratio.of(status.areaValue());
        Ratio required = Ratio.of(goal.target().value());
        String facts = "Status " + plain(status.areaValue()) + " (" + status.year() + ") against a target level of "
                + plain(goal.target().value()) + by(goal) + " (baseline " + plain(goal.baseline().areaValue())
                + " in " + goal.baseline().year() + "), " + says(direction);
        return new Figures(Ratio.of(goal.baseline().areaValue()), level, required,
                direction == Direction.HIGHER_IS_BETTER, false, false, facts, null);
    }

    private static Figures parity(GoalView goal, GoalStatusReportView status, Direction direction) {
        String missing = missingComparison(goal, status);
        if (missing != null) {
            return Figures.missing(missing);
        }
        Ratio before = behind(goal.baseline().areaValue(), goal.baseline().comparisonValue(), direction);
        Ratio now = behind(status.areaValue(), status.comparisonValue(), direction);
        Ratio tolerated = Ratio.of(goal.target().value());
        String facts = "Behind " + goal.comparisonArea() + " by " + format(before) + " ("
                + pair(goal.baseline().year(), goal.baseline().areaValue(), goal.baseline().comparisonValue())
                + ") → " + format(now) + " (" + pair(status.year(), status.areaValue(), status.comparisonValue())
                + ") against at most " + plain(goal.target().value()) + by(goal) + ", " + says(direction);
        return new Figures(before, now, tolerated, false, false, false, facts, null);
    }

    private static Figures gapReduction(GoalView goal, GoalStatusReportView status, Direction direction) {
        String missing = missingComparison(goal, status);
        if (missing != null) {
            return Figures.missing(missing);
        }
        Ratio before = behind(goal.baseline().areaValue(), goal.baseline().comparisonValue(), direction);
        if (before.signum() <= 0) {
            return Figures.missing("The areas were not behind " + goal.comparisonArea() + " at the baseline ("
                    + pair(goal.baseline().year(), goal.baseline().areaValue(), goal.baseline().comparisonValue())
                    + ", " + says(direction) + "): there is no gap to reduce");
        }
        Ratio now = behind(status.areaValue(), status.comparisonValue(), direction);
        Ratio closed = before.minus(now).dividedBy(before);
        Ratio required = Ratio.of(goal.target().value());
        String facts = "Gap to " + goal.comparisonArea() + " " + format(before) + " ("
                + pair(goal.baseline().year(), goal.baseline().areaValue(), goal.baseline().comparisonValue())
                + ") → " + format(now) + " (" + pair(status.year(), status.areaValue(), status.comparisonValue())
                + ") = " + percent(closed, false) + " of the gap closed against a target of "
                + percent(required, false) + by(goal) + ", " + says(direction);
        return new Figures(Ratio.ZERO, closed, required, true, true, false, facts, null);
    }

    private static Assessment judge(Figures figures, int baselineYear, int statusYear, Integer deadlineYear) {
        BigDecimal measured = figures.shown(figures.measured());
        BigDecimal required = figures.shown(figures.required());
        boolean reached = figures.atLeastAsGoodAs(figures.measured(), figures.required());
        if (deadlineYear != null && statusYear >= deadlineYear) {
            Attainment verdict = reached ? Attainment.MET : Attainment.NOT_MET;
            return new Assessment(measured, required, BigDecimal.ONE, required, verdict, verdict, figures.facts()
                    + ": the status is for the deadline year or later and the target is "
                    + (reached ? "reached" : "not reached") + " → " + verdict);
        }
        if (deadlineYear == null) {
            Attainment verdict = reached ? Attainment.ON_TRACK : Attainment.OFF_TRACK;
            return new Assessment(measured, required, null, null, verdict, verdict, figures.facts() + (reached
                    ? ": the target is reached (no deadline) → ON_TRACK"
                    : ": the target is not reached and there is no deadline to pace against → OFF_TRACK"));
        }
        Ratio share = Ratio.of(statusYear - baselineYear, deadlineYear - baselineYear);
        Ratio expected = figures.atBaseline().plus(figures.required().minus(figures.atBaseline()).times(share));
        BigDecimal shownShare = share.rounded(SCALE);
        BigDecimal shownExpected = figures.shown(expected);
        if (reached) {
            return new Assessment(measured, required, shownShare, shownExpected, Attainment.ON_TRACK,
                    Attainment.ON_TRACK, figures.facts() + ": the target is reached before the deadline → ON_TRACK");
        }
        Attainment verdict = figures.atLeastAsGoodAs(figures.measured(), expected)
                ? Attainment.ON_TRACK : Attainment.OFF_TRACK;
        return new Assessment(measured, required, shownShare, shownExpected, verdict, verdict,
                figures.facts() + ": the straight line from " + baselineYear + " to " + deadlineYear + " requires "
                        + figures.format(expected) + " by " + statusYear + " → " + verdict);
    }

    private static Assessment concluded(Assessment measured, GoalConclusionView conclusion) {
        if (conclusion == null) {
            return new Assessment(measured.measuredValue(), measured.requiredValue(), measured.expectedShare(),
                    measured.expectedValue(), measured.measuredAttainment(), measured.attainment(),
                    measured.explanation() + ".");
        }
        Attainment verdict = conclusion.outcome() == GoalOutcome.MET ? Attainment.MET : Attainment.NOT_MET;
        return new Assessment(measured.measuredValue(), measured.requiredValue(), measured.expectedShare(),
                measured.expectedValue(), measured.measuredAttainment(), verdict, measured.explanation()
                        + "; concluded " + conclusion.outcome() + " in " + conclusion.year() + " → " + verdict + ".");
    }

    private static Assessment noData(Target target, String why) {
        return new Assessment(null, target.value(), null, null, Attainment.NO_DATA, Attainment.NO_DATA,
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
    private static Ratio behind(BigDecimal area, BigDecimal comparison, Direction direction) {
        BigDecimal gap = area.subtract(comparison);
        return Ratio.of(direction == Direction.LOWER_IS_BETTER ? gap : gap.negate());
    }

    private static String by(GoalView goal) {
        return goal.deadlineYear() == null ? "" : " by " + goal.deadlineYear();
    }

    private static String says(Direction direction) {
        return direction == Direction.LOWER_IS_BETTER ? "lower is better" : "higher is better";
    }

    private static String pair(int year, BigDecimal area, BigDecimal comparison) {
        return year + ": " + plain(area) + " against " + plain(comparison);
    }

    private static String format(Ratio value) {
        return plain(value.rounded(SCALE));
    }

    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped).toPlainString();
    }

    static String percent(Ratio fraction, boolean signed) {
        BigDecimal percent = fraction.times(Ratio.of(HUNDRED)).rounded(1);
        String text = plain(percent);
        return (signed && percent.signum() > 0 ? "+" : "") + text + " %";
    }
}
