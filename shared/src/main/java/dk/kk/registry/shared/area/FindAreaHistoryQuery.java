package dk.kk.registry.shared.area;

import java.time.Instant;

/** An area's timeline as known at asOf (null: now). */
public record FindAreaHistoryQuery(String areaId, Instant asOf) {}
