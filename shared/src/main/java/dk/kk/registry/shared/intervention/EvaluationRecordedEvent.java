package dk.kk.registry.shared.intervention;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/** An evaluation judged an intervention over a period; the evidence level is the Maryland Scientific Methods Scale (1-5). */
@Revision("1")
public record EvaluationRecordedEvent(
        String interventionId,
        String evaluationId,
        LocalDate periodFrom,
        LocalDate periodTo,
        EvaluationMethod method,
        String evaluator,
        EvaluationResult result,
        Integer evidenceLevel,
        List<EffectEstimate> estimates,
        String summary,
        String reportReference) {
}
