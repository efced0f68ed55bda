package dk.kk.registry.shared.intervention;

import dk.kk.registry.shared.common.UncertainDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/** An evaluation judged an intervention over a period; the evidence level is the Maryland Scientific Methods Scale (1-5). */
@Revision("2")
public record EvaluationRecordedEvent(
        String interventionId,
        String evaluationId,
        UncertainDate periodFrom,
        UncertainDate periodTo,
        EvaluationMethod method,
        String evaluator,
        EvaluationResult result,
        Integer evidenceLevel,
        List<EffectEstimate> estimates,
        String summary,
        String reportReference) {}
