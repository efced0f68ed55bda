package dk.kk.registry.command.intervention;

import dk.kk.registry.command.common.RuleViolation;
import dk.kk.registry.shared.intervention.DecisionType;

/**
 * The 2011 policy: a time-limited project is evaluated before it is embedded in core operations or spread to more
 * areas. Terminating needs no evaluation; the read side flags an intervention that ended without one.
 */
final class DecisionsRequireEvaluation {

    private DecisionsRequireEvaluation() {}

    static void check(DecisionType decision, int evaluationsRecorded) {
        if (evaluationsRecorded > 0) {
            return;
        }
        if (decision == DecisionType.EMBED_IN_CORE_OPERATIONS) {
            throw new RuleViolation(
                    "EmbeddingRequiresEvaluation",
                    "decision",
                    "an intervention can only be embedded in core operations once an evaluation is recorded");
        }
        if (decision == DecisionType.SCALE) {
            throw new RuleViolation(
                    "ScalingRequiresEvaluation",
                    "decision",
                    "an intervention can only be scaled to more areas once an evaluation is recorded");
        }
    }
}
