package dk.kk.registry.shared.plan;

import java.time.Instant;

/** The change strategy (forandringsstrategi) of a policy, over its goals and every plan under it, as of an instant. */
public record FindPolicyChangeStrategyQuery(String policyId, Instant asOf) {}
