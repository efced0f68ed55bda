package dk.kk.registry.shared.goal;

/** Where a goal stands on the board (API.md, "Goals, measurements, evaluation"). */
public enum Attainment {
    MET,
    ON_TRACK,
    OFF_TRACK,
    NOT_MET,
    NO_DATA
}
