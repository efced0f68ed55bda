package dk.kk.registry.infra.ui;

import dk.kk.registry.shared.common.Certainty;
import dk.kk.registry.shared.common.UncertainValue;
import dk.kk.registry.shared.goal.Attainment;
import dk.kk.registry.shared.goal.GoalBoardRow;
import dk.kk.registry.shared.goal.GoalTargetType;
import dk.kk.registry.shared.indicator.Direction;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The goal board's arithmetic of attainment as sentences in the user's language, built from the row's figures as the
 * board judged them (ADR 0007): what was compared, which rule gave the verdict, and a conclusion where there is one.
 * The API keeps its own English sentence ({@code explanation}); this says the same in Danish, or in English, with
 * the areas by name and every verdict by its label.
 */
@Component("goalArithmetic")
public class GoalArithmetic {

    private final MessageSource messages;
    private final AnalysisFormat format;

    GoalArithmetic(MessageSource messages, AnalysisFormat format) {
        this.messages = messages;
        this.format = format;
    }

    public String explain(GoalBoardRow row, Map<String, String> names) {
        String comparison =
                row.comparisonArea() == null ? "" : names.getOrDefault(row.comparisonArea(), row.comparisonArea());
        String missing = missing(row, comparison);
        if (missing != null) {
            return missing;
        }
        String facts = facts(row, comparison);
        String verdict = verdict(row);
        String text = facts + " " + verdict;
        if (row.conclusion() != null) {
            text += " "
                    + say(
                            "arithmetic.concluded",
                            say("goalOutcome." + row.conclusion()),
                            String.valueOf(row.conclusionYear()),
                            label(row.attainment()));
        }
        return text;
    }

    private String missing(GoalBoardRow row, String comparison) {
        String noData = label(Attainment.NO_DATA);
        if (row.statusYear() == null) {
            return say("arithmetic.noStatus", noData);
        }
        if (row.direction() == null) {
            return say("arithmetic.noDirection", noData);
        }
        if (row.targetType() == GoalTargetType.RELATIVE_CHANGE && mayBeZero(row.baselineAreaValue())) {
            return say("arithmetic.zeroBaseline", noData);
        }
        boolean againstComparison = row.targetType() == GoalTargetType.PARITY_WITH_COMPARISON
                || row.targetType() == GoalTargetType.GAP_REDUCTION;
        if (againstComparison && row.baselineComparisonValue() == null) {
            return say("arithmetic.noComparison", comparison, String.valueOf(row.baselineYear()), noData);
        }
        if (againstComparison && row.statusComparisonValue() == null) {
            return say("arithmetic.noComparison", comparison, String.valueOf(row.statusYear()), noData);
        }
        if (row.targetType() == GoalTargetType.GAP_REDUCTION && row.measuredValue() == null) {
            return say(
                    "arithmetic.noGap",
                    comparison,
                    pair(row.baselineYear(), row.baselineAreaValue(), row.baselineComparisonValue()),
                    says(row.direction()),
                    noData);
        }
        return row.measuredValue() == null ? say("arithmetic.noStatus", noData) : null;
    }

    private String facts(GoalBoardRow row, String comparison) {
        String by = row.deadlineYear() == null ? "" : say("arithmetic.by", String.valueOf(row.deadlineYear()));
        String baseline = pair(row.baselineYear(), row.baselineAreaValue(), row.baselineComparisonValue());
        String status = pair(row.statusYear(), row.statusAreaValue(), row.statusComparisonValue());
        return switch (row.targetType()) {
            case RELATIVE_CHANGE ->
                say(
                        "arithmetic.relativeChange",
                        number(row.baselineAreaValue()),
                        String.valueOf(row.baselineYear()),
                        number(row.statusAreaValue()),
                        String.valueOf(row.statusYear()),
                        signedShare(row.measuredValue()),
                        signedShare(row.requiredValue()),
                        by,
                        says(row.direction()));
            case ABSOLUTE_LEVEL ->
                say(
                        "arithmetic.absoluteLevel",
                        number(row.statusAreaValue()),
                        String.valueOf(row.statusYear()),
                        number(row.targetValue()),
                        by,
                        number(row.baselineAreaValue()),
                        String.valueOf(row.baselineYear()),
                        says(row.direction()));
            case PARITY_WITH_COMPARISON ->
                say(
                        "arithmetic.parity",
                        comparison,
                        number(behind(row.baselineAreaValue(), row.baselineComparisonValue(), row.direction())),
                        baseline,
                        number(row.measuredValue()),
                        status,
                        number(row.targetValue()),
                        by,
                        says(row.direction()));
            case GAP_REDUCTION ->
                say(
                        "arithmetic.gapReduction",
                        comparison,
                        number(behind(row.baselineAreaValue(), row.baselineComparisonValue(), row.direction())),
                        baseline,
                        number(behind(row.statusAreaValue(), row.statusComparisonValue(), row.direction())),
                        status,
                        format.share(row.measuredValue()),
                        format.share(row.requiredValue()),
                        by,
                        says(row.direction()));
        };
    }

