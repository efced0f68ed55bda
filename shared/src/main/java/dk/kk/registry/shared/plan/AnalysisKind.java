package dk.kk.registry.shared.plan;

/** An item of a plan's analysis: a problem of the area or a potential it has. */
public enum AnalysisKind {
    PROBLEM,
    POTENTIAL
}
