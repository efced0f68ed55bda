package dk.kk.registry.shared.overlap;

import java.time.Instant;
import java.util.List;

/**
 * The overlaps among a few named interventions in one area (a development plan's measures and mapped interventions),
 * as known at asOf: the pairs {@link FindOverlapsQuery} would give for that area, read from these alone.
 */
public record FindOverlapsAmongQuery(String area, List<String> interventionIds, Instant asOf) {}
