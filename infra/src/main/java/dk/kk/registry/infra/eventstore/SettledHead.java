package dk.kk.registry.infra.eventstore;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The event log's settled head: a position below which no event can still appear. An event takes its position when it
 * is inserted and becomes visible when its transaction commits, so under writers a snapshot can lack an event whose
 * position is below the snapshot's last one (its writer took the position first and committed later). The head is read
 * under a {@code SHARE} lock of the event table, which waits for the writers in flight (each holds the table in
 * {@code ROW EXCLUSIVE} mode from its insert to its commit) and holds the next ones back for one query; any snapshot
 * taken after it holds every event up to it.
 */
@Component
public class SettledHead {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    SettledHead(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The settled head, -1 for an empty log; waits at most a minute for the writers in flight. */
    public long position() {
        Long head = transaction.execute(status -> {
            jdbc.execute("SET LOCAL lock_timeout = '60s'");
            jdbc.execute("LOCK TABLE domainevententry IN SHARE MODE");
            return jdbc.queryForObject("SELECT max(globalindex) FROM domainevententry", Long.class);
        });
        return head == null ? -1 : head;
    }
}
