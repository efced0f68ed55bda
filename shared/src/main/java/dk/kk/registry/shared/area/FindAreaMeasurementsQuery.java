package dk.kk.registry.shared.area;

import java.time.Instant;

/** Every measurement recorded for an area, as known at asOf (null: now). */
public record FindAreaMeasurementsQuery(String areaId, Instant asOf) {}
