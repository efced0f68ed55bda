package dk.kk.registry.shared.screening;

/** Where a screening's proposal stands: awaiting a decision, confirmed as a designation, or rejected. */
public enum ProposalStatus {
    PROPOSED,
    CONFIRMED,
    REJECTED
}
