package dk.kk.registry.shared.intervention;

/** What an evaluation concluded. */
public enum EvaluationResult {
    POSITIVE,
    NO_EFFECT,
    NEGATIVE,
    MIXED,
    INCONCLUSIVE
}
