package dk.kk.registry.shared.indicator;

/** Which way an indicator improves. */
public enum Direction {
    LOWER_IS_BETTER,
    HIGHER_IS_BETTER
}
