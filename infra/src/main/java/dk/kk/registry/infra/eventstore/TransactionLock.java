package dk.kk.registry.infra.eventstore;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A PostgreSQL advisory lock held until the command's transaction ends: a second command deciding on the same key
 * waits until the first has committed, and then sees what it recorded.
 */
final class TransactionLock {

    private TransactionLock() {}

    static void hold(JdbcTemplate jdbc, String key) {
        jdbc.queryForList("SELECT pg_advisory_xact_lock(hashtext(?))", key);
    }
}
