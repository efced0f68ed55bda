package dk.kk.registry.shared.area;

import java.time.Instant;

/** The designations of an area as known at asOf (null: now). */
public record FindDesignationsQuery(String areaId, Instant asOf) {}
