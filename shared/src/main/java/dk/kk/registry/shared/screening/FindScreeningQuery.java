package dk.kk.registry.shared.screening;

import java.time.Instant;

/** One screening as known at asOf (null: now). */
public record FindScreeningQuery(String screeningId, Instant asOf) {}
