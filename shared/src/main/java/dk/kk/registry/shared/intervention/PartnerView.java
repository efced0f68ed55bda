package dk.kk.registry.shared.intervention;

import dk.kk.registry.shared.common.UncertainDate;

/** An organisation's part in the intervention over a period. */
public record PartnerView(
        String organisationId, PartnerRole role, UncertainDate effectiveFrom, UncertainDate effectiveTo) {}