    private String verdict(GoalBoardRow row) {
        Attainment measured = row.measuredAttainment();
        String shown = label(measured);
        if (row.certainty() == Certainty.POSSIBLE) {
            return say("arithmetic.uncertain", shown, label(row.bestPossibleAttainment()));
        }
        if (row.deadlineYear() != null && row.statusYear() >= row.deadlineYear()) {
            return say(
                    "arithmetic.final",
                    say(measured == Attainment.MET ? "arithmetic.reached" : "arithmetic.notReached"),
                    shown);
        }
        if (row.deadlineYear() == null) {
            return say(
                    measured == Attainment.ON_TRACK
                            ? "arithmetic.noDeadlineReached"
                            : "arithmetic.noDeadlineNotReached",
                    shown);
        }
        if (measured == Attainment.ON_TRACK && reached(row)) {
            return say("arithmetic.reachedEarly", shown);
        }
        String expected = isShare(row.targetType()) ? format.share(row.expectedValue()) : number(row.expectedValue());
        return say(
                "arithmetic.line",
                String.valueOf(row.baselineYear()),
                String.valueOf(row.deadlineYear()),
                expected,
                String.valueOf(row.statusYear()),
                shown);
    }

    /**
     * Whether the measured figure reaches the target, which way is better depending on the kind of target; a range
     * reaches it when its least favourable end does.
     */
    private static boolean reached(GoalBoardRow row) {
        boolean higherIsBetter =
                switch (row.targetType()) {
                    case RELATIVE_CHANGE, ABSOLUTE_LEVEL -> row.direction() == Direction.HIGHER_IS_BETTER;
                    case PARITY_WITH_COMPARISON -> false;
                    case GAP_REDUCTION -> true;
                };
        BigDecimal worst =
                higherIsBetter ? row.measuredValue().low() : row.measuredValue().high();
        if (worst == null) {
            return false;
        }
        int order = worst.compareTo(row.requiredValue());
        return higherIsBetter ? order >= 0 : order <= 0;
    }

    private static boolean mayBeZero(UncertainValue value) {
        return (value.low() == null || value.low().signum() <= 0)
                && (value.high() == null || value.high().signum() >= 0);
    }

    private static boolean isShare(GoalTargetType type) {
        return type == GoalTargetType.RELATIVE_CHANGE || type == GoalTargetType.GAP_REDUCTION;
    }

    /** How far the areas are behind the comparison area, positive when they are worse off (as the board has it). */
    private static UncertainValue behind(UncertainValue area, UncertainValue comparison, Direction direction) {
        UncertainValue gap = area.minus(comparison);
        return direction == Direction.LOWER_IS_BETTER ? gap : gap.negate();
    }

    private String pair(Integer year, UncertainValue area, UncertainValue comparison) {
        return comparison == null
                ? year + ": " + number(area)
                : say("arithmetic.pair", String.valueOf(year), number(area), number(comparison));
    }

    private String says(Direction direction) {
        return say(direction == Direction.LOWER_IS_BETTER ? "arithmetic.lowerIsBetter" : "arithmetic.higherIsBetter");
    }

    private String signedShare(UncertainValue fraction) {
        return fraction != null && fraction.isExact() ? signedShare(fraction.exactValue()) : format.share(fraction);
    }

    private String signedShare(BigDecimal fraction) {
        return (fraction != null && fraction.signum() > 0 ? "+" : "") + format.share(fraction);
    }

    private String number(BigDecimal value) {
        return format.number(value);
    }

    private String number(UncertainValue value) {
        return format.number(value);
    }

    private String label(Attainment attainment) {
        return say("attainment." + attainment);
    }

    private String say(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
