package dk.kk.registry.shared.indicator;

import java.time.Instant;

/** Every indicator, as known at asOf. */
public record ListIndicatorsQuery(Instant asOf, int page, int size) {}
