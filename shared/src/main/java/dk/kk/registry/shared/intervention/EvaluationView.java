package dk.kk.registry.shared.intervention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An evaluation of the intervention as recorded (with any corrections applied). */
public record EvaluationView(
        String evaluationId,
        LocalDate periodFrom,
        LocalDate periodTo,
        EvaluationMethod method,
        String evaluator,
        EvaluationResult result,
        Integer evidenceLevel,
        List<EffectEstimate> estimates,
        String summary,
        String reportReference,
        Instant recordedAt) {
}
