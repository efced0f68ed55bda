package dk.kk.registry.shared.screening;

import java.util.List;

/** A proposal with its decision. */
public record ProposalView(
        String area,
        List<String> criteriaMet,
        ProposalStatus status,
        String designationId,
        String decidedBy,
        String reason) {}
