package dk.kk.registry.shared.goal;

import java.time.Instant;

/**
 * Goals as known at asOf, optionally of one policy, one owning administration, or about one area (goals naming the
 * area and the city-wide goals, which concern every designated area).
 */
public record ListGoalsQuery(String policy, String owner, String area, Instant asOf, int page, int size) {}
