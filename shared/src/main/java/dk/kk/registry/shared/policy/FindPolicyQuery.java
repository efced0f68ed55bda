package dk.kk.registry.shared.policy;

import java.time.Instant;

/** One policy by id. */
public record FindPolicyQuery(String policyId, Instant asOf) {}
