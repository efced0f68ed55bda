package dk.kk.registry.shared.measurement;

import java.time.Instant;

/** One measurement with its history, as known at asOf (now when null). */
public record FindMeasurementQuery(String measurementId, Instant asOf) {}
