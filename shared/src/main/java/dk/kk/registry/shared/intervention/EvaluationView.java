package dk.kk.registry.shared.intervention;

import dk.kk.registry.shared.common.UncertainDate;
import java.time.Instant;
import java.util.List;

/** An evaluation of the intervention as recorded (with any corrections applied). */
public record EvaluationView(
        String evaluationId,
        UncertainDate periodFrom,
        UncertainDate periodTo,
        EvaluationMethod method,
        String evaluator,
        EvaluationResult result,
        Integer evidenceLevel,
        List<EffectEstimate> estimates,
        String summary,
        String reportReference,
        Instant recordedAt) {}
