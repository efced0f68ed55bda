package dk.kk.registry.shared.screening;

/** Which side of its threshold a criterion is met on. */
public enum Comparison {
    ABOVE,
    BELOW
}
