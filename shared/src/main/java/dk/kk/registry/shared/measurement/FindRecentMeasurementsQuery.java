package dk.kk.registry.shared.measurement;

import java.time.Instant;

/** The measurements recorded (or corrected) last, newest first, as known at asOf. */
public record FindRecentMeasurementsQuery(Instant asOf, int limit) {}
