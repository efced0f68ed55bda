package dk.kk.registry.shared.area;

/** Who designates an area, or whether it only serves as a comparison. */
public enum AreaKind {
    MUNICIPAL_DESIGNATED,
    STATE_LISTED,
    COMPARISON
}
