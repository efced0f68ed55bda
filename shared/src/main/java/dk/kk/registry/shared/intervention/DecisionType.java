package dk.kk.registry.shared.intervention;

/** What becomes of an intervention after evaluation. */
public enum DecisionType {
    EMBED_IN_CORE_OPERATIONS,
    SCALE,
    TERMINATE
}
