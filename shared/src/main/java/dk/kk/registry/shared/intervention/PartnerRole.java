package dk.kk.registry.shared.intervention;

/** The part an organisation plays in an intervention. */
public enum PartnerRole {
    LEAD,
    CO_LEAD,
    FUNDER,
    OPERATOR,
    ADVISORY,
    PARTICIPANT
}
