package dk.kk.registry.shared.goal;

import java.time.Instant;

/** The goal board as known at asOf, optionally of one policy or one owning administration. */
public record FindGoalBoardQuery(String policy, String owner, Instant asOf, int page, int size) {}
