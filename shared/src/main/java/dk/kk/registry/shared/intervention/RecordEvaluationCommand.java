package dk.kk.registry.shared.intervention;

import dk.kk.registry.shared.common.UncertainDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Records an evaluation of an intervention's effect. */
public record RecordEvaluationCommand(
        @TargetAggregateIdentifier String interventionId,
        @TargetAggregateVersion Long expectedVersion,
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
