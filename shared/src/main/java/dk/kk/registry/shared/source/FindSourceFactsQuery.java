package dk.kk.registry.shared.source;

import java.time.Instant;

/** Every event recorded citing one source, in global order, as known at asOf. */
public record FindSourceFactsQuery(String sourceId, Instant asOf, int page, int size) {}
