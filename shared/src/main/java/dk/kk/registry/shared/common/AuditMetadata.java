package dk.kk.registry.shared.common;

/**
 * Keys of the metadata every command and event carries: who did it, for which administration, why, from where,
 * the request it belongs to, and the source cited.
 */
public final class AuditMetadata {

    public static final String USER = "user";
    public static final String ROLE = "role";
    public static final String ADMINISTRATION = "administration";
    public static final String REASON = "reason";
    public static final String SOURCE = "source";
    public static final String CORRELATION_ID = "correlationId";
    /** The source the write's facts come from, as {@link Citation#toMetadata()}; absent where none is cited. */
    public static final String CITATION = "citation";

    /** Where a write came from. */
    public static final String SOURCE_API = "api";

    public static final String SOURCE_UI = "ui";
    public static final String SOURCE_IMPORT = "import";
    public static final String SOURCE_SYSTEM = "system";

    private AuditMetadata() {}
}
