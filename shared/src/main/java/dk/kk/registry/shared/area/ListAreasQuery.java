package dk.kk.registry.shared.area;

import java.time.Instant;

/** Areas, optionally of one kind, as known at asOf. */
public record ListAreasQuery(AreaKind kind, Instant asOf, int page, int size) {}
