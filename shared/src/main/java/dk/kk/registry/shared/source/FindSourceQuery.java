package dk.kk.registry.shared.source;

import java.time.Instant;

/** One source by id. */
public record FindSourceQuery(String sourceId, Instant asOf) {}
