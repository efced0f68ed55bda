package dk.kk.registry.shared.plan;

import java.time.Instant;

/** Development plans, filtered by area, policy and status (each optional), as of an instant, a page at a time. */
public record ListDevelopmentPlansQuery(
        String area, String policy, PlanStatus status, Instant asOf, int page, int size) {}
