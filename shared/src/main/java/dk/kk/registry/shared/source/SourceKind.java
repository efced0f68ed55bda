package dk.kk.registry.shared.source;

/** What kind of document a source is. */
public enum SourceKind {
    POLICY,
    POLICY_DRAFT,
    STATUS_REPORT,
    STATISTICS,
    EVALUATION_REPORT,
    DECISION,
    WEBSITE,
    OTHER
}
