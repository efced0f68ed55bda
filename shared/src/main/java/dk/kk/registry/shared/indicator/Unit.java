package dk.kk.registry.shared.indicator;

/** The unit an indicator is measured in. */
public enum Unit {
    PERCENT,
    COUNT,
    RATE_PER_1000,
    YEARS,
    INDEX,
    DKK
}
