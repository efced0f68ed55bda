package dk.kk.registry.command.screening;

import dk.kk.registry.shared.screening.Comparison;
import dk.kk.registry.shared.screening.ScreeningCriterion;
import dk.kk.registry.shared.screening.ScreeningInput;
import dk.kk.registry.shared.screening.ScreeningProposal;
import dk.kk.registry.shared.screening.ScreeningRule;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arithmetic of a screening. A criterion compares the area's value, or its ratio to the comparison area's value,
 * with the threshold: ABOVE is met at or above it, BELOW at or below it. A missing value never meets a criterion.
 * An area is proposed when it meets at least the rule's minimum number of criteria.
 */
final class ScreeningEvaluation {

    private static final MathContext RATIO = MathContext.DECIMAL64;

    private ScreeningEvaluation() {}

    static boolean meets(ScreeningCriterion criterion, BigDecimal value, BigDecimal comparisonValue) {
        if (value == null) {
            return false;
        }
        BigDecimal measured = value;
        if (criterion.relativeTo() != null) {
            if (comparisonValue == null || comparisonValue.signum() == 0) {
                return false;
            }
            measured = value.divide(comparisonValue, RATIO);
        }
        int side = measured.compareTo(criterion.threshold());
        return criterion.comparison() == Comparison.ABOVE ? side >= 0 : side <= 0;
    }

    /** The inputs with {@code met} computed here, whatever the caller said. */
    static List<ScreeningInput> judged(ScreeningRule rule, List<ScreeningInput> inputs) {
        Map<String, ScreeningCriterion> byName = new LinkedHashMap<>();
        rule.criteria().forEach(criterion -> byName.put(criterion.name(), criterion));
        List<ScreeningInput> judged = new ArrayList<>();
        for (ScreeningInput input : inputs) {
            ScreeningCriterion criterion = byName.get(input.criterion());
            boolean met = criterion != null && meets(criterion, input.value(), input.comparisonValue());
            judged.add(new ScreeningInput(
                    input.area(),
                    input.criterion(),
                    input.indicator(),
                    input.value(),
                    input.comparisonValue(),
                    met,
                    input.measurementId(),
                    input.comparisonMeasurementId()));
        }
        return judged;
    }

    static List<ScreeningProposal> proposals(ScreeningRule rule, List<ScreeningInput> judged) {
        Map<String, List<String>> metByArea = new LinkedHashMap<>();
        for (ScreeningInput input : judged) {
            List<String> met = metByArea.computeIfAbsent(input.area(), area -> new ArrayList<>());
            if (input.met()) {
                met.add(input.criterion());
            }
        }
        List<ScreeningProposal> proposals = new ArrayList<>();
        metByArea.forEach((area, met) -> {
            if (met.size() >= rule.minimumMet()) {
                proposals.add(new ScreeningProposal(area, List.copyOf(met)));
            }
        });
        return proposals;
    }
}
