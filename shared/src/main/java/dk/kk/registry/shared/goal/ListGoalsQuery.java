package dk.kk.registry.shared.goal;

import java.time.Instant;

/** Every goal, as known at asOf. */
public record ListGoalsQuery(
        Instant asOf,
        int page,
        int size) {
}
