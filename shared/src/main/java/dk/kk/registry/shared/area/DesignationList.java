package dk.kk.registry.shared.area;

/** The lists an area can be put on: the municipality's own, and the state's lists of housing areas. */
public enum DesignationList {
    MUNICIPAL_VULNERABLE,
    STATE_VULNERABLE,
    STATE_PARALLEL_SOCIETY,
    STATE_TRANSFORMATION,
    STATE_PREVENTION;

    public boolean isMunicipal() {
        return this == MUNICIPAL_VULNERABLE;
    }
}
