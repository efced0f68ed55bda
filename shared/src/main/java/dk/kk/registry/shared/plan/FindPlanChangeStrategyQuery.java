package dk.kk.registry.shared.plan;

import java.time.Instant;

/** The change strategy of one development plan: its policy's vision and objectives, and its own goals and measures. */
public record FindPlanChangeStrategyQuery(String planId, Instant asOf) {}
