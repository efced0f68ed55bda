package dk.kk.registry.query.common;

import java.util.List;

/**
 * A projection of the read side: it names the tables it writes, so that verifying, rebuilding (ADR 0011) and the
 * savepoints of a failed batch know them from the projection itself. Each implementation is a Spring bean with a
 * {@code @ProcessingGroup} and a package-private constructor taking only a {@code JdbcTemplate}, through which a
 * rebuild builds a fresh instance writing a scratch copy of those tables.
 */
public interface Projection {

    /** The tables this projection writes and nothing else writes. */
    List<String> tables();
}
