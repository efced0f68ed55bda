package dk.kk.registry.shared.plan;

/** A yearly follow-up's judgement of one goal or one measure. */
public enum Progress {
    NOT_STARTED,
    ON_TRACK,
    BEHIND,
    COMPLETED
}
