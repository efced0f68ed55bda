package dk.kk.registry.shared.measurement;

import java.time.Instant;

/** For every indicator, the areas with whole-year values and those years, as known at asOf. */
public record FindIndicatorCoverageQuery(Instant asOf) {}
