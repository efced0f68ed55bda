package dk.kk.registry.shared.goal;

import java.time.Instant;

/** One goal by id. */
public record FindGoalQuery(String goalId, Instant asOf) {}
