package dk.kk.registry.shared.plan;

import java.time.Instant;

/** One development plan as it is now, or as the registry knew it at {@code asOf}. */
public record FindDevelopmentPlanQuery(String planId, Instant asOf) {}
