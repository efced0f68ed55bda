package dk.kk.registry.shared.common;

/** What a signed-in user may do (API.md, "Sign-in and roles"). */
public enum Role {
    PROJECT_MANAGER,
    EVALUATOR,
    AUDITOR,
    ADMIN,
    /** The registry itself, e.g. when it loads reference data or the demo history. */
    SYSTEM
}
