package dk.kk.registry.shared.intervention;

/** How an evaluation judged the effect. */
public enum EvaluationMethod {
    RCT,
    QUASI_EXPERIMENTAL,
    BEFORE_AFTER,
    QUALITATIVE,
    MONITORING
}
