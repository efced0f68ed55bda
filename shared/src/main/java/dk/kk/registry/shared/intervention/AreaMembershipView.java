package dk.kk.registry.shared.intervention;

import java.time.LocalDate;

/** An area the intervention ran in, for the valid-time period given (effectiveTo null: still running there). */
public record AreaMembershipView(
        String areaId,
        LocalDate effectiveFrom,
        LocalDate effectiveTo) {
}
