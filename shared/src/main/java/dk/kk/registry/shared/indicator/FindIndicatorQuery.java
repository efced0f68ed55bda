package dk.kk.registry.shared.indicator;

import java.time.Instant;

/** One indicator by id. */
public record FindIndicatorQuery(String indicatorId, Instant asOf) {}
