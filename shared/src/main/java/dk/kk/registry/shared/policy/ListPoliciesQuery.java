package dk.kk.registry.shared.policy;

import java.time.Instant;

/** Every policy, as known at asOf. */
public record ListPoliciesQuery(Instant asOf, int page, int size) {}
