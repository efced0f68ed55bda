package dk.kk.registry.shared.area;

import java.time.Instant;

/** One area by id. */
public record FindAreaQuery(String areaId, Instant asOf) {}
