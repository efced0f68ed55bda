package dk.kk.registry.shared.intervention;

import dk.kk.registry.shared.common.UncertainDate;

/** An area the intervention ran in, for the valid-time period given (effectiveTo null: still running there). */
public record AreaMembershipView(String areaId, UncertainDate effectiveFrom, UncertainDate effectiveTo) {}
