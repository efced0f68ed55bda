package dk.kk.registry.shared.evaluation;

import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.intervention.EvaluationMethod;
import dk.kk.registry.shared.intervention.EvaluationResult;
import dk.kk.registry.shared.intervention.InterventionCategory;

/** One evaluation with the intervention it judged (as corrected, if a correction named it). */
public record EvaluationListItem(
        String evaluationId,
        String interventionId,
        String interventionTitle,
        InterventionCategory category,
        EvaluationMethod method,
        Integer evidenceLevel,
        EvaluationResult result,
        UncertainDate periodFrom,
        UncertainDate periodTo,
        String evaluator,
        String reportReference) {}
