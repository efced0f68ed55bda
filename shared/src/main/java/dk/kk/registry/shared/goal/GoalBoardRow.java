package dk.kk.registry.shared.goal;

import dk.kk.registry.shared.common.Certainty;
import dk.kk.registry.shared.common.UncertainValue;
import dk.kk.registry.shared.indicator.Direction;
import java.math.BigDecimal;
import java.util.List;

/**
 * One goal on the board: its baseline, the latest status (the report with the latest year), its target, and the
 * attainment with its arithmetic, as data and as a sentence. Flat, so that the board reads as one CSV row per goal.
 *
 * <p>What {@code measuredValue}, {@code requiredValue} and {@code expectedValue} are depends on the target type:
 * {@code RELATIVE_CHANGE} the change relative to the baseline (a fraction); {@code ABSOLUTE_LEVEL} the area value;
 * {@code PARITY_WITH_COMPARISON} how far the areas are behind the comparison area (positive = behind, in the
 * indicator's unit); {@code GAP_REDUCTION} the share of the baseline gap closed (a fraction). {@code expectedShare}
 * is how far the status year lies between the baseline year and the deadline, and {@code expectedValue} the value the
 * linear path from baseline to target requires by then. Derived values are rounded half-up to four decimals; the
 * verdict is decided on exact values. {@code measuredAttainment} is what the figures say; {@code attainment} is the
 * verdict shown, which a conclusion decides.
 *
 * <p>A baseline or status stated as a range or a bound (ADR 0016) makes the derived values ranges too (rounded
 * outwards). {@code certainty} is {@code CERTAIN} when every value the ranges allow gives the same verdict and
 * {@code POSSIBLE} when they straddle what the target requires: then {@code measuredAttainment} is the least
 * favourable verdict the figures allow and {@code bestPossibleAttainment} the most favourable (the same verdict when
 * certain; both null with NO_DATA).
 */
public record GoalBoardRow(
        String goalId,
        String title,
        String policy,
        String ownerAdministration,
        String indicator,
        Direction direction,
        List<String> areas,
        String comparisonArea,
        GoalTargetType targetType,
        BigDecimal targetValue,
        Integer deadlineYear,
        int baselineYear,
        UncertainValue baselineAreaValue,
        UncertainValue baselineComparisonValue,
        Integer statusYear,
        UncertainValue statusAreaValue,
        UncertainValue statusComparisonValue,
        boolean statusCorrected,
        String dataQualityNote,
        UncertainValue measuredValue,
        BigDecimal requiredValue,
        BigDecimal expectedShare,
        UncertainValue expectedValue,
        Attainment measuredAttainment,
        Certainty certainty,
        Attainment bestPossibleAttainment,
        GoalOutcome conclusion,
        Integer conclusionYear,
        Attainment attainment,
        String explanation) {}
