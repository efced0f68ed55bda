package dk.kk.registry.shared.intervention;

import java.time.LocalDate;

/** An organisation's part in the intervention over a period. */
public record PartnerView(
        String organisationId,
        PartnerRole role,
        LocalDate effectiveFrom,
        LocalDate effectiveTo) {
}
