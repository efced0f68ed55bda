package dk.kk.registry.shared.plan;

import dk.kk.registry.shared.goal.Attainment;
import java.util.List;

/**
 * One link of the change strategy, flat for a spreadsheet: a goal with its indicator and one thing serving it (or
 * none), with that thing's evaluation results; or a gap ({@code gap} set).
 */
public record ChangeStrategyRow(
        String goal,
        String goalTitle,
        String indicator,
        String indicatorSource,
        Integer latestMeasuredYear,
        Attainment attainment,
        String servedBy,
        String servedByTitle,
        List<String> evaluationResults,
        GapKind gap,
        String gapSubject,
        String gapDescription) {}
